import { describe, expect, it } from 'vitest'
import { GraphBuilder } from '../graph/graph-builder.js'
import type { NodeInput } from '../model/graph-types.js'
import { defineRule, healthy, unhealthy } from './define-rule.js'
import { RULE_FAILED_CODE, indexRulesByKind, runRules } from './engine.js'

const base = {
  title: 'Volume is encrypted',
  description: 'Test rule.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: { steps: ['Encrypt it.'] },
} as const

const volume = (id: string, props: NodeInput['props']): NodeInput => ({ id, kind: 'aws.ec2.volume', family: 'disk', provider: 'aws', scope: 'aws://accounts/111122223333', name: id, props })

function graph() {
  const b = new GraphBuilder()
  b.addNode(volume('vol-1', { encrypted: true }))
  b.addNode(volume('vol-2', { encrypted: false }))
  b.addNode(volume('vol-3', {}))
  b.addNode({ id: 'bucket', kind: 'aws.s3.bucket', family: 'object-storage', provider: 'aws', scope: 'aws://accounts/111122223333' })
  return b.build().graph
}

const encrypted = defineRule({
  ...base,
  id: 'aws-ec2-volume-test',
  target: { kinds: ['aws.ec2.volume'] },
  evaluate: (v) => (v.needBool('encrypted') ? healthy(`${v.label} ok`) : unhealthy(`${v.label} not encrypted`)),
})

describe('engine', () => {
  it('gives each rule only the nodes of its kinds or families', () => {
    const byFamily = defineRule({ ...base, id: 'aws-disk-family-test', target: { families: ['disk'] }, evaluate: () => healthy('ok') })
    const index = indexRulesByKind(graph(), [encrypted, byFamily])
    expect([...index.keys()]).toEqual(['aws.ec2.volume'])
    expect(index.get('aws.ec2.volume')!.map((r) => r.id)).toEqual(['aws-ec2-volume-test', 'aws-disk-family-test'])
  })

  it('makes one finding per (rule, resource) with a stable id, the control and the provider', () => {
    const { findings, evaluations } = runRules(graph(), [encrypted])
    expect(evaluations).toBe(3)
    expect(findings.map((f) => [f.id, f.status, f.message])).toEqual([
      ['aws-ec2-volume-test|vol-1', 'healthy', '`vol-1` ok'],
      ['aws-ec2-volume-test|vol-2', 'unhealthy', '`vol-2` not encrypted'],
      ['aws-ec2-volume-test|vol-3', 'unknown', '`vol-3`: encrypted is not in the input, so the rule cannot tell'],
    ])
    expect(findings[0]).toMatchObject({ ruleId: 'aws-ec2-volume-test', nodeId: 'vol-1', severity: 'medium', scope: 'aws://accounts/111122223333', details: { control: 'enable-encryption-at-rest', provider: 'aws' } })
  })

  it('isolates a throwing rule: error findings with the code, the other rules still run', () => {
    const broken = defineRule({
      ...base,
      id: 'aws-ec2-volume-broken',
      target: { kinds: ['aws.ec2.volume'] },
      evaluate: (v) => {
        if (v.name === 'vol-2') throw new TypeError('cannot read size of undefined')
        return healthy('ok')
      },
    })
    const { findings } = runRules(graph(), [broken, encrypted])
    const error = findings.find((f) => f.status === 'error')!
    expect(error).toMatchObject({
      id: 'aws-ec2-volume-broken|vol-2',
      message: 'rule aws-ec2-volume-broken failed on `vol-2`: cannot read size of undefined',
      details: { code: RULE_FAILED_CODE, error: 'cannot read size of undefined' },
    })
    expect(findings.filter((f) => f.ruleId === 'aws-ec2-volume-test')).toHaveLength(3)
  })

  it('refuses invalid metadata when the rule is defined', () => {
    expect(() => defineRule({ ...base, id: 'aws-x-y', title: 'Ensure volumes are encrypted', target: { kinds: ['aws.ec2.volume'] }, evaluate: () => healthy('') })).toThrow(
      'rule aws-x-y: invalid metadata: title: a title states the secure state; it never starts with "Ensure"',
    )
    expect(() => defineRule({ ...base, id: 'aws-x-y', target: {}, evaluate: () => healthy('') })).toThrow(/a target names at least one kind or family/)
  })
})
