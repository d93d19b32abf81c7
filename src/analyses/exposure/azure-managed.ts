/**
 * @module Azure managed endpoints. Storage accounts and Key Vaults: public network access on and the
 * network rule set's default action Allow (wide) or IP rules (narrow). Blob containers: anonymous
 * access (`Blob`/`Container`) on an account that allows it and that the internet reaches. SQL,
 * PostgreSQL, MySQL and MariaDB servers: their firewall rules (0.0.0.0–0.0.0.0 is the "Azure
 * services" switch, not the internet). Cosmos DB IP rules, AKS API servers (authorized IP ranges,
 * private clusters), App Service access restrictions, container instances and apps, API Management.
 */
import type { Evidence, JsonObject } from '../../model/graph-types.js'
import type { ExposureRoute } from './exposure-sink.js'
import type { ExposureContext } from './exposure-context.js'
import type { Grant, Layer } from './filter-layers.js'
import { TCP_UDP } from './filter-layers.js'
import type { AzureNetwork } from './azure-compute.js'
import { azureSourceRanges, nsgsOf } from './azure-nsg.js'
import { linked, nodesOfKinds, pushTo } from './graph-walk.js'
import { ANY_ADDRESS, parseAddressText, parseIpRange } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { ALL_PORTS, singlePort } from './port-range.js'
import type { PortRange } from './port-range.js'
import { bool, num, nums, obj, objs, str, strs } from './props.js'
import { filterRule, portLayer, sourceLayer } from './rules.js'

interface SourceEntry {
  readonly sources: readonly IpRange[]
  readonly label: string
  readonly evidence: Evidence
}

const HTTPS = [singlePort(443)]
const isDisabled = (props: JsonObject): boolean => str(props, 'publicNetworkAccess')?.toLowerCase() === 'disabled'

/** Network rule set (`networkAcls`) of a storage account or vault as source entries; `[]` = closed. */
function networkRuleEntries(id: string, props: JsonObject, aclKey: string): SourceEntry[] {
  const acls = obj(props, aclKey)
  const action = (str(acls, 'defaultAction') ?? str(props, 'networkDefaultAction') ?? 'allow').toLowerCase()
  if (action === 'allow') return [{ sources: ANY_ADDRESS, label: 'all networks', evidence: { source: id, detail: `${aclKey}.defaultAction Allow (all networks)` } }]
  return strs(acls, 'ipRules').flatMap((rule, i) => {
    const range = parseAddressText(rule)
    return range === undefined ? [] : [{ sources: [range], label: rule, evidence: { source: id, detail: `${aclKey} IP rule ${rule} (default action Deny)`, location: `${aclKey}.ipRules[${i}]` } }]
  })
}

function endpointRoute(ctx: ExposureContext, id: string, kind: string, entries: readonly SourceEntry[], ports: readonly PortRange[], what: string, extra: Partial<ExposureRoute> = {}): Grant[] {
  if (entries.length === 0) return []
  const layers: Layer[] = [sourceLayer(`sources ${id} ${what}`, entries), portLayer(what, ['tcp'], ports, { source: id, detail: what })]
  const grants = ctx.evaluate(layers)
  ctx.sink.addRoute({ node: id, entry: id, kind, grants, ...extra })
  return grants
}

