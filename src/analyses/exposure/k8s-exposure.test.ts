import { describe, expect, it } from 'vitest'
import type { GraphFragment, JsonObject } from '../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import { ACCOUNT, REGION, arn, configSnapshot, fixtureFragment, inputFragment, k8sList, runExposure } from './__fixtures__/run-exposure.js'
import type { ExposureRun } from './__fixtures__/run-exposure.js'

const CLUSTER_ARN = `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/prod`
const id = (namespace: string, kind: string, name: string): string => `k8s://prod/${namespace}/${kind}/${name}`

const pod = (name: string, labels: JsonObject, extra: JsonObject = {}): JsonObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'shop', labels },
  spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'shop/web:1.0', ports: [{ name: 'https', containerPort: 8443 }] }], ...extra },
  status: { phase: 'Running' },
})
const service = (name: string, spec: object, extra: object = {}): JsonObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'shop', ...(extra as JsonObject) },
  spec: { selector: { app: 'web' }, ports: [{ name: 'https', port: 443, targetPort: 'https', protocol: 'TCP', nodePort: 31443 }], ...(spec as JsonObject) },
})
const node = (name: string, instance: string): JsonObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name }, spec: { providerID: `aws:///eu-west-1a/${instance}` } })

const PODS = [pod('web-1', { app: 'web' }), pod('web-2', { app: 'web' }), pod('db-1', { app: 'db' })]

async function run(items: readonly JsonObject[], extra: readonly GraphFragment[] = [], trustedCidrs?: string[]): Promise<ExposureRun> {
  const fragment = await inputFragment('prod.json', k8sList(items), { clusterId: CLUSTER_ARN })
  return runExposure([fragment, ...extra], trustedCidrs === undefined ? {} : { trustedCidrs })
}

