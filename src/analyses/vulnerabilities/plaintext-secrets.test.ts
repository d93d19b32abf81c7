import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import { GraphBuilder, deriveGraph } from '../../graph/graph-builder.js'
import type { SecurityGraph } from '../../graph/security-graph.js'
import type { GraphEdge, GraphFragment, Insight, NodeInput } from '../../model/graph-types.js'
import { vulnerabilitiesAnalysis } from './vulnerabilities.js'

const fixture = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

async function analysed(paths: readonly string[], fragments: readonly GraphFragment[] = []): Promise<SecurityGraph> {
  const builder = new GraphBuilder()
  for (const path of paths) {
    const read = await readFixture(fixture(path), path.includes('kubernetes') ? { clusterId: 'prod' } : {})
    builder.addFragment(read.fragment, { file: fixture(path), format: read.format })
  }
  for (const fragment of fragments) builder.addFragment(fragment)
  const { graph } = builder.build()
  return deriveGraph(graph, vulnerabilitiesAnalysis.run(graph, { options: {} }))
}

function authTargets(graph: SecurityGraph, from: string): GraphEdge[] {
  const index = graph.indexOf(from)
  expect(index, `${from} is a node`).toBeDefined()
  const out: GraphEdge[] = []
  graph.forEachEdge(index!, 'out', 'can-authenticate-to', (edge) => out.push(graph.edge(edge)))
  return out
}

