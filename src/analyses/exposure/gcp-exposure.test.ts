import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import { PROJECT, caiExport, fixtureFragment, gcpName, inputFragment, runExposure } from './__fixtures__/run-exposure.js'
import type { ExposureRun } from './__fixtures__/run-exposure.js'

type Asset = readonly [string, string, JsonObject, JsonObject?]
const LINK = `https://www.googleapis.com/compute/v1/projects/${PROJECT}`
const NETWORK = `${LINK}/global/networks/default`

const instance = (name: string, options: { external?: boolean; tags?: string[]; account?: string } = {}): Asset => [
  'compute.googleapis.com/Instance',
  gcpName(`zones/europe-west1-b/instances/${name}`),
  {
    name,
    status: 'RUNNING',
    tags: { items: options.tags ?? ['web'] },
    networkInterfaces: [{ network: NETWORK, networkIP: '10.132.0.5', ...(options.external === false ? {} : { accessConfigs: [{ name: 'External NAT', natIP: '198.51.100.7' }] }) }],
    serviceAccounts: [{ email: options.account ?? `app@${PROJECT}.iam.gserviceaccount.com`, scopes: [] }],
  },
]

/** `allow tcp:22 from 0.0.0.0/0 to tag:web (1000)` → a firewall asset. */
function firewall(name: string, text: string, extra: JsonObject = {}): Asset {
  const [action, what, , source, , target, priority] = text.split(' ')
  const [protocol, ports] = what!.split(':')
  const entry = { IPProtocol: protocol, ...(ports === undefined ? {} : { ports: ports.split(',') }) }
  return [
    'compute.googleapis.com/Firewall',
    gcpName(`global/firewalls/${name}`),
    {
      name,
      network: NETWORK,
      direction: 'INGRESS',
      priority: Number(priority!.replace(/[()]/g, '')),
      ...(source!.startsWith('tag:') ? { sourceTags: [source!.slice(4)] } : { sourceRanges: source!.split(',') }),
      ...(target === 'all' ? {} : target!.startsWith('tag:') ? { targetTags: [target!.slice(4)] } : { targetServiceAccounts: [target!.slice(3)] }),
      [action === 'allow' ? 'allowed' : 'denied']: [entry],
      ...extra,
    },
  ]
}

async function run(assets: readonly Asset[], trustedCidrs?: string[]): Promise<ExposureRun> {
  return runExposure([await inputFragment('resources.ndjson', caiExport(assets))], trustedCidrs === undefined ? {} : { trustedCidrs })
}
const VM = (name: string): string => gcpName(`zones/europe-west1-b/instances/${name}`)

