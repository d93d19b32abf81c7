import { describe, expect, it } from 'vitest'
import type { GraphFragment } from '../model/graph-types.js'
import { GraphBuilder, deriveGraph } from './graph-builder.js'

const vpcFragment: GraphFragment = {
  nodes: [
    { id: 'acct', kind: 'aws.account', family: 'account', provider: 'aws', scope: 'acct', name: 'prod' },
    { id: 'vm-1', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', scope: 'acct', name: 'web', tags: { Owner: 'ana' }, props: { state: 'running', net: { public: true } } },
    { id: 'vm-2', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', scope: 'acct', name: 'db' },
  ],
  edges: [
    { from: 'acct', to: 'vm-1', kind: 'contains' },
    { from: 'acct', to: 'vm-2', kind: 'contains' },
    { from: 'vm-1', to: 'vm-2', kind: 'routes-traffic-to', props: { ports: '5432' } },
    { from: 'vm-1', to: 'missing-role', kind: 'can-authenticate-as' },
  ],
}

describe('graph-builder', () => {
  it('indexes nodes by kind, family, scope and tag and walks edges both ways', () => {
    const { graph, dangling } = new GraphBuilder().addFragment(vpcFragment).build()
    expect(graph.nodeCount).toBe(3)
    expect(graph.edgeCount).toBe(3)
    const vm1 = graph.indexOf('vm-1')!
    const vm2 = graph.indexOf('vm-2')!
    expect([...graph.nodesOfKind('aws.ec2.instance')].map((i) => graph.nodeId(i))).toEqual(['vm-1', 'vm-2'])
    expect(graph.nodesOfFamily('account')).toHaveLength(1)
    expect(graph.nodesInScope('acct')).toHaveLength(3)
    expect([...graph.nodesWithTag('owner', 'ana')]).toEqual([vm1])
    expect(graph.neighbours(vm2, 'in').map((i) => graph.nodeId(i))).toEqual(['acct', 'vm-1'])
    expect(graph.neighbours(vm2, 'in', 'routes-traffic-to')).toEqual([vm1])
    const [edge] = graph.edgesOfKind('routes-traffic-to')
    expect(graph.edge(edge!)).toMatchObject({ from: 'vm-1', to: 'vm-2', props: { ports: '5432' } })
    expect(dangling).toEqual([expect.objectContaining({ from: 'vm-1', to: 'missing-role', missing: 'to' })])
  })

  it('merges the same id from two inputs into one node, keeping provenance and richer props', () => {
    const builder = new GraphBuilder()
    builder.addFragment({ nodes: [{ id: 'b', kind: 'unknown', family: 'other', provider: 'terraform', props: { a: 1, nested: { x: 1 }, policies: ['p1'] } }], edges: [] }, { file: 'tf.json', format: 'terraform-state' })
    builder.addFragment({ nodes: [{ id: 'b', kind: 'aws.s3.bucket', family: 'object-storage', provider: 'aws', scope: 's', name: 'bucket', props: { b: 2, nested: { y: 2 }, a: null, policies: [] } }], edges: [] }, { file: 'config.json', format: 'aws-config-snapshot' })
    const { graph } = builder.build()
    expect(graph.nodeCount).toBe(1)
    expect(graph.node(0)).toMatchObject({
      kind: 'aws.s3.bucket',
      family: 'object-storage',
      scope: 's',
      name: 'bucket',
      props: { a: 1, b: 2, nested: { x: 1, y: 2 }, policies: ['p1'] },
    })
    expect(graph.nodeProvenance(0).map((p) => p.file)).toEqual(['tf.json', 'config.json'])
  })

  it('lets a live export take over kind and provider from a scanner stub read first', () => {
    const { graph } = new GraphBuilder()
      .addFragment({ nodes: [{ id: 'image://web:1', kind: 'container.image', family: 'container-image', provider: 'scanner', props: { vulnerabilities: { high: 2 } } }], edges: [] })
      .addFragment({ nodes: [{ id: 'image://web:1', kind: 'k8s.image', family: 'container-image', provider: 'kubernetes' }], edges: [] })
      .build()
    expect(graph.node(0)).toMatchObject({ kind: 'k8s.image', provider: 'kubernetes', props: { vulnerabilities: { high: 2 } } })
  })

  it('merges duplicate edges and keeps both pieces of evidence', () => {
    const { graph } = new GraphBuilder()
      .addFragment({
        nodes: vpcFragment.nodes,
        edges: [
          { from: 'vm-1', to: 'vm-2', kind: 'routes-traffic-to', evidence: [{ source: 'sg-1' }] },
          { from: 'vm-1', to: 'vm-2', kind: 'routes-traffic-to', evidence: [{ source: 'sg-2' }] },
        ],
      })
      .build()
    expect(graph.edgeCount).toBe(1)
    expect(graph.edgeEvidence(0).map((e) => e.source)).toEqual(['sg-1', 'sg-2'])
  })

  it('derives a new graph with added edges and insights, leaving the original untouched', () => {
    const { graph } = new GraphBuilder().addFragment(vpcFragment).build()
    const derived = deriveGraph(graph, {
      edges: [{ from: 'vm-2', to: 'vm-1', kind: 'has-permission-to', props: { level: 'read' } }],
      insights: [{ node: 'vm-1', insight: { id: 'exposed-to-internet', params: { width: 'wide' }, evidence: [] } }],
    })
    expect(derived.edgeCount).toBe(graph.edgeCount + 1)
    expect(derived.nodeInsights(derived.indexOf('vm-1')!).map((i) => i.id)).toEqual(['exposed-to-internet'])
    expect(graph.nodeInsights(graph.indexOf('vm-1')!)).toEqual([])
    expect(() => deriveGraph(graph, { edges: [{ from: 'nope', to: 'vm-1', kind: 'contains' }] })).toThrow(/nope/)
  })

  it('resolves aliases: edges to an alias land on the node, and a placeholder under an alias merges into it', () => {
    const builder = new GraphBuilder()
    // A Kubernetes node names its VM by provider id before the cloud export defines the VM.
    builder.addFragment({
      nodes: [
        { id: 'k8s://c/_/node/n1', kind: 'k8s.node', family: 'k8s-node', provider: 'kubernetes' },
        { id: 'azure-principal://abc', kind: 'azure.principal', family: 'identity', provider: 'azure', props: { roleAssignments: 2 } },
      ],
      edges: [
        { from: 'k8s://c/_/node/n1', to: 'aws-instance://i-1', kind: 'runs-on' },
        { from: 'assignment', to: 'azure-principal://abc', kind: 'attached-to' },
      ],
    })
    builder.addFragment({
      nodes: [
        { id: 'arn:aws:ec2:eu-west-1:1:instance/i-1', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', aliases: ['aws-instance://i-1'] },
        { id: '/subscriptions/s/x/identity', kind: 'azure.managedidentity', family: 'identity', provider: 'azure', aliases: ['azure-principal://abc'] },
        { id: 'assignment', kind: 'azure.roleassignment', family: 'policy', provider: 'azure' },
      ],
      edges: [],
    })
    const { graph, dangling } = builder.build()
    expect(dangling).toEqual([])
    expect(graph.nodeCount).toBe(4)
    const vm = graph.indexOf('arn:aws:ec2:eu-west-1:1:instance/i-1')!
    expect(graph.neighbours(graph.indexOf('k8s://c/_/node/n1')!, 'out', 'runs-on')).toEqual([vm])
    const identity = graph.indexOf('/subscriptions/s/x/identity')!
    expect(graph.indexOf('azure-principal://abc')).toBe(identity)
    expect(graph.nodeProps(identity)).toMatchObject({ roleAssignments: 2 })
    expect(graph.neighbours(identity, 'in', 'attached-to').map((i) => graph.nodeId(i))).toEqual(['assignment'])
  })

  it('never merges two different nodes that list the same alias: the first keeps it, the conflict is reported', () => {
    const builder = new GraphBuilder()
    const vm = (id: string, name: string): GraphFragment['nodes'][number] => ({ id, kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', name, aliases: ['host://web'] })
    builder.addFragment({
      nodes: [vm('arn:aws:ec2:eu-west-1:1:instance/i-1', 'web-a'), vm('arn:aws:ec2:eu-west-1:1:instance/i-2', 'web-b'), vm('arn:aws:ec2:eu-west-1:1:instance/i-3', 'web-c')],
      edges: [{ from: 'host://web', to: 'arn:aws:ec2:eu-west-1:1:instance/i-2', kind: 'routes-traffic-to' }],
    })
    const { graph, dangling, aliasConflicts } = builder.build()
    expect(dangling).toEqual([])
    expect(graph.nodeCount).toBe(3)
    expect(['i-1', 'i-2', 'i-3'].map((i) => graph.nodeName(graph.indexOf(`arn:aws:ec2:eu-west-1:1:instance/${i}`)!))).toEqual(['web-a', 'web-b', 'web-c'])
    expect(graph.nodeId(graph.indexOf('host://web')!)).toBe('arn:aws:ec2:eu-west-1:1:instance/i-1')
    expect(aliasConflicts).toEqual([
      { alias: 'host://web', kept: 'arn:aws:ec2:eu-west-1:1:instance/i-1', ignored: 'arn:aws:ec2:eu-west-1:1:instance/i-2' },
      { alias: 'host://web', kept: 'arn:aws:ec2:eu-west-1:1:instance/i-1', ignored: 'arn:aws:ec2:eu-west-1:1:instance/i-3' },
    ])
  })

  it('still merges a placeholder defined under the alias id, then keeps the alias when a second node lists it', () => {
    const builder = new GraphBuilder()
    builder.addFragment({ nodes: [{ id: 'host://web', kind: 'scanner.host', family: 'vm', provider: 'scanner', props: { scanned: true } }], edges: [] })
    builder.addFragment({
      nodes: [
        { id: 'vm-1', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', name: 'web-1', aliases: ['host://web'] },
        { id: 'vm-2', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', name: 'web-2', aliases: ['host://web'] },
      ],
      edges: [],
    })
    const { graph, aliasConflicts } = builder.build()
    expect(graph.nodeCount).toBe(2)
    expect(graph.nodeProps(graph.indexOf('vm-1')!)).toMatchObject({ scanned: true })
    expect(graph.nodeProps(graph.indexOf('vm-2')!)).not.toHaveProperty('scanned')
    expect(aliasConflicts).toEqual([{ alias: 'host://web', kept: 'vm-1', ignored: 'vm-2' }])
  })
})
