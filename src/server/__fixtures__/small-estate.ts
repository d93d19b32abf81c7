/**
 * Test fixture: a small estate across AWS, Azure, GCP and Kubernetes built with GraphBuilder and
 * written to a real store the way a scan writes it (summary from scan/summarize.ts).
 */
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { SecurityGraph } from '../../graph/security-graph.js'
import type { GraphEdge, GraphFragment, GraphNode } from '../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import type { ScanIssue } from '../../model/issue.js'
import {
  awsAccountNodeId,
  azureNodeId,
  azureSubscriptionNodeId,
  gcpProjectNodeId,
  k8sClusterNodeId,
  k8sNodeId,
} from '../../providers/ids.js'
import { summarize } from '../../scan/summarize.js'
import type { Store } from '../../store/store.js'

export const AWS_ACCOUNT = awsAccountNodeId('111122223333')
export const WEB_VM = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc123def4567890'
export const DATA_BUCKET = 'arn:aws:s3:::demo-customer-data'
export const SUBSCRIPTION = azureSubscriptionNodeId('00000000-0000-0000-0000-000000000001')
export const AZURE_VM = azureNodeId(
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-web/providers/Microsoft.Compute/virtualMachines/vm-web-01',
)
export const GCP_PROJECT = gcpProjectNodeId('123456789012')
export const GCP_VM = '//compute.googleapis.com/projects/demo-proj/zones/europe-west1-b/instances/gce-api-1'
export const CLUSTER = k8sClusterNodeId('prod-eks')
export const POD = k8sNodeId('prod-eks', 'shop', 'Pod', 'checkout-7d9f')

const SOURCE = { file: 'inputs/fixture.json', format: 'fixture' }

