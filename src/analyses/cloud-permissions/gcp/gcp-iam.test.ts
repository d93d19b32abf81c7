import { describe, expect, it } from 'vitest'
import { cloudPermissionsAnalysis } from '../cloud-permissions.js'
import type { Derived } from '../__fixtures__/derive.js'
import { derive, graphOf } from '../__fixtures__/derive.js'
import { roleGrants, GcpRoles } from './gcp-roles.js'
import { GraphBuilder } from '../../../graph/graph-builder.js'

const DIR = 'src/analyses/cloud-permissions/__fixtures__/gcp'
const GKE = '//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/gke-prod'
const PROJECT = '//cloudresourcemanager.googleapis.com/projects/123456789012'
const ORG = '//cloudresourcemanager.googleapis.com/organizations/99'
const BUCKET = '//storage.googleapis.com/demo-proj-data'
const SECRET = '//secretmanager.googleapis.com/projects/123456789012/secrets/db-password'
const sa = (name: string): string => `//iam.googleapis.com/projects/demo-proj/serviceAccounts/${name}@demo-proj.iam.gserviceaccount.com`
const ksa = (name: string): string => `k8s://gke-prod/analytics/serviceaccount/${name}`

describe('gcp-iam', () => {
  let derived: Derived | undefined
  const load = async (): Promise<Derived> =>
    (derived ??= derive(cloudPermissionsAnalysis, await graphOf([`${DIR}/cai-resources.ndjson`, `${DIR}/cai-iam.ndjson`, { path: `${DIR}/gke-analytics.json`, options: { clusterId: GKE } }])))

  it('inherits a project binding down to the bucket it contains (data read)', async () => {
    const d = await load()
    expect(d.props('has-permission-to', sa('viewer-sa'), BUCKET)).toMatchObject({ level: 'read', actions: ['storage.objects.get', 'storage.objects.list'], via: 'roles/storage.objectViewer' })
    expect(d.edge('has-permission-to', sa('viewer-sa'), BUCKET)?.evidence?.[0]).toMatchObject({ source: `${PROJECT}#iamPolicy` })
  })

  it('inherits a folder binding down to a secret of a project below it', async () => {
    const d = await load()
    expect(d.props('has-permission-to', sa('secret-sa'), SECRET)).toMatchObject({ level: 'read', actions: ['secretmanager.versions.access'] })
  })

  it('makes a basic owner an admin of the project, with has-admin-permissions', async () => {
    const d = await load()
    expect(d.props('has-permission-to', sa('owner-sa'), PROJECT)?.['level']).toBe('admin')
    expect(d.insights(sa('owner-sa'), 'has-admin-permissions').map((i) => i.params['scope'])).toEqual(expect.arrayContaining([PROJECT, ORG]))
    // Editor writes everything but cannot change IAM: write, no admin insight on the project.
    expect(d.props('has-permission-to', sa('deployer'), PROJECT)?.['level']).toBe('write')
    expect(d.insights(sa('deployer'), 'has-admin-permissions').map((i) => i.params['scope'])).not.toContain(PROJECT)
  })

  it('turns serviceAccountTokenCreator on an account into can-assume (policy exported apart from the account)', async () => {
    const d = await load()
    expect(d.props('can-assume', sa('token-sa'), sa('target-sa'))).toEqual({ method: 'iam.serviceAccounts.getAccessToken' })
    expect(d.edge('can-assume', sa('viewer-sa'), sa('target-sa'))).toBeUndefined()
  })

  it('lets actAs become an account only with a permission to deploy as it (editor has both)', async () => {
    const d = await load()
    expect(d.props('can-assume', sa('deployer'), sa('app-sa'))?.['methods']).toEqual(expect.arrayContaining(['iam.serviceAccounts.actAs', 'iam.serviceAccountKeys.create']))
  })

  it('keeps an IAM condition as a caveat on every grant of the binding', async () => {
    const d = await load()
    const caveats = d.props('has-permission-to', sa('cond-sa'), BUCKET)?.['caveats']
    expect(caveats).toEqual([expect.stringContaining('business hours')])
  })

  it('links allUsers to the internet node without an admin insight', async () => {
    const d = await load()
    expect(d.props('has-permission-to', 'skyhound://internet', BUCKET)).toMatchObject({ level: 'read', via: 'roles/storage.objectViewer' })
    expect(d.insights('skyhound://internet')).toEqual([])
  })

  it('expands projectOwner: to the owners of the project', async () => {
    const d = await load()
    const evidence = d.edge('has-permission-to', sa('owner-sa'), BUCKET)?.evidence?.map((e) => e.detail) ?? []
    expect(evidence.some((detail) => detail?.includes('projectOwner:demo-proj'))).toBe(true)
  })

  it('links a Kubernetes service account to its Google account through workload identity when the binding exists', async () => {
    const d = await load()
    const hop = d.props('can-assume', ksa('report-builder'), sa('report-builder'))
    expect(hop?.['method']).toBe('gke-workload-identity')
    expect(hop?.['caveats']).toBeUndefined()
  })

  it('gives no workload-identity edge when the account policy names another Kubernetes service account', async () => {
    const d = await load()
    expect(d.edge('can-assume', ksa('report-viewer'), sa('report-viewer'))).toBeUndefined()
    // The one it names gets the hop, annotation or not.
    expect(d.edge('can-assume', ksa('report-exporter'), sa('report-viewer'))).toBeDefined()
  })

  it('keeps the workload-identity edge with a caveat when the account policy is not in the input', async () => {
    const d = await load()
    expect(d.props('can-assume', ksa('batch'), sa('nopolicy'))?.['caveats']).toEqual([expect.stringContaining('not in the input')])
  })

  it('gives GKE IAM cluster admins admin of the Kubernetes cluster; editors are not', async () => {
    const d = await load()
    expect(d.props('has-permission-to', sa('owner-sa'), 'k8s://gke-prod')?.['level']).toBe('admin')
    expect(d.edge('has-permission-to', sa('deployer'), 'k8s://gke-prod')).toBeUndefined()
  })

  it('reads the GCP adapter fixtures: allUsers on a bucket is a public read grant', async () => {
    const graph = await graphOf(['src/providers/gcp/__fixtures__/cai-export-resources.ndjson', 'src/providers/gcp/__fixtures__/cai-export-iam.ndjson'])
    const d = derive(cloudPermissionsAnalysis, graph)
    expect(d.props('has-permission-to', 'skyhound://internet', '//storage.googleapis.com/demo-proj-public')).toMatchObject({ level: 'read', actions: ['storage.objects.get', 'storage.objects.list'] })
  })

  it.each([
    ['roles/owner', 'resourcemanager.projects.setIamPolicy', true],
    ['roles/owner', 'iam.serviceAccounts.getAccessToken', false],
    ['roles/editor', 'resourcemanager.projects.setIamPolicy', false],
    ['roles/editor', 'iam.serviceAccounts.actAs', true],
    ['roles/viewer', 'storage.objects.get', false],
    ['roles/viewer', 'compute.instances.get', true],
    ['roles/iam.serviceAccountTokenCreator', 'iam.serviceAccounts.signJwt', true],
    ['roles/iam.serviceAccountKeyAdmin', 'iam.serviceAccountKeys.create', true],
    ['roles/cloudkms.cryptoKeyDecrypter', 'cloudkms.cryptoKeyVersions.useToDecrypt', true],
    ['roles/container.developer', 'container.clusterRoleBindings.create', false],
    ['roles/pubsub.viewer', 'pubsub.topics.get', true],
  ])('role %s grants %s: %s', (role, permission, expected) => {
    const resolved = new GcpRoles(new GraphBuilder().build().graph).resolve(role)
    expect(resolved !== undefined && roleGrants(resolved, permission)).toBe(expected)
  })
})
