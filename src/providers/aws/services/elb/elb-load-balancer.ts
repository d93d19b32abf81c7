/**
 * @module Classic (AWS::ElasticLoadBalancing::LoadBalancer) and v2 (ALB/NLB/GWLB) load balancers:
 * scheme, listeners of classic ELBs, SGs, subnets. A classic ELB lists its instances in plain
 * config, so it routes traffic to them on its listener ports.
 */
import type { JsonObject } from '../../../../model/graph-types.js'
import { compact, field, num, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { isArn } from '../../core/arn.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigItem } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

function groupRefs(ci: ConfigItem): string[] {
  const ids = strings(ci.configuration, 'securityGroups', 'SecurityGroups')
  return unique(ids.map((id) => (isArn(id) ? id : ec2Ref(ci, 'security-group', id))))
}

function vpcRef(ci: ConfigItem): string | undefined {
  const id = str(ci.configuration, 'vpcId', 'vpcid', 'VPCId')
  return id === undefined ? undefined : ec2Ref(ci, 'vpc', id)
}

export const mapClassicLoadBalancer: ConfigMapper = (ci) => {
  const c = ci.configuration
  const listeners: JsonObject[] = objects(c, 'listenerDescriptions').map((d) => {
    const l = obj(d, 'listener') ?? d
    return compact({
      protocol: str(l, 'protocol')?.toLowerCase(),
      port: num(l, 'loadBalancerPort'),
      instanceProtocol: str(l, 'instanceProtocol')?.toLowerCase(),
      instancePort: num(l, 'instancePort'),
      certificateArn: str(l, 'sslcertificateId', 'sSLCertificateId', 'SSLCertificateId'),
    })
  })
  const instances = unique(objects(c, 'instances').flatMap((i) => strings(i, 'instanceId')).map((id) => ec2Ref(ci, 'instance', id)))
  const groups = groupRefs(ci)
  const scheme = str(c, 'scheme')
  const instancePorts = unique(listeners.flatMap((l) => (typeof l['instancePort'] === 'number' ? [l['instancePort']] : [])))
  return {
    kind: 'aws.elb.load-balancer',
    name: str(c, 'loadBalancerName') ?? ci.resourceName,
    props: compact({
      loadBalancerName: str(c, 'loadBalancerName') ?? ci.resourceId,
      type: 'classic',
      scheme,
      internetFacing: scheme === undefined ? undefined : scheme === 'internet-facing',
      dnsName: str(c, 'dnsname', 'dNSName', 'DNSName'),
      listeners,
      listenerPorts: unique(listeners.flatMap((l) => (typeof l['port'] === 'number' ? [l['port']] : []))),
      securityGroupIds: groups,
      subnetIds: strings(c, 'subnets').map((id) => ec2Ref(ci, 'subnet', id)),
      vpcId: vpcRef(ci),
      instanceIds: instances,
    }),
    edges: [
      ...groups.map((g) => edge(ci.arn, g, 'protected-by')),
      ...instances.map((i) => edge(ci.arn, i, 'routes-traffic-to', { ports: instancePorts, source: 'config' })),
    ],
  }
}

export const mapLoadBalancerV2: ConfigMapper = (ci) => {
  const c = ci.configuration
  const groups = groupRefs(ci)
  const scheme = str(c, 'scheme')
  const zones = objects(c, 'availabilityZones')
  return {
    kind: 'aws.elbv2.load-balancer',
    name: str(c, 'loadBalancerName') ?? ci.resourceName,
    props: compact({
      loadBalancerName: str(c, 'loadBalancerName') ?? ci.resourceName,
      type: str(c, 'type')?.toLowerCase(),
      scheme,
      internetFacing: scheme === undefined ? undefined : scheme === 'internet-facing',
      dnsName: str(c, 'dNSName', 'dnsName', 'DNSName'),
      ipAddressType: str(c, 'ipAddressType'),
      state: str(obj(c, 'state'), 'code'),
      securityGroupIds: groups,
      subnetIds: unique(zones.flatMap((z) => strings(z, 'subnetId')).map((id) => ec2Ref(ci, 'subnet', id))),
      publicIps: unique(zones.flatMap((z) => objects(z, 'loadBalancerAddresses').flatMap((a) => strings(a, 'ipAddress')))),
      vpcId: vpcRef(ci),
      attributes: field(ci.supplementary, 'LoadBalancerAttributes') ?? field(c, 'loadBalancerAttributes'),
    }),
    edges: groups.map((g) => edge(ci.arn, g, 'protected-by')),
  }
}
