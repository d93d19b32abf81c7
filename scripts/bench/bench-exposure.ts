/**
 * Internet-exposure benchmark: a generated multi-cloud estate shaped like the providers' output
 * (seeded, deterministic) — AWS VPCs with route tables, ACLs, shared security groups, instances
 * (10% with a public IP) and internet-facing ALBs; Azure VNets, NSGs, NICs, VMs and public IPs;
 * GCP networks, firewall rules and instances; Kubernetes pods behind LoadBalancer and ClusterIP
 * Services — then one run of the analysis: time, heap growth and output size.
 */
import { GraphBuilder } from '../../src/graph/graph-builder.js'
import type { EdgeInput, JsonObject, NodeInput } from '../../src/model/graph-types.js'
import { INTERNET_NODE_ID } from '../../src/model/graph-types.js'
import { internetExposureAnalysis } from '../../src/analyses/exposure/internet-exposure.js'

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`

export interface ExposureBenchOptions {
  /** Approximate number of nodes of the generated estate. */
  readonly resources: number
}

/** Generates the estate; roughly 40% AWS, 25% Azure, 15% GCP, 20% Kubernetes nodes. */
export function exposureEstate(resources: number): { nodes: NodeInput[]; edges: EdgeInput[] } {
  const random = mulberry32(11)
  const pick = (n: number): number => Math.floor(random() * n)
  const nodes: NodeInput[] = [{ id: INTERNET_NODE_ID, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' }]
  const edges: EdgeInput[] = []
  const aws = (id: string, kind: string, family: NodeInput['family'], props: JsonObject): void => {
    nodes.push({ id, kind, family, provider: 'aws', scope: 'aws://accounts/111122223333', name: id.split('/').pop()!, props })
  }
  const arn = (segment: string, id: string): string => `arn:aws:ec2:eu-west-1:111122223333:${segment}/${id}`
  const rule = (port: number, cidr: string): JsonObject => ({ direction: 'ingress', protocol: 'tcp', fromPort: port, toPort: port, cidrs: [cidr], securityGroups: [], prefixListIds: [] })

  // AWS: one VPC per 2 000 instances, a public and a private subnet each, 200 shared security groups.
  const instances = Math.round(resources * 0.3)
  const vpcs = Math.max(1, Math.ceil(instances / 2000))
  for (let v = 0; v < vpcs; v++) {
    aws(arn('vpc', `vpc-${v}`), 'aws.ec2.vpc', 'network', { cidrBlock: '10.0.0.0/16' })
    for (const kind of ['pub', 'priv']) {
      const subnet = arn('subnet', `subnet-${kind}-${v}`)
      aws(subnet, 'aws.ec2.subnet', 'subnet', { vpcId: arn('vpc', `vpc-${v}`), cidrBlock: kind === 'pub' ? '10.0.1.0/24' : '10.0.2.0/24' })
      aws(arn('route-table', `rtb-${kind}-${v}`), 'aws.ec2.route-table', 'route-table', {
        vpcId: arn('vpc', `vpc-${v}`),
        subnetIds: [subnet],
        routes: [{ destination: '0.0.0.0/0', targetType: kind === 'pub' ? 'internet-gateway' : 'nat-gateway', target: arn(kind === 'pub' ? 'internet-gateway' : 'natgateway', `gw-${v}`) }],
      })
    }
    aws(arn('network-acl', `acl-${v}`), 'aws.ec2.network-acl', 'network-security-group', {
      vpcId: arn('vpc', `vpc-${v}`),
      isDefault: true,
      entries: [
        { ruleNumber: 100, direction: 'ingress', action: 'deny', protocol: 'tcp', fromPort: 3389, toPort: 3389, cidr: '0.0.0.0/0' },
        { ruleNumber: 200, direction: 'ingress', action: 'allow', protocol: 'all', fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0' },
      ],
    })
  }
  for (let s = 0; s < 200; s++) {
    aws(arn('security-group', `sg-${s}`), 'aws.ec2.security-group', 'network-security-group', {
      ingressRules: [rule(443, '0.0.0.0/0'), rule(22, s % 3 === 0 ? '0.0.0.0/0' : `198.51.${s % 200}.0/24`), rule(5432, '10.0.0.0/8'), rule(8080, '10.0.0.0/16')],
    })
  }
  for (let i = 0; i < instances; i++) {
    const v = i % vpcs
    const isPublic = random() < 0.1
    aws(arn('instance', `i-${i}`), 'aws.ec2.instance', 'vm', {
      subnetId: arn('subnet', `subnet-${isPublic ? 'pub' : 'priv'}-${v}`),
      vpcId: arn('vpc', `vpc-${v}`),
      securityGroupIds: [arn('security-group', `sg-${pick(200)}`), arn('security-group', `sg-${pick(200)}`)],
      ...(isPublic ? { publicIp: `203.0.${(i >> 8) & 255}.${i & 255}`, publicIps: [`203.0.${(i >> 8) & 255}.${i & 255}`] } : {}),
    })
  }
  const albs = Math.max(1, Math.round(instances / 200))
  for (let l = 0; l < albs; l++) {
    const lb = `arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/alb-${l}/1`
    const listener = `${lb.replace(':loadbalancer/', ':listener/')}/1`
    const tg = `arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tg-${l}/1`
    aws(lb, 'aws.elbv2.load-balancer', 'load-balancer', { type: 'application', internetFacing: true, securityGroupIds: [arn('security-group', 'sg-0')] })
    aws(listener, 'aws.elbv2.listener', 'load-balancer', { loadBalancerArn: lb, port: 443, protocol: 'https', targetGroupArns: [tg] })
    aws(tg, 'aws.elbv2.target-group', 'load-balancer', { port: 8080 })
    edges.push({ from: listener, to: tg, kind: 'routes-traffic-to', props: { ports: [443] } })
    for (let t = 0; t < 10; t++) edges.push({ from: tg, to: arn('instance', `i-${pick(instances)}`), kind: 'routes-traffic-to', props: { ports: [8080] } })
  }

  // Azure: NIC + VM per machine, 100 shared NSGs, 15% with a public IP.
  const sub = '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg/providers'
  const az = (id: string, kind: string, family: NodeInput['family'], props: JsonObject): void => {
    nodes.push({ id, kind, family, provider: 'azure', scope: '/subscriptions/00000000-0000-0000-0000-000000000001', name: id.split('/').pop()!, props })
  }
  for (let n = 0; n < 100; n++) {
    az(`${sub}/microsoft.network/networksecuritygroups/nsg-${n}`, 'azure.network.networksecuritygroup', 'network-security-group', {
      securityRules: [
        { name: 'deny-rdp', priority: 100, direction: 'inbound', access: 'deny', protocol: 'tcp', sourceAddressPrefixes: ['*'], destinationAddressPrefixes: ['*'], destinationPorts: [{ from: 3389, to: 3389 }] },
        { name: 'https', priority: 200, direction: 'inbound', access: 'allow', protocol: 'tcp', sourceAddressPrefixes: ['Internet'], destinationAddressPrefixes: ['*'], destinationPorts: [{ from: 443, to: 443 }] },
        { name: 'ssh', priority: 300, direction: 'inbound', access: 'allow', protocol: 'tcp', sourceAddressPrefixes: [n % 2 === 0 ? '*' : '198.51.100.0/24'], destinationAddressPrefixes: ['10.0.0.0/8'], destinationPorts: [{ from: 22, to: 22 }] },
      ],
      defaultSecurityRules: [{ name: 'DenyAllInBound', priority: 65500, direction: 'inbound', access: 'deny', protocol: '*', sourceAddressPrefixes: ['*'], destinationAddressPrefixes: ['*'], destinationPorts: [{ from: 0, to: 65535 }] }],
    })
  }
  const vms = Math.round(resources * 0.08)
  for (let m = 0; m < vms; m++) {
    const vm = `${sub}/microsoft.compute/virtualmachines/vm-${m}`
    const nic = `${sub}/microsoft.network/networkinterfaces/nic-${m}`
    const pip = random() < 0.15 ? `${sub}/microsoft.network/publicipaddresses/pip-${m}` : undefined
    az(vm, 'azure.compute.virtualmachine', 'vm', { networkInterfaceIds: [nic] })
    az(nic, 'azure.network.networkinterface', 'network-interface', {
      virtualMachineId: vm,
      networkSecurityGroupId: `${sub}/microsoft.network/networksecuritygroups/nsg-${pick(100)}`,
      ipConfigurations: [{ name: 'ipconfig1', privateIpAddress: `10.1.${(m >> 8) & 255}.${m & 255}`, ...(pip === undefined ? {} : { publicIpAddressId: pip }) }],
    })
    edges.push({ from: nic, to: vm, kind: 'attached-to' })
    if (pip !== undefined) az(pip, 'azure.network.publicipaddress', 'public-ip', { ipAddress: `198.18.${(m >> 8) & 255}.${m & 255}`, sku: { name: 'Standard' } })
  }

  // GCP: instances on 10 networks with 50 firewall rules each, 10% with an external IP.
  const gcp = (id: string, kind: string, family: NodeInput['family'], props: JsonObject): void => {
    nodes.push({ id, kind, family, provider: 'gcp', scope: '//cloudresourcemanager.googleapis.com/projects/1', name: id.split('/').pop()!, props })
  }
  for (let n = 0; n < 10; n++) {
    for (let f = 0; f < 50; f++) {
      gcp(`//compute.googleapis.com/projects/p/global/firewalls/fw-${n}-${f}`, 'gcp.compute.firewall', 'network-security-group', {
        network: `//compute.googleapis.com/projects/p/global/networks/net-${n}`,
        direction: 'ingress',
        priority: 1000 + f,
        action: f % 7 === 0 ? 'deny' : 'allow',
        allowed: f % 7 === 0 ? [] : [{ protocol: 'tcp', ports: [String(8000 + f)], portRanges: [{ from: 8000 + f, to: 8000 + f }] }],
        denied: f % 7 === 0 ? [{ protocol: 'tcp', ports: ['22'], portRanges: [{ from: 22, to: 22 }] }] : [],
        sourceRanges: [f % 5 === 0 ? '0.0.0.0/0' : `192.0.2.${f}/32`],
        targetTags: f % 2 === 0 ? [`tag-${f % 10}`] : [],
      })
    }
  }
  const gces = Math.round(resources * 0.15)
  for (let i = 0; i < gces; i++) {
    gcp(`//compute.googleapis.com/projects/p/zones/z/instances/vm-${i}`, 'gcp.compute.instance', 'vm', {
      networkInterfaces: [{ network: `//compute.googleapis.com/projects/p/global/networks/net-${i % 10}`, externalIps: random() < 0.1 ? ['198.51.100.1'] : [], hasExternalAccess: false }],
      networkTags: [`tag-${pick(10)}`],
      serviceAccountEmails: [],
    })
  }

  // Kubernetes: pods of 10 replicas behind a Service each; 5% of Services are LoadBalancers.
  const pods = Math.round(resources * 0.18)
  const apps = Math.max(1, Math.round(pods / 10))
  for (let a = 0; a < apps; a++) {
    const namespace = `ns-${a % 50}`
    nodes.push({
      id: `k8s://bench/${namespace}/service/app-${a}`,
      kind: 'k8s.service',
      family: 'k8s-service',
      provider: 'kubernetes',
      scope: 'k8s://bench',
      props: { namespace, type: a % 20 === 0 ? 'LoadBalancer' : 'ClusterIP', selector: { app: `app-${a}` }, ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 8443 }] },
    })
    for (let r = 0; r < 10; r++) {
      nodes.push({ id: `k8s://bench/${namespace}/pod/app-${a}-${r}`, kind: 'k8s.pod', family: 'pod', provider: 'kubernetes', scope: 'k8s://bench', tags: { app: `app-${a}` }, props: { namespace, containers: [] } })
    }
  }
  return { nodes, edges }
}

