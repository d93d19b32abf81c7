import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import type { ReadResult } from '../../formats/read-input.js'
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { EdgeInput, GraphNode } from '../../model/graph-types.js'
import { GCP_KINDS } from './gcp-kinds.js'

const PROJECT = '//cloudresourcemanager.googleapis.com/projects/123456789012'
const CP = '//compute.googleapis.com/projects/demo-proj'
const VM = `${CP}/zones/europe-west1-b/instances/vm-1`
const NETWORK = `${CP}/global/networks/default`
const BUCKET = '//storage.googleapis.com/demo-proj-public'
const SA = '//iam.googleapis.com/projects/demo-proj/serviceAccounts/app-sa@demo-proj.iam.gserviceaccount.com'
const COMPUTE_SA = '//iam.googleapis.com/projects/demo-proj/serviceAccounts/123456789012-compute@developer.gserviceaccount.com'
const GKE = '//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/gke-1'

const read = (name: string): Promise<ReadResult & { format: string }> =>
  readFixture(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)))

/** The node as the graph sees it: ancestor placeholders emitted before the real record merge into it. */
function node(result: ReadResult, id: string): GraphNode {
  const { graph } = new GraphBuilder().addFragment(result.fragment).build()
  const index = graph.indexOf(id)
  if (index === undefined || result.fragment.nodes.every((n) => n.id !== id)) throw new Error(`no node ${id}`)
  return graph.node(index)
}
const hasEdge = (result: ReadResult, from: string, kind: EdgeInput['kind'], to: string): boolean =>
  result.fragment.edges.some((e) => e.from === from && e.kind === kind && e.to === to)

