/** Test helper: small security graphs written as compact node and edge lists. */
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { SecurityGraph } from '../../graph/security-graph.js'
import type { Insight, JsonObject } from '../../model/graph-types.js'
import type { EdgeKind, Family, InsightId, Provider } from '../../model/vocabulary.js'

export interface SmallNode {
  readonly id: string
  readonly family: Family
  readonly kind?: string
  readonly provider?: Provider
  readonly name?: string
  readonly region?: string
  readonly props?: JsonObject
  readonly tags?: Readonly<Record<string, string>>
  /** Insight ids, or `[id, params]`. */
  readonly insights?: readonly (InsightId | readonly [InsightId, JsonObject])[]
}

export type SmallEdge = readonly [from: string, kind: EdgeKind, to: string, props?: JsonObject]

const DEFAULT_KIND: Partial<Record<Family, string>> = {
  vm: 'aws.ec2.instance',
  identity: 'aws.iam.role',
  account: 'aws.account',
  'object-storage': 'aws.s3.bucket',
  'managed-database': 'aws.rds.db-instance',
  'k8s-cluster': 'k8s.cluster',
  'k8s-namespace': 'k8s.namespace',
  'k8s-service': 'k8s.service',
  'k8s-node': 'k8s.node',
  'k8s-workload': 'k8s.deployment',
  pod: 'k8s.pod',
  container: 'k8s.container',
  'container-image': 'container.image',
  'secret-store': 'azure.keyvault.vault',
  'kms-key': 'aws.kms.key',
  secret: 'k8s.secret',
  group: 'aws.iam.group',
  function: 'aws.lambda.function',
  internet: 'skyhound.internet',
  'network-security-group': 'aws.ec2.security-group',
}

function insightOf(entry: InsightId | readonly [InsightId, JsonObject]): Insight {
  const [id, params] = typeof entry === 'string' ? [entry, {}] : entry
  return { id, params, evidence: [{ source: 'test' }] }
}

export function smallGraph(nodes: readonly SmallNode[], edges: readonly SmallEdge[] = []): SecurityGraph {
  const builder = new GraphBuilder()
  for (const node of nodes) {
    builder.addNode({
      id: node.id,
      kind: node.kind ?? DEFAULT_KIND[node.family] ?? `test.${node.family}`,
      family: node.family,
      provider: node.provider ?? (node.family === 'internet' ? 'skyhound' : 'aws'),
      name: node.name ?? node.id,
      ...(node.region === undefined ? {} : { region: node.region }),
      tags: node.tags ?? {},
      props: node.props ?? {},
      insights: (node.insights ?? []).map(insightOf),
    })
  }
  for (const [from, kind, to, props] of edges) builder.addEdge({ from, kind, to, props: props ?? {} })
  const { graph, dangling } = builder.build()
  if (dangling.length > 0) throw new Error(`small graph has dangling edges: ${dangling.map((d) => `${d.from} -${d.kind}-> ${d.to}`).join(', ')}`)
  return graph
}
