import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import { RG, argPage, azureId, fixtureFragment, inputFragment, runExposure } from './__fixtures__/run-exposure.js'
import type { ExposureRun } from './__fixtures__/run-exposure.js'

type Row = readonly [string, string, JsonObject, JsonObject?]
const ref = (type: string, name: string): JsonObject => ({ id: `${RG}/providers/${type}/${name}` })
const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups'
const SUBNET = (name: string): JsonObject => ({ id: `${RG}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/${name}` })

/** `allow tcp 22 from Internet to * (100)` → an ARM security rule. */
function rule(name: string, text: string): JsonObject {
  const [access, protocol, port, , source, , destination, priority] = text.split(' ')
  return {
    name,
    properties: {
      priority: Number(priority!.replace(/[()]/g, '')),
      direction: 'Inbound',
      access: access === 'allow' ? 'Allow' : 'Deny',
      protocol: protocol === '*' ? '*' : protocol!.charAt(0).toUpperCase() + protocol!.slice(1),
      sourceAddressPrefix: source!,
      sourcePortRange: '*',
      ...(destination!.startsWith('asg:') ? { destinationApplicationSecurityGroups: [ref('Microsoft.Network/applicationSecurityGroups', destination!.slice(4))] } : { destinationAddressPrefix: destination! }),
      destinationPortRange: port!,
    },
  }
}
const nsg = (name: string, ...rules: string[]): Row => [NSG_TYPE, name, { securityRules: rules.map((r, i) => rule(`r${i}`, r)) }]
const pip = (name: string, sku: 'Basic' | 'Standard' = 'Basic'): Row => ['Microsoft.Network/publicIPAddresses', name, { ipAddress: '198.51.100.10', publicIPAddressVersion: 'IPv4' }, { sku: { name: sku } }]
const vnet = (subnets: Record<string, string | undefined>): Row => [
  'Microsoft.Network/virtualNetworks',
  'vnet',
  { addressSpace: { addressPrefixes: ['10.0.0.0/16'] }, subnets: Object.entries(subnets).map(([name, group], i) => ({ name, id: `${RG}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/${name}`, properties: { addressPrefix: `10.0.${i + 1}.0/24`, ...(group === undefined ? {} : { networkSecurityGroup: ref(NSG_TYPE, group) }) } })) },
]
function vm(name: string, options: { pip?: string; nsg?: string; subnet?: string; asg?: string; pools?: string[] } = {}): Row[] {
  return [
    ['Microsoft.Compute/virtualMachines', name, { networkProfile: { networkInterfaces: [ref('Microsoft.Network/networkInterfaces', `${name}-nic`)] } }],
    [
      'Microsoft.Network/networkInterfaces',
      `${name}-nic`,
      {
        ipConfigurations: [{ name: 'ipconfig1', id: `${RG}/providers/Microsoft.Network/networkInterfaces/${name}-nic/ipConfigurations/ipconfig1`, properties: {
          privateIPAddress: '10.0.1.4',
          subnet: SUBNET(options.subnet ?? 'web'),
          ...(options.pip === undefined ? {} : { publicIPAddress: ref('Microsoft.Network/publicIPAddresses', options.pip) }),
          ...(options.asg === undefined ? {} : { applicationSecurityGroups: [ref('Microsoft.Network/applicationSecurityGroups', options.asg)] }),
          ...(options.pools === undefined ? {} : { loadBalancerBackendAddressPools: options.pools.map((p) => ({ id: `${RG}/providers/Microsoft.Network/loadBalancers/lb/backendAddressPools/${p}` })) }),
        } }],
        virtualMachine: ref('Microsoft.Compute/virtualMachines', name),
        ...(options.nsg === undefined ? {} : { networkSecurityGroup: ref(NSG_TYPE, options.nsg) }),
      },
    ],
  ]
}

async function run(rows: readonly Row[], trustedCidrs?: string[]): Promise<ExposureRun> {
  return runExposure([await inputFragment('resources.json', argPage(rows))], trustedCidrs === undefined ? {} : { trustedCidrs })
}

const VM = (name: string): string => azureId('Microsoft.Compute/virtualMachines', name)

