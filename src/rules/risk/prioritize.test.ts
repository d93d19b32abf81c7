import { describe, expect, it } from 'vitest'
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { AttackPath } from '../../model/attack-path.js'
import type { Finding } from '../../model/finding.js'
import type { NodeInput } from '../../model/graph-types.js'
import { insightOf } from '../testing/rule-harness.js'
import { prioritize, riskLevel } from './prioritize.js'

const SCOPE = 'aws://accounts/111122223333'
const vm = (id: string, extra: Partial<NodeInput> = {}): NodeInput => ({ id, kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', scope: SCOPE, name: id, ...extra })
const finding = (node: string, severity: Finding['severity'] = 'medium', status: Finding['status'] = 'unhealthy'): Finding => ({
  id: `rule|${node}`, ruleId: 'rule', nodeId: node, status, severity, message: '', scope: SCOPE, details: { control: 'remediate-security-configurations' },
})

function graph() {
  const b = new GraphBuilder()
  b.addNode(vm('plain'))
  b.addNode(vm('narrow', { insights: [insightOf('exposed-to-internet', { width: 'narrow', ports: ['22'] })] }))
  b.addNode(vm('exposed', { insights: [insightOf('exposed-to-internet', { width: 'wide', ports: ['443'] })], tags: { criticality: 'critical' } }))
  b.addNode(vm('data', { tags: { 'data-classification': 'confidential' } }))
  b.addNode({ id: 'role', kind: 'aws.iam.role', family: 'identity', provider: 'aws', scope: SCOPE, insights: [insightOf('has-admin-permissions')] })
  b.addNode(vm('runs-as-admin'))
  b.addEdge({ from: 'runs-as-admin', to: 'role', kind: 'can-authenticate-as' })
  return b.build().graph
}

const path: AttackPath = {
  id: 'p1', title: 'test', risk: 'high', categories: [], count: 1, providers: ['aws'], details: {},
  entry: { id: 'plain', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', name: 'plain' },
  target: { id: 'role', kind: 'aws.iam.role', family: 'identity', provider: 'aws', name: 'role' },
  steps: [],
}

describe('prioritize', () => {
  it('keeps the severity when the resource has no context', () => {
    const [out] = prioritize([finding('plain')], graph(), [])
    expect(out!.details).toMatchObject({ risk: 'medium', riskFactors: [], attackPaths: 0 })
  })

  it('raises by one level per full point of factors and lists them', () => {
    const [wide] = prioritize([finding('exposed')], graph(), [])
    expect(wide!.details['risk']).toBe('critical')
    expect(wide!.details['riskFactors']).toEqual([
      { factor: 'internet-exposure', weight: 1, detail: 'wide on 443' },
      { factor: 'critical-resource', weight: 1, detail: 'criticality critical' },
    ])
    expect(prioritize([finding('narrow')], graph(), [])[0]!.details['risk']).toBe('medium')
    expect(prioritize([finding('data', 'low')], graph(), [])[0]!.details).toMatchObject({ risk: 'medium', riskFactors: [{ factor: 'sensitive-data' }] })
  })

  it('counts lateral movement through the identity the resource runs as', () => {
    const [out] = prioritize([finding('runs-as-admin', 'low')], graph(), [])
    expect(out!.details).toMatchObject({ risk: 'medium', riskFactors: [{ factor: 'lateral-movement', detail: 'role is an administrator' }] })
  })

  it('counts membership in attack paths', () => {
    const [out] = prioritize([finding('plain')], graph(), [path])
    expect(out!.details).toMatchObject({ risk: 'high', attackPaths: 1, riskFactors: [{ factor: 'attack-path', detail: '1 attack path' }] })
  })

  it('leaves healthy findings alone and never goes past critical', () => {
    const healthy = finding('exposed', 'medium', 'healthy')
    expect(prioritize([healthy], graph(), [])[0]).toBe(healthy)
    expect(riskLevel('high', [{ factor: 'attack-path', weight: 1, detail: '' }, { factor: 'sensitive-data', weight: 1, detail: '' }]).risk).toBe('critical')
  })
})