/** `has-plaintext-secret` as the Lambda mapper writes it (providers/aws/services/lambda), access key ids kept. */
const lambdaHolding = (keyId: string, account = '444455556666'): NodeInput => ({
  id: `arn:aws:lambda:us-east-1:${account}:function:legacy-sync`, kind: 'aws.lambda.function', family: 'function', provider: 'aws', scope: `aws://accounts/${account}`, name: 'legacy-sync',
  provenance: [{ file: 'dev-config.json', format: 'aws-config-snapshot' }],
  insights: [{
    id: 'has-plaintext-secret',
    params: { kinds: ['aws-access-key-id', 'aws-secret-access-key'], variables: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'], where: 'environment', accessKeyIds: [keyId] },
    evidence: [{ source: 'dev-config.json', location: 'configurationItems[3].configuration.environment.variables.AWS_ACCESS_KEY_ID', detail: 'AWS_ACCESS_KEY_ID holds aws-access-key-id' }],
  }],
})

/** As the GCP secret scan writes it for a startup script. */
const gceHolding = (keyId: string): NodeInput => ({
  id: '//compute.googleapis.com/projects/demo-proj/zones/europe-west1-b/instances/batch-1', kind: 'gcp.compute.instance', family: 'vm', provider: 'gcp', name: 'batch-1',
  provenance: [{ file: 'resource.ndjson', format: 'gcp-cloud-asset-inventory' }],
  insights: [{ id: 'has-plaintext-secret', params: { kinds: ['aws-access-key'], locations: ['metadata.startup-script'], accessKeyIds: [keyId] }, evidence: [{ source: 'gcp-cloud-asset-inventory', location: 'metadata.startup-script', detail: 'metadata.startup-script holds aws-access-key' }] }],
})

const user = (account: string, name: string, accessKeys?: { accessKeyId: string; status: string }[]): NodeInput => ({
  id: `arn:aws:iam::${account}:user/${name}`, kind: 'aws.iam.user', family: 'identity', provider: 'aws', scope: `aws://accounts/${account}`, name,
  props: { userName: name, ...(accessKeys === undefined ? {} : { accessKeys }) }, provenance: [{ file: `${account}-authz.json`, format: 'aws-iam-authorization-details' }],
})

/** A key id of `account` in the published encoding (aws-access-keys.test.ts checks the decoder on it). */
const KEY_444455556666 = 'AKIAGO645SY5NRY6RNDK'

describe('plaintext secrets resolved to what they authenticate to', () => {
  it('links a function holding an access key id to the IAM user of an exported key, citing finding and record', async () => {
    const graph = await analysed(['../../providers/aws/__fixtures__/iam-authz.json'], [{ nodes: [lambdaHolding('AKIAEXAMPLEALICE0001', '111122223333')], edges: [] }])
    const [edge, ...rest] = authTargets(graph, 'arn:aws:lambda:us-east-1:111122223333:function:legacy-sync')
    expect(rest).toEqual([])
    expect(edge?.to).toBe('arn:aws:iam::111122223333:user/dev-alice')
    expect(edge?.props).toMatchObject({ credential: 'aws-access-key', accessKeyId: 'AKIAEXAMPLEALICE0001', keyStatus: 'Active' })
    expect(edge?.evidence[0]).toMatchObject({ source: 'dev-config.json', location: expect.stringContaining('AWS_ACCESS_KEY_ID') })
    expect(edge?.evidence.some((e) => e.source.endsWith('iam-authz.json') && e.detail?.includes('dev-alice'))).toBe(true)
  })

  it('crosses clouds and accounts: a GCE startup script key → the user of the account the key id encodes', async () => {
    const terraformKey: NodeInput = {
      id: `tf-resource://aws_iam_access_key/${KEY_444455556666}`, kind: 'terraform.unmapped.aws_iam_access_key', family: 'other', provider: 'terraform', name: 'aws_iam_access_key.ci',
      props: { config: { id: KEY_444455556666, user: 'ci-deployer', status: 'Active', secret: '<sensitive>' } }, provenance: [{ file: 'dev.tfstate.json', format: 'terraform-state' }],
    }
    const graph = await analysed([], [{ nodes: [gceHolding(KEY_444455556666), user('111122223333', 'ci-deployer'), user('444455556666', 'ci-deployer'), terraformKey], edges: [] }])
    const edges = authTargets(graph, '//compute.googleapis.com/projects/demo-proj/zones/europe-west1-b/instances/batch-1')
    expect(edges.map((e) => e.to)).toEqual(['arn:aws:iam::444455556666:user/ci-deployer'])
    expect(edges[0]?.props).toMatchObject({ accountId: '444455556666', via: terraformKey.id })
    // The GCP finding names the inventory, not a file: the evidence names the file the instance was read from.
    expect(edges[0]?.evidence[0]).toMatchObject({ source: 'resource.ndjson', location: 'metadata.startup-script' })
    expect(edges[0]?.evidence[1]?.detail).toContain('Terraform aws_iam_access_key.ci')
  })

  it('does not link an inactive key, nor a key no record attributes', async () => {
    const graph = await analysed([], [{ nodes: [lambdaHolding(KEY_444455556666), user('444455556666', 'old', [{ accessKeyId: KEY_444455556666, status: 'Inactive' }])], edges: [] }])
    expect(authTargets(graph, 'arn:aws:lambda:us-east-1:444455556666:function:legacy-sync')).toEqual([])
    const unknown = await analysed([], [{ nodes: [lambdaHolding(KEY_444455556666), user('444455556666', 'other')], edges: [] }])
    expect(authTargets(unknown, 'arn:aws:lambda:us-east-1:444455556666:function:legacy-sync')).toEqual([])
  })

  it('links a private key file found on a host to the EC2 instances of that key pair, not a generic id_rsa', async () => {
    const bastion: NodeInput = { id: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0aaa', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', name: 'bastion-prod', props: { keyName: 'prod-bastion' } }
    const other: NodeInput = { id: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0bbb', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', name: 'web', props: { keyName: 'id_rsa' } }
    const graph = await analysed(['./__fixtures__/trivy-host-critical.json'], [{ nodes: [bastion, other], edges: [] }])
    const edges = authTargets(graph, 'host://bastion-01')
    expect(edges.map((e) => e.to)).toEqual([bastion.id])
    expect(edges[0]?.props).toMatchObject({ credential: 'ssh-private-key', keyName: 'prod-bastion' })
    expect(edges[0]?.evidence[0]).toMatchObject({ location: '/home/ec2-user/.ssh/prod-bastion.pem:1' })
    expect(edges[0]?.evidence[0]?.source).toMatch(/trivy-host-critical\.json$/)
  })

  it('links connection string hosts to databases and storage account names to accounts when an adapter keeps them', async () => {
    const rds: NodeInput = { id: 'arn:aws:rds:eu-west-1:111122223333:db:orders', kind: 'aws.rds.db-instance', family: 'managed-database', provider: 'aws', name: 'orders', props: { endpoint: 'orders.c1a2b3.eu-west-1.rds.amazonaws.com' } }
    const storage: NodeInput = { id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg/providers/microsoft.storage/storageaccounts/stexports', kind: 'azure.storage.storageaccount', family: 'object-storage', provider: 'azure', name: 'stexports' }
    const app: NodeInput = {
      id: 'k8s://prod/shop/deployment/api', kind: 'k8s.deployment', family: 'k8s-workload', provider: 'kubernetes', name: 'api',
      insights: [{ id: 'has-plaintext-secret', params: { kinds: ['connection-string'], hosts: ['postgres://app@orders.c1a2b3.eu-west-1.rds.amazonaws.com:5432/orders'], storageAccounts: ['StExports'] }, evidence: [{ source: 'shop.yaml', location: 'items[4]' }] }],
    }
    const graph = await analysed([], [{ nodes: [rds, storage, app], edges: [] }])
    const edges = authTargets(graph, app.id)
    expect(edges.map((e) => [e.to, e.props['credential']])).toEqual(expect.arrayContaining([[rds.id, 'connection-string'], [storage.id, 'storage-account-key']]))
  })

  it('links credentials the inventory lists to their principal: IAM access keys and service account tokens', async () => {
    const token: NodeInput = { id: 'k8s://prod/ci/secret/deployer-token', kind: 'k8s.secret', family: 'secret', provider: 'kubernetes', name: 'deployer-token', props: { type: 'kubernetes.io/service-account-token', serviceAccountName: 'deployer' } }
    const account: NodeInput = { id: 'k8s://prod/ci/serviceaccount/deployer', kind: 'k8s.serviceaccount', family: 'identity', provider: 'kubernetes', name: 'deployer' }
    const graph = await analysed(['../../providers/aws/__fixtures__/iam-authz.json'], [{ nodes: [token, account], edges: [] }])
    expect(authTargets(graph, 'aws://access-keys/AKIAEXAMPLEALICE0001').map((e) => e.to)).toEqual(['arn:aws:iam::111122223333:user/dev-alice'])
    expect(authTargets(graph, token.id).map((e) => e.to)).toEqual([account.id])
  })

  it('flags literal credential environment variables of a workload template, not webhook-injected token paths', async () => {
    const injected: NodeInput = {
      id: 'k8s://prod/pay/pod/api-1', kind: 'k8s.pod', family: 'pod', provider: 'kubernetes', name: 'api-1', props: { plaintextSecretEnv: ['AWS_WEB_IDENTITY_TOKEN_FILE', 'AZURE_FEDERATED_TOKEN_FILE'] },
    }
    const graph = await analysed(['../../providers/kubernetes/__fixtures__/list-mixed.json'], [{ nodes: [injected], edges: [] }])
    const insight = (id: string): Insight | undefined => graph.nodeInsights(graph.indexOf(id)!).find((i) => i.id === 'has-plaintext-secret')
    expect(insight('k8s://prod/shop/deployment/billing')?.params).toEqual({ kinds: ['credential-in-environment'], variables: ['SECRET_KEY'], where: 'environment' })
    expect(insight(injected.id)).toBeUndefined()
  })
})