export function benchInternetExposure(o: ExposureBenchOptions): Record<string, number> {
  const estate = exposureEstate(o.resources)
  const builder = new GraphBuilder()
  builder.addFragment(estate)
  const { graph } = builder.build()
  estate.nodes.length = 0
  estate.edges.length = 0
  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const derivation = internetExposureAnalysis.run(graph, { options: { trustedCidrs: ['192.0.2.0/28'] } })
  const cpu = process.cpuUsage(cpu0)
  const ms = performance.now() - t0
  const heapAfter = process.memoryUsage().heapUsed
  const result = {
    nodes: graph.nodeCount,
    ms: Math.round(ms),
    // CPU time of the run: wall time on a shared machine mostly measures the neighbours.
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    heapDeltaMb: Math.round((heapAfter - heapBefore) / 1048576),
    exposed: (derivation.insights ?? []).filter((i) => i.insight.id === 'exposed-to-internet').length,
    edges: derivation.edges?.length ?? 0,
  }
  console.log(
    `internet-exposure: ${result.nodes} nodes → ${result.exposed} exposed, ${result.edges} routes-traffic-to edges in ${result.ms} ms (${result.cpuMs} ms CPU), ` +
      `heap +${mb(heapAfter - heapBefore)} (rss ${mb(process.memoryUsage().rss)})`,
  )
  return result
}