export function estateFragment(extraBuckets = 0): GraphFragment {
  const nodes: GraphFragment['nodes'][number][] = [
    { id: INTERNET_NODE_ID, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' },
    { id: AWS_ACCOUNT, kind: 'aws.organizations.account', family: 'account', provider: 'aws', scope: AWS_ACCOUNT, name: 'prod (111122223333)' },
    {
      id: WEB_VM,
      kind: 'aws.ec2.instance',
      family: 'vm',
      provider: 'aws',
      scope: AWS_ACCOUNT,
      name: 'web-1',
      region: 'eu-west-1',
      tags: { env: 'prod', team: 'web' },
      props: { publicIp: '203.0.113.10', imageId: 'ami-0123456789abcdef0', config: { InstanceType: 't3.medium' } },
      insights: [
        {
          id: 'exposed-to-internet',
          params: { ports: [22, 443], width: 'wide', via: 'sg-0a1b2c3d' },
          evidence: [{ source: 'exposure', detail: 'sg-0a1b2c3d allows 0.0.0.0/0 on 22' }],
        },
      ],
      provenance: [{ ...SOURCE, location: 'configurationItems[0]' }],
    },
    {
      id: DATA_BUCKET,
      kind: 'aws.s3.bucket',
      family: 'object-storage',
      provider: 'aws',
      scope: AWS_ACCOUNT,
      name: 'demo-customer-data',
      region: 'eu-west-1',
      tags: { env: 'prod', 'data-classification': 'confidential' },
      props: { encrypted: true },
      insights: [{ id: 'contains-sensitive-data', params: { infoTypes: ['email'] }, evidence: [] }],
    },
    { id: SUBSCRIPTION, kind: 'azure.resources.subscription', family: 'account', provider: 'azure', scope: SUBSCRIPTION, name: 'Contoso prod' },
    {
      id: AZURE_VM,
      kind: 'azure.compute.virtualmachine',
      family: 'vm',
      provider: 'azure',
      scope: SUBSCRIPTION,
      name: 'vm-web-01',
      region: 'westeurope',
      tags: { env: 'staging' },
    },
    { id: GCP_PROJECT, kind: 'gcp.resourcemanager.project', family: 'account', provider: 'gcp', scope: GCP_PROJECT, name: 'demo-proj' },
    { id: GCP_VM, kind: 'gcp.compute.instance', family: 'vm', provider: 'gcp', scope: GCP_PROJECT, name: 'gce-api-1', region: 'europe-west1' },
    { id: CLUSTER, kind: 'k8s.cluster', family: 'k8s-cluster', provider: 'kubernetes', scope: CLUSTER, name: 'prod-eks' },
    {
      id: POD,
      kind: 'k8s.pod',
      family: 'pod',
      provider: 'kubernetes',
      scope: CLUSTER,
      name: 'shop/checkout-7d9f',
      tags: { app: 'checkout' },
      insights: [{ id: 'privileged-container', params: { container: 'app' }, evidence: [] }],
    },
  ]
  for (let i = 0; i < extraBuckets; i++) {
    nodes.push({
      id: `arn:aws:s3:::logs-${String(i).padStart(3, '0')}`,
      kind: 'aws.s3.bucket',
      family: 'object-storage',
      provider: 'aws',
      scope: AWS_ACCOUNT,
      name: `logs-${String(i).padStart(3, '0')}`,
      region: 'us-east-1',
    })
  }
  const edges: GraphFragment['edges'][number][] = [
    { from: AWS_ACCOUNT, to: WEB_VM, kind: 'contains' },
    { from: AWS_ACCOUNT, to: DATA_BUCKET, kind: 'contains' },
    {
      from: INTERNET_NODE_ID,
      to: WEB_VM,
      kind: 'routes-traffic-to',
      props: { ports: [22, 443], protocol: 'tcp' },
      evidence: [{ source: 'aws-config', detail: 'sg-0a1b2c3d ingress 0.0.0.0/0', location: 'configurationItems[3]' }],
    },
    { from: WEB_VM, to: DATA_BUCKET, kind: 'has-permission-to', props: { level: 'read' } },
    { from: SUBSCRIPTION, to: AZURE_VM, kind: 'contains' },
    { from: GCP_PROJECT, to: GCP_VM, kind: 'contains' },
    { from: CLUSTER, to: POD, kind: 'contains' },
  ]
  for (let i = 0; i < extraBuckets; i++) {
    edges.push({ from: AWS_ACCOUNT, to: `arn:aws:s3:::logs-${String(i).padStart(3, '0')}`, kind: 'contains' })
  }
  return { nodes, edges }
}

export const FIXTURE_ISSUES: readonly ScanIssue[] = [
  { file: 'inputs/broken.json', location: 'items[3]', kind: 'invalid-record', message: 'record has no id', hint: 'fix the export' },
]

function* nodesOf(graph: SecurityGraph): Generator<GraphNode> {
  for (let i = 0; i < graph.nodeCount; i++) yield graph.node(i)
}
function* edgesOf(graph: SecurityGraph): Generator<GraphEdge> {
  for (let e = 0; e < graph.edgeCount; e++) yield graph.edge(e)
}

export function estateGraph(extraBuckets = 0): SecurityGraph {
  return new GraphBuilder().addFragment(estateFragment(extraBuckets)).build().graph
}

/** Writes the estate as snapshot `id`; `extraBuckets` adds AWS buckets to exercise paging. */
export async function writeEstate(
  store: Store,
  options: { readonly id: string; readonly createdAt: string; readonly extraBuckets?: number },
): Promise<void> {
  const { graph, dangling } = new GraphBuilder().addFragment(estateFragment(options.extraBuckets ?? 0)).build()
  const header = { id: options.id, createdAt: options.createdAt, inputs: [{ path: 'inputs', format: 'fixture', bytes: 1234, resources: graph.nodeCount }] }
  const summary = summarize({ header, graph, dangling, issues: FIXTURE_ISSUES, findings: [], attackPaths: [], secureScore: null })
  await store.writeSnapshot({
    header,
    summary,
    nodes: nodesOf(graph),
    edges: edgesOf(graph),
    findings: [],
    records: [],
    issues: FIXTURE_ISSUES,
  })
}
