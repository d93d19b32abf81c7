/** @module NICs, NSGs, application security groups and public IPs: the edges exposure walks. */
import { ownerOf } from '../arm-id.js'
import { refId, refIds, subResources } from '../arm-refs.js'
import { asBoolean, asString, at, compact, field, lower } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'
import { normalizeSecurityRules } from './nsg-rules.js'

export const mapNetworkInterface: RowMapper = (row, out) => {
  const p = row.properties
  const virtualMachineId = refId(field(p, 'virtualMachine'))
  if (virtualMachineId !== undefined) out.edge(row.id, 'attached-to', virtualMachineId)
  const networkSecurityGroupId = refId(field(p, 'networkSecurityGroup'))
  if (networkSecurityGroupId !== undefined) out.edge(row.id, 'protected-by', networkSecurityGroupId)
  const privateIpAddresses: string[] = []
  const publicIpAddressIds: string[] = []
  const subnetIds = new Set<string>()
  const applicationSecurityGroupIds = new Set<string>()
  const loadBalancerBackendPoolIds: string[] = []
  const ipConfigurations = subResources(field(p, 'ipConfigurations')).map(({ name, props }) => {
    const privateIpAddress = asString(field(props, 'privateIPAddress'))
    const subnetId = refId(field(props, 'subnet'))
    const publicIpAddressId = refId(field(props, 'publicIPAddress'))
    const asgIds = refIds(field(props, 'applicationSecurityGroups'))
    const poolIds = refIds(field(props, 'loadBalancerBackendAddressPools'))
    if (privateIpAddress !== undefined) privateIpAddresses.push(privateIpAddress)
    if (subnetId !== undefined) {
      subnetIds.add(subnetId)
      out.edge(row.id, 'attached-to', subnetId)
    }
    if (publicIpAddressId !== undefined) {
      publicIpAddressIds.push(publicIpAddressId)
      out.edge(publicIpAddressId, 'attached-to', row.id)
    }
    for (const asg of asgIds) {
      applicationSecurityGroupIds.add(asg)
      out.edge(row.id, 'attached-to', asg)
    }
    loadBalancerBackendPoolIds.push(...poolIds)
    return compact({
      name,
      primary: asBoolean(field(props, 'primary')),
      privateIpAddress,
      subnetId,
      publicIpAddressId,
      applicationSecurityGroupIds: asgIds,
      loadBalancerBackendPoolIds: poolIds,
      applicationGatewayBackendPoolIds: refIds(field(props, 'applicationGatewayBackendAddressPools')),
    })
  })
  return compact({
    virtualMachineId,
    networkSecurityGroupId,
    privateEndpointId: refId(field(p, 'privateEndpoint')),
    ipConfigurations,
    privateIpAddresses,
    publicIpAddressIds,
    subnetIds: [...subnetIds],
    applicationSecurityGroupIds: [...applicationSecurityGroupIds],
    loadBalancerBackendPoolIds,
    enableIpForwarding: asBoolean(field(p, 'enableIPForwarding')),
    enableAcceleratedNetworking: asBoolean(field(p, 'enableAcceleratedNetworking')),
  })
}

export const mapNetworkSecurityGroup: RowMapper = (row, out) => {
  const p = row.properties
  const networkInterfaceIds = refIds(field(p, 'networkInterfaces'))
  const subnetIds = refIds(field(p, 'subnets'))
  for (const id of [...networkInterfaceIds, ...subnetIds]) out.edge(id, 'protected-by', row.id)
  return {
    securityRules: normalizeSecurityRules(field(p, 'securityRules'), false),
    defaultSecurityRules: normalizeSecurityRules(field(p, 'defaultSecurityRules'), true),
    networkInterfaceIds,
    subnetIds,
  }
}

export const mapPublicIpAddress: RowMapper = (row, out) => {
  const p = row.properties
  const ipConfigurationId = refId(field(p, 'ipConfiguration'))
  // The ipConfiguration is a sub-resource (…/networkInterfaces/nic/ipConfigurations/c): its owner
  // is the NIC, load balancer, application gateway, firewall or bastion that holds the address.
  const attachedToId = ipConfigurationId === undefined ? undefined : ownerOf(ipConfigurationId)
  if (attachedToId !== undefined) out.edge(row.id, 'attached-to', attachedToId)
  const natGatewayId = refId(field(p, 'natGateway'))
  if (natGatewayId !== undefined) out.edge(row.id, 'attached-to', natGatewayId)
  return compact({
    ipAddress: asString(field(p, 'ipAddress')),
    allocationMethod: lower(field(p, 'publicIPAllocationMethod')),
    ipVersion: lower(field(p, 'publicIPAddressVersion')),
    fqdn: asString(at(p, 'dnsSettings', 'fqdn')),
    ipConfigurationId,
    attachedToId: attachedToId ?? natGatewayId,
    ddosProtection: lower(at(p, 'ddosSettings', 'protectionMode')),
  })
}

export const mapApplicationSecurityGroup: RowMapper = () => ({})