describe('azure exposure', () => {
  it.each([
    { case: 'NIC NSG allows 22 from Internet', rows: [vnet({ web: undefined }), pip('ip'), nsg('nic', 'allow tcp 22 from Internet to * (100)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })], ports: ['22'], width: 'wide' },
    { case: 'a deny at a higher priority (lower number) wins', rows: [vnet({ web: undefined }), pip('ip'), nsg('nic', 'deny tcp 22 from * to * (100)', 'allow tcp 22 from Internet to * (200)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })], ports: undefined },
    { case: 'the subnet NSG denies while the NIC NSG allows', rows: [vnet({ web: 'subnet' }), pip('ip'), nsg('subnet', 'deny tcp * from * to * (100)'), nsg('nic', 'allow tcp 22 from * to * (100)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })], ports: undefined },
    { case: 'subnet and NIC NSGs both allow, each a different port', rows: [vnet({ web: 'subnet' }), pip('ip'), nsg('subnet', 'allow tcp 22,443 from * to * (100)'.replace('22,443', '22-443')), nsg('nic', 'allow tcp 443 from * to * (100)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })], ports: ['443'], width: 'wide' },
    { case: 'no public IP', rows: [vnet({ web: undefined }), nsg('nic', 'allow tcp 22 from Internet to * (100)'), ...vm('vm', { nsg: 'nic' })], ports: undefined },
    { case: 'a specific prefix is narrow', rows: [vnet({ web: undefined }), pip('ip'), nsg('nic', 'allow tcp 3389 from 198.51.100.0/24 to * (100)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })], ports: ['3389'], width: 'narrow' },
    { case: 'service tags other than Internet are not the internet', rows: [vnet({ web: undefined }), pip('ip'), nsg('nic', 'allow tcp 22 from VirtualNetwork to * (100)', 'allow tcp 443 from AzureLoadBalancer to * (110)', 'allow tcp 80 from AzureCloud to * (120)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })], ports: undefined },
    { case: 'a rule for another destination prefix does not apply', rows: [vnet({ web: undefined }), pip('ip'), nsg('nic', 'allow tcp 22 from * to 10.0.9.0/24 (100)', 'allow tcp 443 from * to 10.0.1.0/24 (110)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })], ports: ['443'], width: 'wide' },
    { case: 'a rule for the NIC’s application security group applies, one for another group does not', rows: [vnet({ web: undefined }), pip('ip'), nsg('nic', 'allow tcp 22 from * to asg:asg-web (100)', 'allow tcp 443 from * to asg:asg-db (110)'), ...vm('vm', { pip: 'ip', nsg: 'nic', asg: 'asg-web' })], ports: ['22'], width: 'wide' },
    { case: 'a Standard public IP without any NSG is closed', rows: [vnet({ web: undefined }), pip('ip', 'Standard'), ...vm('vm', { pip: 'ip' })], ports: undefined },
    { case: 'a Basic public IP without any NSG is open', rows: [vnet({ web: undefined }), pip('ip', 'Basic'), ...vm('vm', { pip: 'ip' })], ports: ['*'], width: 'wide' },
  ])('$case', async ({ rows, ports, width }) => {
    const exposure = (await run(rows)).exposure(VM('vm'))
    expect(exposure?.['ports']).toEqual(ports)
    if (width !== undefined) expect(exposure?.['width']).toBe(width)
  })

  it('evidence names the public IP and the allowing rule; trusted CIDRs suppress narrow exposure', async () => {
    const rows = [vnet({ web: undefined }), pip('ip'), nsg('nic', 'allow tcp 3389 from 198.51.100.0/24 to * (100)'), ...vm('vm', { pip: 'ip', nsg: 'nic' })]
    const result = await run(rows)
    expect(result.insight(VM('vm'), 'exposed-to-internet')!.evidence.map((e) => e.detail)).toEqual(['public IP 198.51.100.10', 'NSG nic rule r0 (priority 100): allow tcp 3389 from 198.51.100.0/24'])
    expect(result.edge(INTERNET_NODE_ID, VM('vm'))).toMatchObject({ ports: ['3389'] })
    expect((await run(rows, ['198.51.100.0/24'])).exposedNodes()).toEqual([])
  })

  it('exposes load balancer backends on the frontend port when their NSGs admit the internet on the backend port', async () => {
    const LB = azureId('Microsoft.Network/loadBalancers', 'lb')
    const lb: Row = ['Microsoft.Network/loadBalancers', 'lb', {
      frontendIPConfigurations: [{ name: 'fe', id: `${RG}/providers/Microsoft.Network/loadBalancers/lb/frontendIPConfigurations/fe`, properties: { publicIPAddress: ref('Microsoft.Network/publicIPAddresses', 'ip') } }],
      loadBalancingRules: [{ name: 'http', properties: { protocol: 'Tcp', frontendPort: 80, backendPort: 8080, frontendIPConfiguration: { id: `${RG}/providers/Microsoft.Network/loadBalancers/lb/frontendIPConfigurations/fe` }, backendAddressPool: { id: `${RG}/providers/Microsoft.Network/loadBalancers/lb/backendAddressPools/be` } } }],
    }, { sku: { name: 'Standard' } }]
    const result = await run([
      vnet({ web: undefined }), pip('ip', 'Standard'), lb,
      nsg('app', 'allow tcp 8080 from Internet to * (100)', 'allow tcp 22 from Internet to * (110)'), ...vm('app', { nsg: 'app', pools: ['be'] }),
      nsg('closed', 'allow tcp 22 from Internet to * (100)'), ...vm('closed', { nsg: 'closed', pools: ['be'] }),
      ...vm('bare', { pools: ['be'] }),
    ])
    expect(result.exposure(LB)).toMatchObject({ ports: ['80'], width: 'wide', entry: ['load-balancer'] })
    expect(result.exposure(VM('app'))).toMatchObject({ ports: ['80'], targetPorts: ['8080'], entry: ['load-balancer'] })
    expect(result.edge(LB, VM('app'))).toMatchObject({ ports: ['8080'] })
    expect(result.exposure(VM('closed'))).toBeUndefined()
    expect(result.exposure(VM('bare'))).toBeUndefined()
  })

  const STORAGE = 'Microsoft.Storage/storageAccounts'
  const account = (name: string, properties: object): Row => [STORAGE, name, properties as JsonObject]
  const container = (accountName: string, name: string, publicAccess: string): Row => [`${STORAGE}/blobServices/containers`, `${accountName}/default/${name}`, { publicAccess }, { id: `${RG}/providers/${STORAGE}/${accountName}/blobServices/default/containers/${name}` }]

  it.each([
    { case: 'all networks, blob public access allowed, a Blob container', props: { allowBlobPublicAccess: true, networkAcls: { defaultAction: 'Allow' } }, width: 'wide', publicAccess: true },
    { case: 'selected IPs only', props: { allowBlobPublicAccess: true, networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '198.51.100.0/24', action: 'Allow' }] } }, width: 'narrow', publicAccess: true },
    { case: 'public network access disabled', props: { allowBlobPublicAccess: true, publicNetworkAccess: 'Disabled' }, width: undefined, publicAccess: false },
    { case: 'deny without IP rules (private endpoints only)', props: { allowBlobPublicAccess: true, networkAcls: { defaultAction: 'Deny', ipRules: [] } }, width: undefined, publicAccess: false },
    { case: 'blob public access forbidden on the account', props: { allowBlobPublicAccess: false, networkAcls: { defaultAction: 'Allow' } }, width: 'wide', publicAccess: false },
  ])('storage account: $case', async ({ props, width, publicAccess }) => {
    const result = await run([account('st', props), container('st', 'assets', 'Blob')])
    const id = azureId(STORAGE, 'st')
    expect(result.exposure(id)?.['width']).toBe(width)
    expect(result.insight(id, 'allows-public-access') !== undefined).toBe(publicAccess)
    expect(result.insight(`${id}/blobservices/default/containers/assets`, 'allows-public-access') !== undefined).toBe(publicAccess)
  })

  it.each([
    { case: 'AllowAll (0.0.0.0–255.255.255.255) is wide', rules: [['AllowAll', '0.0.0.0', '255.255.255.255']], width: 'wide' },
    { case: '0.0.0.0–0.0.0.0 (Azure services) is not the internet', rules: [['AllowAzure', '0.0.0.0', '0.0.0.0']], width: undefined },
    { case: 'an office range is narrow', rules: [['Office', '203.0.113.1', '203.0.113.30']], width: 'narrow' },
    { case: 'no firewall rule leaves the server closed', rules: [], width: undefined },
  ])('database firewall: $case', async ({ rules, width }) => {
    const server = 'Microsoft.DBforPostgreSQL/flexibleServers'
    const rows: Row[] = [
      [server, 'pg', { network: { publicNetworkAccess: 'Enabled' } }],
      ...rules.map(([name, start, end]): Row => [`${server}/firewallRules`, `pg/${name!}`, { startIpAddress: start!, endIpAddress: end! }, { id: `${RG}/providers/${server}/pg/firewallRules/${name!}` }]),
    ]
    const exposure = (await run(rows)).exposure(azureId(server, 'pg'))
    expect(exposure?.['width']).toBe(width)
    if (width !== undefined) expect(exposure?.['ports']).toEqual(['5432'])
  })

  it('reads AKS API server ranges, App Service access restrictions and Key Vault network rules', async () => {
    const AKS = 'Microsoft.ContainerService/managedClusters'
    const SITE = 'Microsoft.Web/sites'
    const VAULT = 'Microsoft.KeyVault/vaults'
    const result = await run([
      [AKS, 'open', { enableRBAC: true }],
      [AKS, 'ranged', { apiServerAccessProfile: { authorizedIPRanges: ['192.0.2.0/24'] } }],
      [AKS, 'private', { apiServerAccessProfile: { enablePrivateCluster: true } }],
      [SITE, 'open', { state: 'Running', httpsOnly: true }, { kind: 'app' }],
      [SITE, 'restricted', { state: 'Running', httpsOnly: true, siteConfig: { ipSecurityRestrictions: [{ name: 'office', action: 'Allow', priority: 100, ipAddress: '198.51.100.0/24', tag: 'Default' }] } }, { kind: 'app' }],
      [SITE, 'frontdoor', { state: 'Running', siteConfig: { ipSecurityRestrictions: [{ name: 'fd', action: 'Allow', priority: 100, ipAddress: 'AzureFrontDoor.Backend', tag: 'ServiceTag' }] } }, { kind: 'app' }],
      [VAULT, 'open', { tenantId: '00000000-0000-0000-0000-0000000000aa' }],
      [VAULT, 'closed', { networkAcls: { defaultAction: 'Deny', ipRules: [] } }],
    ])
    expect(result.exposure(azureId(AKS, 'open'))).toMatchObject({ ports: ['443'], width: 'wide', entry: ['kubernetes-api'] })
    expect(result.exposure(azureId(AKS, 'ranged'))).toMatchObject({ width: 'narrow', sources: ['192.0.2.0/24'] })
    expect(result.exposure(azureId(AKS, 'private'))).toBeUndefined()
    expect(result.exposure(azureId(SITE, 'open'))).toMatchObject({ ports: ['443'], width: 'wide' })
    expect(result.exposure(azureId(SITE, 'restricted'))).toMatchObject({ width: 'narrow' })
    expect(result.exposure(azureId(SITE, 'frontdoor'))).toBeUndefined()
    expect(result.exposure(azureId(VAULT, 'open'))).toMatchObject({ width: 'wide' })
    expect(result.exposure(azureId(VAULT, 'closed'))).toBeUndefined()
  })

  it('reads the provider fixtures: vm-web through its NSG, the scale set through the load balancer', async () => {
    const result = runExposure(await Promise.all(['arg-cli2-compute.json', 'arg-rest-platform.json'].map((f) => fixtureFragment(`src/providers/azure/__fixtures__/${f}`))))
    expect(result.exposure(VM('vm-web'))).toMatchObject({ ports: ['22', '443', '8080-8090'], width: 'wide', sources: ['Internet', '*'] })
    const vmss = result.exposure(azureId('Microsoft.Compute/virtualMachineScaleSets', 'vmss-api'))!
    expect(vmss['entry']).toEqual(['load-balancer', 'public-ip'])
    expect(vmss['ports']).toContain('80')
    expect(result.exposure(azureId('Microsoft.Sql/servers', 'sql-app'))).toMatchObject({ ports: ['1433'], width: 'wide' })
    expect(result.exposure(azureId('Microsoft.DocumentDB/databaseAccounts', 'cosmos-app'))).toBeUndefined()
    expect(result.exposure(azureId('Microsoft.DBforMySQL/flexibleServers', 'my-app'))).toBeUndefined()
  })
})