export function exposeStorage(ctx: ExposureContext): void {
  const g = ctx.graph
  const accountGrants = new Map<string, Grant[]>()
  for (const account of g.nodesOfKind('azure.storage.storageaccount')) {
    const props = g.nodeProps(account)
    if (isDisabled(props)) continue
    const id = g.nodeId(account)
    accountGrants.set(id, endpointRoute(ctx, id, 'managed-endpoint', networkRuleEntries(id, props, 'networkAcls'), HTTPS, 'storage endpoints (443)'))
  }
  for (const container of g.nodesOfKind('azure.storage.blobcontainer')) {
    const props = g.nodeProps(container)
    const access = (str(props, 'publicAccess') ?? 'none').toLowerCase()
    if (access === 'none' || props['deleted'] === true) continue
    const accountId = str(props, 'storageAccountId') ?? linked(g, container, 'in', 'contains', 'azure.storage.storageaccount').map((a) => g.nodeId(a))[0]
    const account = accountId === undefined ? undefined : g.indexOf(accountId)
    if (accountId === undefined || account === undefined) continue
    if (bool(g.nodeProps(account), 'allowBlobPublicAccess') === false) continue
    const grants = accountGrants.get(accountId) ?? []
    if (grants.length === 0) continue
    const id = g.nodeId(container)
    const evidence: Evidence[] = [
      { source: id, detail: `container public access level ${access === 'container' ? 'Container (list and read)' : 'Blob (read)'}` },
      { source: accountId, detail: `allowBlobPublicAccess ${bool(g.nodeProps(account), 'allowBlobPublicAccess') === true ? 'true' : 'not set (allowed)'}` },
    ]
    ctx.sink.addRoute({ node: id, entry: accountId, kind: 'public-container', grants, via: [accountId], evidence, links: [{ from: accountId, to: id, ports: HTTPS, protocols: ['tcp'], evidence }] })
    const params = { access: access === 'container' ? ['list', 'read'] : ['read'], via: ['anonymous-blob-access'], containers: [g.nodeName(container)] }
    ctx.sink.addPublicAccess(id, params, evidence)
    ctx.sink.addPublicAccess(accountId, params, evidence)
  }
}

export function exposeKeyVaults(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const vault of g.nodesOfKind('azure.keyvault.vault')) {
    const props = g.nodeProps(vault)
    if (isDisabled(props)) continue
    const id = g.nodeId(vault)
    endpointRoute(ctx, id, 'managed-endpoint', networkRuleEntries(id, props, 'networkAcls'), HTTPS, 'vault endpoint (443)', { caveats: ['every request still needs Entra ID authentication'] })
  }
}

const DATABASE_PORTS: Readonly<Record<string, number>> = {
  'azure.sql.server': 1433,
  'azure.dbforpostgresql.flexibleserver': 5432,
  'azure.dbforpostgresql.server': 5432,
  'azure.dbformysql.flexibleserver': 3306,
  'azure.dbformysql.server': 3306,
  'azure.dbformariadb.server': 3306,
}
const FIREWALL_RULE_KINDS = ['azure.sql.firewallrule', 'azure.dbforpostgresql.firewallrule', 'azure.dbformysql.firewallrule', 'azure.unmapped.microsoft.dbformariadb/servers/firewallrules']

function firewallEntries(ctx: ExposureContext, rules: readonly number[]): { entries: SourceEntry[]; azureServices: boolean } {
  const g = ctx.graph
  let azureServices = false
  const entries = rules.flatMap((rule) => {
    const p = g.nodeProps(rule)
    const config = obj(p, 'config')
    const start = str(p, 'startIpAddress') ?? str(config, 'startIpAddress', 'startIP')
    const end = str(p, 'endIpAddress') ?? str(config, 'endIpAddress', 'endIP')
    if (start === undefined || end === undefined) return []
    if (start === '0.0.0.0' && end === '0.0.0.0') {
      azureServices = true
      return []
    }
    const range = parseIpRange(start, end)
    return range === undefined ? [] : [{ sources: [range], label: `${start}-${end}`, evidence: { source: g.nodeId(rule), detail: `firewall rule ${g.nodeName(rule)}: ${start}–${end}` } }]
  })
  return { entries, azureServices }
}