describe('gcp-cloud-asset-inventory', () => {
  describe('GCS export NDJSON (snake_case), RESOURCE content', () => {
    it('maps every line without issues, under the registered format', async () => {
      const result = await read('cai-export-resources.ndjson')
      expect(result.format).toBe('gcp-cloud-asset-inventory')
      expect(result.issues).toEqual([])
      for (const n of result.fragment.nodes) {
        if (!n.kind.startsWith('gcp.unmapped.')) expect([n.kind, n.family]).toEqual([n.kind, GCP_KINDS[n.kind as keyof typeof GCP_KINDS]?.family])
      }
    })

    it('chains organization → folder → project → resource and scopes resources by project number', async () => {
      const result = await read('cai-export-resources.ndjson')
      expect(hasEdge(result, '//cloudresourcemanager.googleapis.com/organizations/99', 'contains', '//cloudresourcemanager.googleapis.com/folders/42')).toBe(true)
      expect(hasEdge(result, '//cloudresourcemanager.googleapis.com/folders/42', 'contains', PROJECT)).toBe(true)
      expect(hasEdge(result, PROJECT, 'contains', VM)).toBe(true)
      expect(node(result, PROJECT)).toMatchObject({ kind: 'gcp.resourcemanager.project', family: 'account', scope: PROJECT, name: 'demo-proj', tags: { env: 'prod' } })
      expect(node(result, VM).scope).toBe(PROJECT)
      expect(node(result, '//cloudresourcemanager.googleapis.com/folders/42')).toMatchObject({ family: 'organization', scope: '', name: 'prod' })
    })

    it('reads instances: external IPs, network tags, service accounts and metadata switches, never secret values', async () => {
      const result = await read('cai-export-resources.ndjson')
      const vm = node(result, VM)
      expect(vm).toMatchObject({
        kind: 'gcp.compute.instance', family: 'vm', region: 'europe-west1-b', tags: { team: 'web' },
        props: {
          externalIps: ['198.51.100.7'], hasExternalIp: true, networkTags: ['web', 'ssh'], cloudPlatformScope: true,
          serviceAccountEmails: ['123456789012-compute@developer.gserviceaccount.com'],
          metadataKeys: ['enable-oslogin', 'serial-port-enable', 'ssh-keys', 'startup-script'],
          osLoginEnabled: false, serialPortEnabled: true, hasInstanceSshKeys: true, hasStartupScript: true,
        },
      })
      expect(hasEdge(result, VM, 'can-authenticate-as', COMPUTE_SA)).toBe(true)
      expect(hasEdge(result, VM, 'attached-to', `${CP}/regions/europe-west1/subnetworks/default`)).toBe(true)
      expect(hasEdge(result, `${CP}/zones/europe-west1-b/disks/vm-1`, 'attached-to', VM)).toBe(true)
      const text = JSON.stringify(result.fragment)
      for (const secret of ['OPENSSH PRIVATE KEY', 'ssh-rsa', 'correct-horse-battery']) expect(text).not.toContain(secret)
    })

    it('flags a startup script holding a private key as has-plaintext-secret, by kind', async () => {
      const vm = node(await read('cai-export-resources.ndjson'), VM)
      expect(vm.insights).toEqual([
        expect.objectContaining({ id: 'has-plaintext-secret', params: { kinds: ['private-key'], locations: ['metadata.startup-script'] } }),
      ])
    })

    it('normalizes firewall rules and protects the network with each', async () => {
      const result = await read('cai-export-resources.ndjson')
      const allow = `${CP}/global/firewalls/allow-ssh`
      expect(node(result, allow).props).toMatchObject({
        direction: 'ingress', priority: 1000, action: 'allow', sourceRanges: ['0.0.0.0/0'], targetTags: ['ssh'], disabled: false,
        allowed: [{ protocol: 'tcp', ports: ['22', '8000-8100'], portRanges: [{ from: 22, to: 22 }, { from: 8000, to: 8100 }] }],
      })
      expect(node(result, `${CP}/global/firewalls/deny-egress`).props).toMatchObject({
        direction: 'egress', action: 'deny', denied: [{ protocol: 'all', portRanges: [{ from: 0, to: 65535 }] }],
        targetServiceAccounts: ['app-sa@demo-proj.iam.gserviceaccount.com'],
      })
      expect(hasEdge(result, NETWORK, 'protected-by', allow)).toBe(true)
      expect(hasEdge(result, `${CP}/regions/europe-west1/subnetworks/default`, 'attached-to', NETWORK)).toBe(true)
    })

    it('reads addresses, forwarding rules and backend services as the load-balancing chain', async () => {
      const result = await read('cai-export-resources.ndjson')
      const address = `${CP}/regions/europe-west1/addresses/web-ip`
      expect(node(result, address)).toMatchObject({ kind: 'gcp.compute.address', family: 'public-ip', props: { address: '198.51.100.7' } })
      expect(hasEdge(result, address, 'attached-to', VM)).toBe(true)
      expect(node(result, `${CP}/global/forwardingRules/web-fr`).props).toMatchObject({ ipAddress: '203.0.113.9', portRange: '443-443', isExternal: true })
      expect(hasEdge(result, `${CP}/global/backendServices/web-be`, 'attached-to', `${CP}/zones/europe-west1-b/instanceGroups/web-ig`)).toBe(true)
    })

    it('reads bucket access controls, Cloud SQL exposure and GKE control-plane settings', async () => {
      const result = await read('cai-export-resources.ndjson')
      expect(node(result, BUCKET).props).toMatchObject({
        uniformBucketLevelAccess: false, publicAccessPrevention: 'inherited', publicAcl: [{ entity: 'allUsers', role: 'READER' }],
      })
      expect(node(result, '//cloudsql.googleapis.com/projects/demo-proj/instances/db-1').props).toMatchObject({
        ipv4Enabled: true, authorizedNetworks: [{ value: '0.0.0.0/0', name: 'anywhere' }], openToAnyIp: true, requireSsl: false, publicIp: '198.51.100.50',
      })
      expect(node(result, GKE).props).toMatchObject({
        legacyAbacEnabled: true, masterAuthorizedNetworksEnabled: false, privateEndpoint: false,
        controlPlanePublic: true, controlPlaneUnrestricted: true, workloadIdentityEnabled: false, clientCertificateIssued: true,
      })
    })

    it('links node pools on the default service account to the project default compute account', async () => {
      const result = await read('cai-export-resources.ndjson')
      const pool = `${GKE}/nodePools/default-pool`
      expect(node(result, pool)).toMatchObject({ kind: 'gcp.container.nodepool', family: 'k8s-node', props: { defaultServiceAccount: true } })
      expect(hasEdge(result, GKE, 'contains', pool)).toBe(true)
      expect(hasEdge(result, pool, 'can-authenticate-as', COMPUTE_SA)).toBe(true)
    })

    it('keys service accounts by email although CAI names them by unique id, and hangs keys under them', async () => {
      const result = await read('cai-export-resources.ndjson')
      expect(node(result, SA)).toMatchObject({
        kind: 'gcp.iam.serviceaccount', family: 'identity', name: 'app-sa@demo-proj.iam.gserviceaccount.com',
        props: { caiName: '//iam.googleapis.com/projects/demo-proj/serviceAccounts/104857600000000000001', uniqueId: '104857600000000000001' },
      })
      const key = `${SA}/keys/1a2b3c`
      expect(node(result, key)).toMatchObject({ family: 'secret', props: { userManaged: true } })
      expect(hasEdge(result, key, 'attached-to', SA)).toBe(true)
    })

    it('links functions and Cloud Run to their accounts, keeping environment names but flagging literal secrets', async () => {
      const result = await read('cai-export-resources.ndjson')
      const fn = '//cloudfunctions.googleapis.com/projects/demo-proj/locations/europe-west1/functions/fn-1'
      expect(node(result, fn)).toMatchObject({
        family: 'function',
        props: { environmentVariableNames: ['DB_PASSWORD', 'LOG_LEVEL'], ingressSettings: 'allow_all' },
        insights: [expect.objectContaining({ params: { kinds: ['password'], locations: ['environmentVariables.DB_PASSWORD'] } })],
      })
      expect(hasEdge(result, fn, 'can-authenticate-as', SA)).toBe(true)
      const run = '//run.googleapis.com/projects/demo-proj/locations/europe-west1/services/web'
      expect(node(result, run).props).toMatchObject({ ingress: 'all', serviceAccountEmail: '123456789012-compute@developer.gserviceaccount.com' })
      expect(hasEdge(result, run, 'can-authenticate-as', COMPUTE_SA)).toBe(true)
      expect(hasEdge(result, run, 'is-running', 'image://europe-docker.pkg.dev/demo-proj/web/app@sha256:0123456789abcdef')).toBe(true)
    })

    it('contains KMS keys in their key ring and keeps unknown types as generic nodes', async () => {
      const result = await read('cai-export-resources.ndjson')
      const ring = '//cloudkms.googleapis.com/projects/demo-proj/locations/europe/keyRings/ring'
      expect(hasEdge(result, ring, 'contains', `${ring}/cryptoKeys/data`)).toBe(true)
      expect(node(result, `${ring}/cryptoKeys/data`)).toMatchObject({ family: 'kms-key', props: { purpose: 'encrypt_decrypt', protectionLevel: 'software' } })
      expect(node(result, '//pubsub.googleapis.com/projects/demo-proj/topics/events')).toMatchObject({ kind: 'gcp.unmapped.pubsub.googleapis.com/topic', family: 'other', scope: PROJECT })
    })
  })

  describe('IAM_POLICY content', () => {
    it('keeps bindings with role, members and condition on the node, for every level', async () => {
      const result = await read('cai-export-iam.ndjson')
      expect(result.issues).toEqual([])
      expect(node(result, PROJECT).props?.['iamBindings']).toEqual([
        { role: 'roles/editor', members: ['serviceAccount:123456789012-compute@developer.gserviceaccount.com'] },
        { role: 'roles/owner', members: ['user:alice@example.com'] },
        { role: 'roles/storage.admin', members: ['group:ops@example.com'], condition: { title: 'business hours', expression: 'request.time.getHours("Europe/Paris") < 18' } },
      ])
      expect(node(result, '//cloudresourcemanager.googleapis.com/organizations/99').props).toMatchObject({ iamBindings: [{ role: 'roles/resourcemanager.organizationAdmin' }] })
      expect(node(result, PROJECT).props?.['iamAuditConfigs']).toEqual([{ service: 'allServices', auditLogConfigs: [{ logType: 'DATA_READ' }] }])
    })

    it('merges RESOURCE and IAM_POLICY records of the same asset into one node across files', async () => {
      // Arrange
      const resources = await read('cai-export-resources.ndjson')
      const policies = await read('cai-export-iam.ndjson')
      // Act
      const { graph } = new GraphBuilder().addFragment(policies.fragment).addFragment(resources.fragment).build()
      // Assert
      const bucket = graph.node(graph.indexOf(BUCKET)!)
      expect(bucket).toMatchObject({ kind: 'gcp.storage.bucket', name: 'demo-proj-public' })
      expect(bucket.props).toMatchObject({
        uniformBucketLevelAccess: false,
        publicBindings: [{ role: 'roles/storage.objectViewer', member: 'allUsers' }],
      })
      expect(graph.node(graph.indexOf(PROJECT)!)).toMatchObject({ name: 'demo-proj', props: { projectId: 'demo-proj', iamBindings: expect.any(Array) } })
    })

    it('lands a service account policy named by unique id in another file on the email-keyed node (alias)', async () => {
      const resources = await read('cai-export-resources.ndjson')
      const policies = await read('cai-export-iam.ndjson')
      const numeric = '//iam.googleapis.com/projects/demo-proj/serviceAccounts/104857600000000000001'
      expect(resources.fragment.nodes.find((n) => n.id === SA)?.aliases).toEqual([numeric, 'gcp-service-account://104857600000000000001'])
      // Alone, the policy file knows the account only by its numeric CAI name.
      expect(node(policies, numeric).props).toMatchObject({ iamBindings: expect.any(Array) })
      for (const order of [[policies, resources], [resources, policies]]) {
        const builder = new GraphBuilder()
        for (const result of order) builder.addFragment(result.fragment)
        const { graph } = builder.build()
        const account = graph.indexOf(numeric)!
        expect(graph.nodeId(account)).toBe(SA)
        expect(graph.indexOf('gcp-service-account://104857600000000000001')).toBe(account)
        expect(graph.nodeProps(account)).toMatchObject({ uniqueId: '104857600000000000001', iamBindings: expect.any(Array) })
        expect(Array.from(graph.nodesOfKind('gcp.iam.serviceaccount'), (i) => graph.nodeId(i)).filter((id) => id.endsWith('/104857600000000000001'))).toEqual([])
      }
    })

    it('puts a service account policy named by unique id on the email-keyed node when the file tells the email', async () => {
      const result = await read('cai-export-mixed.ndjson')
      expect(result.issues).toEqual([])
      const onAccount = result.fragment.nodes.filter((n) => n.id === SA)
      expect(onAccount.map((n) => Object.keys(n.props ?? {}).includes('iamBindings'))).toEqual([false, true])
      expect(result.fragment.nodes.some((n) => n.id.endsWith('/104857600000000000001'))).toBe(false)
    })
  })

  describe('gcloud and REST variants', () => {
    it('reads `gcloud asset list --format=json` camelCase arrays the same way as the export', async () => {
      const [gcloud, exported] = await Promise.all([read('gcloud-asset-list.json'), read('cai-export-resources.ndjson')])
      expect(gcloud.issues).toEqual([])
      expect(node(gcloud, VM).props).toEqual(node(exported, VM).props)
      expect(node(gcloud, PROJECT).props).toMatchObject({ iamBindings: expect.arrayContaining([expect.objectContaining({ role: 'roles/owner' })]) })
      const vm2 = `${CP}/zones/europe-west1-b/instances/vm-2`
      expect(node(gcloud, vm2).props).toMatchObject({ osLoginEnabled: true, hasExternalIp: false, cloudPlatformScope: false })
      expect(hasEdge(gcloud, vm2, 'can-authenticate-as', SA)).toBe(true)
    })

    it('reads a gzip-compressed NDJSON export like the plain one', async () => {
      const plain = await read('cai-export-resources.ndjson')
      const path = join(await mkdtemp(join(tmpdir(), 'cai-')), 'resources.ndjson.gz')
      await writeFile(path, gzipSync(await readFile(fileURLToPath(new URL('./__fixtures__/cai-export-resources.ndjson', import.meta.url)))))
      const zipped = await readFixture(path)
      expect(zipped.format).toBe('gcp-cloud-asset-inventory')
      expect(zipped.fragment).toEqual(plain.fragment)
    })

    it('reads REST `{assets: […]}` pages', async () => {
      const result = await read('rest-assets-page.json')
      expect(result.issues).toEqual([])
      expect(node(result, `${CP}/global/firewalls/allow-ssh`).kind).toBe('gcp.compute.firewall')
    })

    it('maps legacy `google.*` types and scopes exports without ancestors by project id', async () => {
      const result = await read('forseti-legacy.ndjson')
      const old = `${CP}/zones/us-central1-a/instances/old-vm`
      expect(node(result, old)).toMatchObject({ kind: 'gcp.compute.instance', scope: '//cloudresourcemanager.googleapis.com/projects/demo-proj' })
      expect(hasEdge(result, '//cloudresourcemanager.googleapis.com/projects/demo-proj', 'contains', old)).toBe(true)
    })
  })

  describe('damaged input', () => {
    it('keeps the lines before a cut one and reports the line', async () => {
      const result = await read('cai-truncated.ndjson')
      expect(node(result, PROJECT).kind).toBe('gcp.resourcemanager.project')
      expect(result.fragment.nodes.some((n) => n.id === VM)).toBe(false)
      expect(result.issues).toEqual([expect.objectContaining({ location: 'line 4', kind: 'parse-error' })])
    })

    it('keeps the elements before a truncation in a JSON array and reports the position', async () => {
      const result = await read('gcloud-truncated.json')
      expect(result.completed).toBe(false)
      expect(node(result, VM).kind).toBe('gcp.compute.instance')
      expect(node(result, `${CP}/global/firewalls/allow-ssh`).kind).toBe('gcp.compute.firewall')
      expect(result.issues).toEqual([expect.objectContaining({ location: '[2]', kind: 'parse-error', hint: expect.stringContaining('truncated') })])
    })

    it('reports each bad record by line and keeps the good ones', async () => {
      const result = await read('cai-bad-records.ndjson')
      expect(result.completed).toBe(true)
      expect(result.issues.map((i) => [i.location, i.kind])).toEqual([
        ['line 2', 'invalid-record'],
        ['line 3', 'parse-error'],
        ['line 4', 'invalid-record'],
      ])
      expect(node(result, NETWORK).kind).toBe('gcp.compute.network')
      expect(node(result, `${CP}/regions/europe-west1/subnetworks/default`).kind).toBe('gcp.compute.subnetwork')
    })
  })
})
