/** @module Load balancers, application gateways, firewalls, NAT gateways and bastions: the public front doors. */
import type { JsonObject } from '../../../model/graph-types.js'
import type { ArmRow } from '../arm-row.js'
import { refId, refIds, subResources } from '../arm-refs.js'
import { asArray, asBoolean, asNumber, asObject, asString, at, compact, field, lower, strings } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'
import type { RowSink } from '../row-sink.js'

/** Public IPs and subnets of `ipConfigurations`-like lists: IP attached-to the gateway, gateway attached-to subnet. */
function frontDoor(row: ArmRow, list: unknown, out: RowSink): { publicIpAddressIds: string[]; subnetIds: string[] } {
  const publicIpAddressIds: string[] = []
  const subnetIds: string[] = []
  for (const { props } of subResources(list)) {
    const ip = refId(field(props, 'publicIPAddress'))
    const subnet = refId(field(props, 'subnet'))
    if (ip !== undefined) {
      publicIpAddressIds.push(ip)
      out.edge(ip, 'attached-to', row.id)
    }
    if (subnet !== undefined) {
      subnetIds.push(subnet)
      out.edge(row.id, 'attached-to', subnet)
    }
  }
  return { publicIpAddressIds, subnetIds }
}

const natRule = ({ name, props }: { name: string | undefined; props: JsonObject }): JsonObject =>
  compact({
    name,
    protocol: lower(field(props, 'protocol')),
    frontendPort: asNumber(field(props, 'frontendPort')),
    frontendPortRangeStart: asNumber(field(props, 'frontendPortRangeStart')),
    frontendPortRangeEnd: asNumber(field(props, 'frontendPortRangeEnd')),
    backendPort: asNumber(field(props, 'backendPort')),
    frontendIpConfigurationId: refId(field(props, 'frontendIPConfiguration')),
    backendPoolIds: [...refIds(field(props, 'backendAddressPools')), ...refIds([field(props, 'backendAddressPool')])],
  })

export const mapLoadBalancer: RowMapper = (row, out) => {
  const p = row.properties
  const { publicIpAddressIds, subnetIds } = frontDoor(row, field(p, 'frontendIPConfigurations'), out)
  return compact({
    publicIpAddressIds,
    subnetIds,
    isPublic: publicIpAddressIds.length > 0,
    frontendPrivateIpAddresses: subResources(field(p, 'frontendIPConfigurations')).flatMap(
      ({ props }) => asString(field(props, 'privateIPAddress')) ?? [],
    ),
    loadBalancingRules: subResources(field(p, 'loadBalancingRules')).map(natRule),
    inboundNatRules: subResources(field(p, 'inboundNatRules')).map(natRule),
    backendPoolIds: refIds(field(p, 'backendAddressPools')),
  })
}

export const mapApplicationGateway: RowMapper = (row, out) => {
  const p = row.properties
  const { publicIpAddressIds } = frontDoor(row, field(p, 'frontendIPConfigurations'), out)
  const { subnetIds } = frontDoor(row, field(p, 'gatewayIPConfigurations'), out)
  const ports = new Map(
    subResources(field(p, 'frontendPorts')).flatMap(({ id, props }) => {
      const port = asNumber(field(props, 'port'))
      return id === undefined || port === undefined ? [] : [[id, port] as const]
    }),
  )
  const waf = asObject(field(p, 'webApplicationFirewallConfiguration'))
  const firewallPolicyId = refId(field(p, 'firewallPolicy'))
  return compact({
    publicIpAddressIds,
    subnetIds,
    isPublic: publicIpAddressIds.length > 0,
    listeners: subResources(field(p, 'httpListeners')).map(({ name, props }) => {
      const portId = refId(field(props, 'frontendPort'))
      return compact({
        name,
        protocol: lower(field(props, 'protocol')),
        port: portId === undefined ? undefined : ports.get(portId),
        hostNames: [...strings(field(props, 'hostName')), ...strings(field(props, 'hostNames'))],
      })
    }),
    wafEnabled: asBoolean(field(waf, 'enabled')) ?? (firewallPolicyId !== undefined ? true : undefined),
    wafMode: lower(field(waf, 'firewallMode')),
    firewallPolicyId,
    backendAddresses: subResources(field(p, 'backendAddressPools')).flatMap(({ props }) =>
      asArray(field(props, 'backendAddresses')).flatMap((a) => {
        const address = asObject(a)
        return asString(field(address, 'fqdn')) ?? asString(field(address, 'ipAddress')) ?? []
      }),
    ),
    sslPolicy: asObject(field(p, 'sslPolicy')),
  })
}

export const mapAzureFirewall: RowMapper = (row, out) => {
  const p = row.properties
  const { publicIpAddressIds, subnetIds } = frontDoor(row, field(p, 'ipConfigurations'), out)
  const firewallPolicyId = refId(field(p, 'firewallPolicy'))
  if (firewallPolicyId !== undefined) out.edge(firewallPolicyId, 'attached-to', row.id)
  return compact({
    publicIpAddressIds,
    subnetIds,
    firewallPolicyId,
    threatIntelMode: lower(field(p, 'threatIntelMode')),
    skuTier: lower(at(p, 'sku', 'tier')),
    networkRuleCollectionCount: asArray(field(p, 'networkRuleCollections')).length,
    applicationRuleCollectionCount: asArray(field(p, 'applicationRuleCollections')).length,
    natRuleCollectionCount: asArray(field(p, 'natRuleCollections')).length,
  })
}

export const mapFirewallPolicy: RowMapper = (row) =>
  compact({
    threatIntelMode: lower(field(row.properties, 'threatIntelMode')),
    intrusionDetectionMode: lower(at(row.properties, 'intrusionDetection', 'mode')),
    firewallIds: refIds(field(row.properties, 'firewalls')),
  })

export const mapNatGateway: RowMapper = (row, out) => {
  const publicIpAddressIds = refIds(field(row.properties, 'publicIpAddresses'))
  for (const ip of publicIpAddressIds) out.edge(ip, 'attached-to', row.id)
  return { publicIpAddressIds, subnetIds: refIds(field(row.properties, 'subnets')) }
}

export const mapBastionHost: RowMapper = (row, out) => {
  const { publicIpAddressIds, subnetIds } = frontDoor(row, field(row.properties, 'ipConfigurations'), out)
  return compact({ publicIpAddressIds, subnetIds, dnsName: asString(field(row.properties, 'dnsName')) })
}