export function exposeDatabaseServers(ctx: ExposureContext, net: AzureNetwork): void {
  const g = ctx.graph
  const rulesByServer = new Map<string, number[]>()
  for (const rule of nodesOfKinds(g, ...FIREWALL_RULE_KINDS)) {
    const server = str(g.nodeProps(rule), 'serverId') ?? linked(g, rule, 'in', 'protected-by').map((s) => g.nodeId(s))[0]
    if (server !== undefined) pushTo(rulesByServer, server, rule)
  }
  for (const [kind, port] of Object.entries(DATABASE_PORTS)) {
    for (const server of g.nodesOfKind(kind)) {
      const props = g.nodeProps(server)
      if (isDisabled(props) || str(props, 'delegatedSubnetId') !== undefined) continue
      const id = g.nodeId(server)
      const rules = [...new Set([...(rulesByServer.get(id) ?? []), ...linked(g, server, 'out', 'protected-by', ...FIREWALL_RULE_KINDS)])].sort((a, b) => a - b)
      const { entries, azureServices } = firewallEntries(ctx, rules)
      const grants = endpointRoute(ctx, id, 'managed-endpoint', entries, [singlePort(port)], `database endpoint (${port})`, {
        caveats: azureServices ? ['the firewall also admits every Azure service (0.0.0.0–0.0.0.0)'] : [],
      })
      if (grants.length === 0) continue
      // Databases of a logical server answer on the server's endpoint.
      for (const db of linked(g, server, 'out', 'contains', 'azure.sql.database')) {
        const link = { from: id, to: g.nodeId(db), ports: [singlePort(port)], protocols: ['tcp' as const], evidence: [{ source: id, detail: `database ${g.nodeName(db)} of the server` }] }
        ctx.sink.addRoute({ node: g.nodeId(db), entry: id, kind: 'managed-endpoint', grants, via: [id], links: [link] })
      }
    }
  }
  for (const mi of g.nodesOfKind('azure.sql.managedinstance')) {
    const props = g.nodeProps(mi)
    if (bool(props, 'publicDataEndpointEnabled') !== true) continue
    const id = g.nodeId(mi)
    const subnet = str(props, 'subnetId')
    const index = subnet === undefined ? undefined : g.indexOf(subnet)
    const nsgs = index === undefined ? [] : nsgsOf(g, index, 'networkSecurityGroupId')
    const layers: Layer[] = [
      portLayer('public data endpoint', ['tcp'], [singlePort(3342)], { source: id, detail: 'public data endpoint (3342)' }),
      ...nsgs.map((nsg) => net.nsg.layer(nsg, { addresses: [], asgs: new Set() })),
    ]
    ctx.sink.addRoute({ node: id, entry: id, kind: 'managed-endpoint', grants: ctx.evaluate(layers) })
  }
}

export function exposeCosmosAccounts(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const account of g.nodesOfKind('azure.documentdb.databaseaccount')) {
    const props = g.nodeProps(account)
    if (isDisabled(props)) continue
    const id = g.nodeId(account)
    // `0.0.0.0` admits Azure datacenters, not the internet.
    const rules = strs(props, 'ipRules').filter((r) => r !== '0.0.0.0')
    const entries: SourceEntry[] = rules.length > 0
      ? rules.flatMap((rule, i) => {
          const range = parseAddressText(rule)
          return range === undefined ? [] : [{ sources: [range], label: rule, evidence: { source: id, detail: `IP rule ${rule}`, location: `ipRules[${i}]` } }]
        })
      : bool(props, 'virtualNetworkFilterEnabled') === true || strs(props, 'ipRules').length > 0
        ? []
        : [{ sources: ANY_ADDRESS, label: 'all networks', evidence: { source: id, detail: 'no IP rules and no virtual network filter (all networks)' } }]
    endpointRoute(ctx, id, 'managed-endpoint', entries, HTTPS, 'Cosmos DB endpoint (443)', bool(props, 'localAuthDisabled') === true ? { caveats: ['local (key) authentication disabled'] } : {})
  }
}

export function exposeAksApiServers(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const cluster of g.nodesOfKind('azure.containerservice.managedcluster')) {
    const props = g.nodeProps(cluster)
    if (bool(props, 'privateCluster') === true || props['apiServerPublic'] === false) continue
    const id = g.nodeId(cluster)
    const ranges = strs(props, 'authorizedIpRanges')
    const entries: SourceEntry[] = ranges.length === 0
      ? [{ sources: ANY_ADDRESS, label: '*', evidence: { source: id, detail: 'public API server without authorized IP ranges' } }]
      : ranges.flatMap((r) => {
          const range = parseAddressText(r)
          return range === undefined ? [] : [{ sources: [range], label: r, evidence: { source: id, detail: `API server authorized IP range ${r}` } }]
        })
    endpointRoute(ctx, id, 'kubernetes-api', entries, HTTPS, 'Kubernetes API server (443)', { caveats: ['the API server still authenticates every request'] })
  }
}