describe('gcp exposure', () => {
  it.each([
    { case: 'an allow for the instance tag', assets: [instance('vm'), firewall('ssh', 'allow tcp:22 from 0.0.0.0/0 to tag:web (1000)')], ports: ['22'], width: 'wide' },
    { case: 'a deny with a lower priority number wins', assets: [instance('vm'), firewall('ssh', 'allow tcp:22 from 0.0.0.0/0 to all (1000)'), firewall('no-ssh', 'deny tcp:22 from 0.0.0.0/0 to all (900)')], ports: undefined },
    { case: 'an allow with a lower priority number wins', assets: [instance('vm'), firewall('ssh', 'allow tcp:22 from 0.0.0.0/0 to all (500)'), firewall('no-ssh', 'deny tcp from 0.0.0.0/0 to all (900)')], ports: ['22'], width: 'wide' },
    { case: 'at equal priority the deny wins', assets: [instance('vm'), firewall('ssh', 'allow tcp:22 from 0.0.0.0/0 to all (1000)'), firewall('no-ssh', 'deny tcp:22 from 0.0.0.0/0 to all (1000)')], ports: undefined },
    { case: 'a disabled rule is ignored', assets: [instance('vm'), firewall('ssh', 'allow tcp:22 from 0.0.0.0/0 to all (1000)', { disabled: true })], ports: undefined },
    { case: 'a rule for another tag does not apply', assets: [instance('vm', { tags: ['db'] }), firewall('ssh', 'allow tcp:22 from 0.0.0.0/0 to tag:web (1000)')], ports: undefined },
    { case: 'a rule for the instance service account applies', assets: [instance('vm', { account: `runner@${PROJECT}.iam.gserviceaccount.com` }), firewall('ssh', `allow tcp:22 from 0.0.0.0/0 to sa:runner@${PROJECT}.iam.gserviceaccount.com (1000)`)], ports: ['22'], width: 'wide' },
    { case: 'a partner range is narrow', assets: [instance('vm'), firewall('ssh', 'allow tcp:22 from 198.51.100.0/24 to all (1000)')], ports: ['22'], width: 'narrow' },
    { case: 'source tags name VMs, not the internet', assets: [instance('vm'), firewall('ssh', 'allow tcp:22 from tag:bastion to all (1000)')], ports: undefined },
    { case: 'without an access config there is no external address', assets: [instance('vm', { external: false }), firewall('ssh', 'allow tcp:22 from 0.0.0.0/0 to all (1000)')], ports: undefined },
    { case: 'an allow with every port', assets: [instance('vm'), firewall('any', 'allow all from 0.0.0.0/0 to all (1000)')], ports: ['*'], width: 'wide' },
  ])('$case', async ({ assets, ports, width }) => {
    const exposure = (await run(assets)).exposure(VM('vm'))
    expect(exposure?.['ports']).toEqual(ports)
    if (width !== undefined) expect(exposure?.['width']).toBe(width)
  })

  it('names the allowing firewall rule and suppresses trusted ranges', async () => {
    const assets = [instance('vm'), firewall('ssh', 'allow tcp:22 from 198.51.100.0/24 to all (1000)')]
    const result = await run(assets)
    expect(result.exposure(VM('vm'))!['via']).toEqual([gcpName('global/firewalls/ssh')])
    expect(result.insight(VM('vm'), 'exposed-to-internet')!.evidence.map((e) => e.detail)).toEqual([
      'external IP 198.51.100.7',
      'firewall ssh (priority 1000): allow tcp 22 from 198.51.100.0/24 to all instances',
    ])
    expect((await run(assets, ['198.51.100.0/24'])).exposedNodes()).toEqual([])
  })

  it('follows an external forwarding rule to its backend service, managed group and members behind the firewall', async () => {
    const FR = gcpName('global/forwardingRules/web')
    const BS = gcpName('global/backendServices/web')
    const IG = gcpName('zones/europe-west1-b/instanceGroups/web-ig')
    const assets: Asset[] = [
      ['compute.googleapis.com/GlobalForwardingRule', FR, { name: 'web', IPAddress: '203.0.113.9', IPProtocol: 'TCP', portRange: '443-443', loadBalancingScheme: 'EXTERNAL_MANAGED', target: `${LINK}/global/targetHttpsProxies/web` }],
      ['compute.googleapis.com/TargetHttpsProxy', gcpName('global/targetHttpsProxies/web'), { name: 'web', urlMap: `${LINK}/global/urlMaps/web` }],
      ['compute.googleapis.com/UrlMap', gcpName('global/urlMaps/web'), { name: 'web', defaultService: `${LINK}/global/backendServices/web` }],
      ['compute.googleapis.com/BackendService', BS, { name: 'web', protocol: 'HTTP', port: 8080, loadBalancingScheme: 'EXTERNAL_MANAGED', backends: [{ group: `${LINK}/zones/europe-west1-b/instanceGroups/web-ig` }] }],
      ['compute.googleapis.com/InstanceGroup', IG, { name: 'web-ig' }],
      ['compute.googleapis.com/InstanceGroupManager', gcpName('zones/europe-west1-b/instanceGroupManagers/web-mig'), { name: 'web-mig', baseInstanceName: 'web', instanceGroup: `${LINK}/zones/europe-west1-b/instanceGroups/web-ig` }],
      instance('web-a1b2', { external: false }),
      instance('other-c3d4', { external: false }),
      firewall('health', 'allow tcp:8080 from 35.191.0.0/16,130.211.0.0/22 to tag:web (1000)'),
    ]
    const result = await run(assets)
    expect(result.exposure(FR)).toMatchObject({ ports: ['443'], width: 'wide', entry: ['load-balancer'] })
    expect(result.exposure(BS)).toMatchObject({ ports: ['443'] })
    expect(result.exposure(IG)).toMatchObject({ ports: ['443'], targetPorts: ['8080'] })
    expect(result.exposure(VM('web-a1b2'))).toMatchObject({ ports: ['443'], targetPorts: ['8080'], entry: ['load-balancer'] })
    expect(result.exposure(VM('other-c3d4'))).toBeUndefined()
    expect(result.edge(INTERNET_NODE_ID, FR)).toMatchObject({ ports: ['443'] })
    expect(result.edge(FR, BS)).toMatchObject({ ports: ['443'] })
    expect(result.edge(BS, IG)).toMatchObject({ ports: ['8080'] })
    // Without a firewall rule admitting the Google front ends, the members are not reached.
    expect((await run(assets.filter((a) => !a[1].endsWith('/health')))).exposure(VM('web-a1b2'))).toBeUndefined()
  })

  it('reads Cloud SQL authorized networks, GKE master authorized networks, public buckets and Cloud Run invokers', async () => {
    const SQL = `//cloudsql.googleapis.com/projects/${PROJECT}/instances`
    const GKE = `//container.googleapis.com/projects/${PROJECT}/locations/europe-west1/clusters`
    const RUN = `//run.googleapis.com/projects/${PROJECT}/locations/europe-west1/services`
    const publicViewer = { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] }
    const invoker = { bindings: [{ role: 'roles/run.invoker', members: ['allUsers'] }] }
    const result = await run([
      ['sqladmin.googleapis.com/Instance', `${SQL}/open`, { name: 'open', databaseVersion: 'POSTGRES_15', ipAddresses: [{ type: 'PRIMARY', ipAddress: '198.51.100.50' }], settings: { ipConfiguration: { ipv4Enabled: true, authorizedNetworks: [{ name: 'any', value: '0.0.0.0/0' }] } } }],
      ['sqladmin.googleapis.com/Instance', `${SQL}/private`, { name: 'private', databaseVersion: 'MYSQL_8_0', settings: { ipConfiguration: { ipv4Enabled: false, authorizedNetworks: [{ value: '0.0.0.0/0' }] } } }],
      ['container.googleapis.com/Cluster', `${GKE}/open`, { name: 'open' }],
      ['container.googleapis.com/Cluster', `${GKE}/ranged`, { name: 'ranged', masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '192.0.2.0/24' }] } }],
      ['container.googleapis.com/Cluster', `${GKE}/private`, { name: 'private', privateClusterConfig: { enablePrivateEndpoint: true } }],
      ['storage.googleapis.com/Bucket', '//storage.googleapis.com/open', { name: 'open', iamConfiguration: { uniformBucketLevelAccess: { enabled: true } } }, publicViewer],
      ['storage.googleapis.com/Bucket', '//storage.googleapis.com/prevented', { name: 'prevented', iamConfiguration: { publicAccessPrevention: 'enforced' } }, publicViewer],
      ['run.googleapis.com/Service', `${RUN}/open`, { metadata: { name: 'open', annotations: { 'run.googleapis.com/ingress': 'all' } }, status: { url: 'https://open.a.run.app' } }, invoker],
      ['run.googleapis.com/Service', `${RUN}/internal`, { metadata: { name: 'internal', annotations: { 'run.googleapis.com/ingress': 'internal' } } }, invoker],
    ])
    expect(result.exposure(`${SQL}/open`)).toMatchObject({ ports: ['5432'], width: 'wide' })
    expect(result.exposure(`${SQL}/private`)).toBeUndefined()
    expect(result.exposure(`${GKE}/open`)).toMatchObject({ ports: ['443'], width: 'wide' })
    expect(result.exposure(`${GKE}/ranged`)).toMatchObject({ width: 'narrow' })
    expect(result.exposure(`${GKE}/private`)).toBeUndefined()
    expect(result.insight('//storage.googleapis.com/open', 'allows-public-access')?.params).toMatchObject({ access: ['read'], grantees: ['allUsers'] })
    expect(result.insight('//storage.googleapis.com/prevented', 'allows-public-access')).toBeUndefined()
    expect(result.exposure(`${RUN}/open`)).toMatchObject({ ports: ['443'], entry: ['serverless'] })
    expect(result.exposure(`${RUN}/internal`)).toBeUndefined()
  })

  it('reads the provider fixture: vm-1 on its tagged SSH rule, the public bucket, db-1 open to any IP', async () => {
    const result = runExposure([
      await fixtureFragment('src/providers/gcp/__fixtures__/cai-export-resources.ndjson'),
      await fixtureFragment('src/providers/gcp/__fixtures__/cai-export-iam.ndjson'),
    ])
    expect(result.exposure(VM('vm-1'))).toMatchObject({ ports: ['22', '8000-8100'], width: 'wide' })
    expect(result.insight('//storage.googleapis.com/demo-proj-public', 'allows-public-access')).toBeDefined()
    expect(result.exposure(`//cloudsql.googleapis.com/projects/${PROJECT}/instances/db-1`)).toMatchObject({ ports: ['5432'], width: 'wide' })
  })
})