/** EKS worker VMs: node-1's instance in a public subnet, with the given security group rules. */
async function workerVm(ipPermissions: JsonObject[], publicIp?: string): Promise<GraphFragment> {
  return inputFragment(`${ACCOUNT}_Config_${REGION}_ConfigSnapshot_x.json`, configSnapshot([
    ['AWS::EC2::Subnet', 'subnet-1', { subnetId: 'subnet-1', vpcId: 'vpc-1', cidrBlock: '10.0.1.0/24' }],
    ['AWS::EC2::RouteTable', 'rtb-1', { routeTableId: 'rtb-1', vpcId: 'vpc-1', associations: [{ subnetId: 'subnet-1' }], routes: [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' }] }],
    ['AWS::EC2::SecurityGroup', 'sg-node', { groupId: 'sg-node', vpcId: 'vpc-1', ipPermissions }],
    ['AWS::EC2::Instance', 'i-0abc1234', { instanceId: 'i-0abc1234', subnetId: 'subnet-1', vpcId: 'vpc-1', securityGroups: [{ groupId: 'sg-node' }], ...(publicIp === undefined ? {} : { publicIpAddress: publicIp }) }],
  ]))
}
const NODE_PORTS = { ipProtocol: 'tcp', fromPort: 30000, toPort: 32767, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }

describe('kubernetes exposure', () => {
  it('exposes a LoadBalancer Service and the pods it selects on the service port, reached on the resolved target port', async () => {
    const result = await run([...PODS, service('web', { type: 'LoadBalancer' })])
    const svc = id('shop', 'service', 'web')
    expect(result.exposure(svc)).toMatchObject({ ports: ['443'], width: 'wide', entry: ['kubernetes-service'] })
    expect(result.exposure(id('shop', 'pod', 'web-1'))).toMatchObject({ ports: ['443'], targetPorts: ['8443'], width: 'wide', via: [svc] })
    expect(result.exposure(id('shop', 'pod', 'web-2'))).toBeDefined()
    expect(result.exposure(id('shop', 'pod', 'db-1'))).toBeUndefined()
    expect(result.edge(INTERNET_NODE_ID, svc)).toMatchObject({ ports: ['443'] })
    expect(result.edge(svc, id('shop', 'pod', 'web-1'))).toMatchObject({ ports: ['8443'], protocol: 'tcp' })
  })

  it.each([
    { case: 'ClusterIP', spec: { type: 'ClusterIP' }, meta: {}, width: undefined },
    { case: 'source ranges', spec: { type: 'LoadBalancer', loadBalancerSourceRanges: ['203.0.113.0/24'] }, meta: {}, width: 'narrow' },
    { case: 'an internal load balancer annotation', spec: { type: 'LoadBalancer' }, meta: { annotations: { 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' } }, width: undefined },
    { case: 'a private load balancer address', spec: { type: 'LoadBalancer' }, meta: {}, status: { loadBalancer: { ingress: [{ ip: '10.0.5.5' }] } }, width: undefined },
    { case: 'a public load balancer address', spec: { type: 'LoadBalancer' }, meta: {}, status: { loadBalancer: { ingress: [{ ip: '198.51.100.5' }] } }, width: 'wide' },
  ])('LoadBalancer variants: $case', async ({ spec, meta, status, width }) => {
    const svc = { ...service('web', spec, meta), ...(status === undefined ? {} : { status }) }
    const result = await run([...PODS, svc])
    expect(result.exposure(id('shop', 'pod', 'web-1'))?.['width']).toBe(width)
  })

  it('suppresses a Service open only to trusted ranges', async () => {
    const result = await run([...PODS, service('web', { type: 'LoadBalancer', loadBalancerSourceRanges: ['203.0.113.0/24'] })], [], ['203.0.113.0/24'])
    expect(result.exposedNodes()).toEqual([])
  })

  it('exposes a NodePort only when the nodes’ VMs are reachable on it', async () => {
    const items = [...PODS, node('node-1', 'i-0abc1234'), service('web', { type: 'NodePort' })]
    const privateNodes = await run(items, [await workerVm([NODE_PORTS])])
    expect(privateNodes.exposedNodes()).toEqual([])
    const closedNodes = await run(items, [await workerVm([{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }], '203.0.113.10')])
    expect(closedNodes.exposure(id('shop', 'service', 'web'))).toBeUndefined()
    const openNodes = await run(items, [await workerVm([NODE_PORTS], '203.0.113.10')])
    expect(openNodes.exposure(id('shop', 'service', 'web'))).toMatchObject({ ports: ['31443'], entry: ['node-port'], width: 'wide' })
    expect(openNodes.exposure(id('shop', 'pod', 'web-1'))).toMatchObject({ ports: ['31443'], targetPorts: ['8443'] })
    expect(openNodes.exposure(id('shop', 'pod', 'web-1'))!['via']).toContain(arn('instance', 'i-0abc1234'))
  })

  it('exposes pods with host ports on exposed nodes, on those ports only', async () => {
    const agent = pod('agent', { app: 'agent' })
    const withHostPort = { ...agent, spec: { ...(agent['spec'] as JsonObject), containers: [{ name: 'a', image: 'agent:1', ports: [{ containerPort: 9100, hostPort: 9100 }] }] } }
    const result = await run([withHostPort, pod('plain', { app: 'plain' }), node('node-1', 'i-0abc1234')], [await workerVm([{ ipProtocol: '-1', ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }], '203.0.113.10')])
    expect(result.exposure(id('shop', 'pod', 'agent'))).toMatchObject({ ports: ['9100'], entry: ['host-port'] })
    expect(result.exposure(id('shop', 'pod', 'plain'))).toBeUndefined()
  })

  it('follows an Ingress with a public address to its backend Service and pods', async () => {
    const ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', namespace: 'shop', annotations: { 'nginx.ingress.kubernetes.io/whitelist-source-range': '198.51.100.0/24' } },
      spec: { ingressClassName: 'nginx', tls: [{ hosts: ['shop.example.com'] }], rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 443 } } } }] } }] },
      status: { loadBalancer: { ingress: [{ ip: '198.51.100.9' }] } },
    }
    const result = await run([...PODS, service('web', { type: 'ClusterIP' }), ingress])
    const ing = id('shop', 'ingress', 'web')
    expect(result.exposure(ing)).toMatchObject({ ports: ['80', '443'], width: 'narrow' })
    expect(result.exposure(id('shop', 'service', 'web'))).toMatchObject({ ports: ['80', '443'], targetPorts: ['443'] })
    expect(result.exposure(id('shop', 'pod', 'web-1'))).toMatchObject({ targetPorts: ['8443'], via: [ing, id('shop', 'service', 'web')] })
    expect(result.edge(ing, id('shop', 'service', 'web'))).toMatchObject({ ports: ['443'] })
    const internal = await run([...PODS, service('web', { type: 'ClusterIP' }), { ...ingress, status: { loadBalancer: { ingress: [{ ip: '10.1.2.3' }] } } }])
    expect(internal.exposedNodes()).toEqual([])
  })

  it('reads the provider fixture: the billing LoadBalancer narrowed to 203.0.113.0/24 and its public Ingress', async () => {
    const result = runExposure([await fixtureFragment('src/providers/kubernetes/__fixtures__/list-mixed.json', { clusterId: CLUSTER_ARN })])
    const billing = (kind: string, name: string): string => `k8s://prod/shop/${kind}/${name}`
    const routes = result.exposure(billing('service', 'billing'))!['routes'] as JsonObject[]
    expect(routes.find((r) => r['kind'] === 'kubernetes-service')).toMatchObject({ ports: ['443'], width: 'narrow' })
    expect(result.exposure(billing('ingress', 'web'))).toMatchObject({ ports: ['80', '443'], width: 'wide' })
    expect(result.exposure(billing('pod', 'billing-7d9f-abcde'))).toMatchObject({ targetPorts: ['8443'] })
  })
})