/** App Service access restrictions, in priority order, with the default action after them. */
function accessRestrictionLayer(id: string, props: JsonObject): Layer {
  const restrictions = objs(props, 'ipSecurityRestrictions')
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (num(a.r, 'priority') ?? 2147483647) - (num(b.r, 'priority') ?? 2147483647))
  const rules = restrictions.flatMap(({ r, i }) => {
    const address = str(r, 'ipAddress')
    const tag = (str(r, 'tag') ?? 'default').toLowerCase()
    if (address === undefined || tag !== 'default') return []
    const sources = address.toLowerCase() === 'any' ? ANY_ADDRESS : azureSourceRanges(address)
    if (sources.length === 0) return []
    const action = (str(r, 'action') ?? 'allow').toLowerCase() === 'deny' ? 'deny' : 'allow'
    return [filterRule(action, TCP_UDP, [ALL_PORTS], sources, { source: id, detail: `access restriction ${str(r, 'name') ?? i}: ${action} ${address}`, location: `ipSecurityRestrictions[${i}]` }, [address])]
  })
  const configured = str(obj(obj(props, 'config'), 'siteConfig'), 'ipSecurityRestrictionsDefaultAction')?.toLowerCase()
  // Without restrictions every caller is allowed; with any, unmatched callers are denied unless the default says Allow.
  const defaultAllow = configured === undefined ? restrictions.length === 0 : configured === 'allow'
  const fallback = defaultAllow ? [filterRule('allow', TCP_UDP, [ALL_PORTS], ANY_ADDRESS, { source: id, detail: restrictions.length === 0 ? 'no access restrictions' : 'access restrictions default action Allow' }, ['*'])] : []
  return { name: `access restrictions ${id}`, rules: [...rules, ...fallback] }
}

export function exposeAppServices(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const site of nodesOfKinds(g, 'azure.web.site', 'azure.web.functionapp')) {
    const props = g.nodeProps(site)
    if (isDisabled(props) || str(props, 'state') === 'stopped') continue
    const id = g.nodeId(site)
    const ports = bool(props, 'httpsOnly') === true ? HTTPS : [singlePort(80), singlePort(443)]
    const layers = [accessRestrictionLayer(id, props), portLayer('web endpoint', ['tcp'], ports, { source: id, detail: `${str(props, 'defaultHostName') ?? 'web endpoint'}` })]
    ctx.sink.addRoute({
      node: id,
      entry: id,
      kind: 'app-service',
      grants: ctx.evaluate(layers),
      caveats: bool(props, 'authEnabled') === true ? ['App Service authentication is on'] : [],
    })
  }
}

export function exposeContainersAndApis(ctx: ExposureContext): void {
  const g = ctx.graph
  const open = (id: string, detail: string): SourceEntry[] => [{ sources: ANY_ADDRESS, label: '*', evidence: { source: id, detail } }]
  for (const group of g.nodesOfKind('azure.containerinstance.containergroup')) {
    const props = g.nodeProps(group)
    if (bool(props, 'isPublic') !== true) continue
    const id = g.nodeId(group)
    const ports = nums(props, 'ports').map(singlePort)
    endpointRoute(ctx, id, 'public-ip', open(id, `public IP ${str(props, 'ipAddress') ?? ''}`.trim()), ports.length === 0 ? [ALL_PORTS] : ports, 'container group ports')
  }
  for (const app of g.nodesOfKind('azure.app.containerapp')) {
    const props = g.nodeProps(app)
    if (bool(props, 'externalIngress') !== true) continue
    const id = g.nodeId(app)
    const ports = bool(props, 'allowInsecure') === true ? [singlePort(80), singlePort(443)] : HTTPS
    endpointRoute(ctx, id, 'managed-endpoint', open(id, `external ingress ${str(props, 'fqdn') ?? ''}`.trim()), ports, 'container app ingress')
  }
  for (const apim of g.nodesOfKind('azure.apimanagement.service')) {
    const props = g.nodeProps(apim)
    if (isDisabled(props) || str(props, 'virtualNetworkType') === 'internal' || bool(props, 'gatewayDisabled') === true) continue
    const id = g.nodeId(apim)
    endpointRoute(ctx, id, 'api-endpoint', open(id, `gateway ${str(props, 'gatewayUrl') ?? ''}`.trim()), HTTPS, 'API Management gateway (443)')
  }
}
