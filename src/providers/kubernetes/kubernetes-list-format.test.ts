import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { detectFixture, readFixture } from '../../../test/helpers/read-fixture.js'
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { EdgeInput, NodeInput } from '../../model/graph-types.js'
import { CTX, ec2, makeCi } from '../aws/__fixtures__/make-ci.js'
import { mapConfigItem } from '../aws/config/map-config-item.js'
import { KUBERNETES_KINDS } from './kubernetes-kinds.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
const EKS = 'arn:aws:eks:eu-west-1:111122223333:cluster/prod'

const byId = (nodes: readonly NodeInput[], id: string): NodeInput => {
  const node = nodes.find((n) => n.id === id)
  if (node === undefined) throw new Error(`no node ${id}`)
  return node
}
const hasEdge = (edges: readonly EdgeInput[], from: string, kind: string, to: string): boolean =>
  edges.some((e) => e.from === from && e.kind === kind && e.to === to)

describe('kubernetes-list', () => {
  it('detects a kubectl List and maps every kind onto its registered family', async () => {
    const result = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    expect(result.format).toBe('kubernetes-list')
    const kinds = new Set(result.fragment.nodes.map((n) => n.kind))
    for (const kind of ['k8s.cluster', 'k8s.namespace', 'k8s.pod', 'k8s.container', 'container.image', 'k8s.deployment',
      'k8s.replicaset', 'k8s.statefulset', 'k8s.daemonset', 'k8s.job', 'k8s.cronjob', 'k8s.service', 'k8s.ingress',
      'k8s.networkpolicy', 'k8s.serviceaccount', 'k8s.role', 'k8s.clusterrole', 'k8s.rolebinding', 'k8s.clusterrolebinding',
      'k8s.secret', 'k8s.configmap', 'k8s.node', 'k8s.user', 'k8s.group', 'k8s.unmapped.persistentvolumeclaim']) {
      expect(kinds, kind).toContain(kind)
    }
    for (const node of result.fragment.nodes) {
      const info = (KUBERNETES_KINDS as Record<string, { family: string } | undefined>)[node.kind]
      if (info !== undefined) expect(node.family, node.kind).toBe(info.family)
      expect(node.provider).toBe('kubernetes')
    }
  })

  it('names the cluster from an EKS ARN and links it to the cloud cluster', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    const cluster = byId(fragment.nodes, 'k8s://prod')
    expect(cluster.family).toBe('k8s-cluster')
    expect(cluster.props?.cloudClusterId).toBe(EKS)
    expect(hasEdge(fragment.edges, 'k8s://prod', 'attached-to', EKS)).toBe(true)
    expect(fragment.nodes.filter((n) => n.kind !== 'container.image').every((n) => n.scope === 'k8s://prod')).toBe(true)
  })

  it('normalizes pod security facts, volumes, identity and secret references', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    const pod = byId(fragment.nodes, 'k8s://prod/shop/pod/billing-7d9f-abcde')
    expect(pod.props).toMatchObject({
      privileged: true,
      hostPID: true,
      hostNetwork: false,
      hostIPC: false,
      allowPrivilegeEscalation: true,
      capabilitiesAdd: ['NET_RAW', 'SYS_ADMIN'],
      serviceAccountName: 'billing',
      runAsUser: 1000,
      hostPathVolumes: [{ name: 'host-root', path: '/', type: 'Directory' }],
      secretVolumes: ['billing-creds'],
      projectedServiceAccountToken: true,
      hostPorts: [8443],
      plaintextSecretEnv: ['DB_PASSWORD'],
      podIP: '10.0.1.23',
    })
    expect(pod.props?.secretRefs).toEqual([
      { env: 'API_TOKEN', secret: 'billing-creds', key: 'token' },
      { secret: 'billing-env', all: true },
    ])
    const app = byId(fragment.nodes, 'k8s://prod/shop/container/billing-7d9f-abcde/app')
    expect(app.props).toMatchObject({ privileged: true, runAsNonRoot: false, runAsUser: 1000, envNames: ['DB_PASSWORD', 'API_TOKEN', 'LOG_LEVEL'] })
    expect(byId(fragment.nodes, 'k8s://prod/shop/container/billing-7d9f-abcde/migrate').props?.role).toBe('init')
  })

  it('links pods to node, service account, images (tag and digest), containers and owners', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    const pod = 'k8s://prod/shop/pod/billing-7d9f-abcde'
    const e = fragment.edges
    expect(hasEdge(e, 'k8s://prod/_/namespace/shop', 'contains', pod)).toBe(true)
    expect(hasEdge(e, 'k8s://prod', 'contains', 'k8s://prod/_/namespace/shop')).toBe(true)
    expect(hasEdge(e, pod, 'runs-on', 'k8s://prod/_/node/ip-10-0-1-5.ec2.internal')).toBe(true)
    expect(hasEdge(e, pod, 'can-authenticate-as', 'k8s://prod/shop/serviceaccount/billing')).toBe(true)
    // One edge and one node per image: keyed by tag, the digest the runtime pulled as an alias.
    expect(hasEdge(e, pod, 'is-running', 'image://registry.example/billing:1.4')).toBe(true)
    expect(hasEdge(e, pod, 'is-running', 'image://nginx:latest')).toBe(true)
    expect(e.filter((edge) => edge.from === pod && edge.kind === 'is-running' && edge.to.includes('@sha256:'))).toEqual([])
    expect(byId(fragment.nodes, 'image://registry.example/billing:1.4').aliases).toEqual(['image://registry.example/billing@sha256:abc123def456'])
    expect(byId(fragment.nodes, 'image://nginx:latest')).toMatchObject({ aliases: ['image://nginx@sha256:0000aaaa1111'], props: { digest: 'sha256:0000aaaa1111' } })
    expect(hasEdge(e, pod, 'contains', 'k8s://prod/shop/container/billing-7d9f-abcde/sidecar')).toBe(true)
    expect(hasEdge(e, 'k8s://prod/shop/replicaset/billing-7d9f', 'maintains', pod)).toBe(true)
    expect(hasEdge(e, 'k8s://prod/shop/deployment/billing', 'maintains', 'k8s://prod/shop/replicaset/billing-7d9f')).toBe(true)
    expect(hasEdge(e, 'k8s://prod/shop/cronjob/report', 'maintains', 'k8s://prod/shop/job/report-28000000')).toBe(true)
    expect(byId(fragment.nodes, 'image://registry.example/billing:1.4').family).toBe('container-image')
  })

  it('normalizes every controller pod template the same way, CronJob included', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    const deployment = byId(fragment.nodes, 'k8s://prod/shop/deployment/billing')
    expect(deployment.props).toMatchObject({ replicas: 2, readyReplicas: 2, selector: { app: 'billing' } })
    expect(deployment.props?.podTemplate).toMatchObject({ hostNetwork: true, serviceAccountName: 'billing', plaintextSecretEnv: ['SECRET_KEY'] })
    expect(deployment.props?.annotations).toEqual({ team: 'payments' })
    const cron = byId(fragment.nodes, 'k8s://prod/shop/cronjob/report')
    expect(cron.props).toMatchObject({ schedule: '0 * * * *', podTemplate: { serviceAccountName: 'reporter' } })
    expect(hasEdge(fragment.edges, cron.id, 'can-authenticate-as', 'k8s://prod/shop/serviceaccount/reporter')).toBe(true)
    expect(hasEdge(fragment.edges, cron.id, 'is-running', 'image://registry.example/report:2.0')).toBe(true)
    const daemon = byId(fragment.nodes, 'k8s://prod/kube-system/daemonset/node-agent')
    expect(daemon.props?.podTemplate).toMatchObject({ hostPID: true })
    expect(hasEdge(fragment.edges, daemon.id, 'is-running', 'image://agent@sha256:feedbeef0001')).toBe(true)
  })

  it('keeps service exposure, ingress backends and network policy peers as props', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    expect(byId(fragment.nodes, 'k8s://prod/shop/service/billing').props).toMatchObject({
      type: 'LoadBalancer',
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 8443, nodePort: 31443 }],
      nodePorts: [31443],
      loadBalancerSourceRanges: ['203.0.113.0/24'],
      selector: { app: 'billing' },
      loadBalancerIngress: [{ hostname: 'a1b2.elb.eu-west-1.amazonaws.com' }],
    })
    expect(byId(fragment.nodes, 'k8s://prod/shop/ingress/web').props).toMatchObject({
      ingressClassName: 'nginx',
      hosts: ['shop.example.com'],
      backendServices: ['k8s://prod/shop/service/billing'],
      loadBalancerIngress: [{ ip: '198.51.100.7' }],
    })
    expect(byId(fragment.nodes, 'k8s://prod/shop/networkpolicy/deny-all').props).toMatchObject({
      podSelector: {},
      policyTypes: ['Ingress'],
      ipBlocks: ['10.0.0.0/8'],
    })
  })

  it('keeps workload identity annotations as service account props, not edges', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    const sa = byId(fragment.nodes, 'k8s://prod/shop/serviceaccount/billing')
    expect(sa.family).toBe('identity')
    expect(sa.props).toMatchObject({ awsRoleArn: 'arn:aws:iam::111122223333:role/billing-s3', automountServiceAccountToken: true })
    expect(fragment.edges.some((e) => e.kind === 'can-assume')).toBe(false)
  })

  it('maps RBAC rules, aggregation, role refs and subjects', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    expect(byId(fragment.nodes, 'k8s://prod/_/clusterrole/secret-reader').props?.rules).toEqual([
      { apiGroups: [''], resources: ['secrets', 'pods/exec'], verbs: ['get', 'list', 'create'], resourceNames: [], nonResourceURLs: [] },
    ])
    expect(byId(fragment.nodes, 'k8s://prod/_/clusterrole/monitoring').props?.aggregationSelectors).toEqual([
      { 'rbac.example.com/aggregate-to-monitoring': 'true' },
    ])
    const rb = byId(fragment.nodes, 'k8s://prod/shop/rolebinding/billing-edit')
    expect(rb.props).toMatchObject({ roleRefId: 'k8s://prod/_/clusterrole/edit', roleRef: { kind: 'ClusterRole', name: 'edit' } })
    expect(hasEdge(fragment.edges, rb.id, 'attached-to', 'k8s://prod/shop/serviceaccount/billing')).toBe(true)
    const crb = 'k8s://prod/_/clusterrolebinding/ops-admin'
    expect(hasEdge(fragment.edges, crb, 'attached-to', 'k8s://prod/_/group/ops')).toBe(true)
    expect(hasEdge(fragment.edges, crb, 'attached-to', 'k8s://prod/_/user/alice@example.com')).toBe(true)
    expect(hasEdge(fragment.edges, 'k8s://prod', 'contains', crb)).toBe(true)
  })

  it('never stores secret, config map or env values', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    const json = JSON.stringify(fragment)
    for (const value of ['c3VwZXJzZWNyZXQtdG9rZW4=', 'aHVudGVyMi1iYXNlNjQ=', 'plain-string-data-value', 'config-value-xyz',
      'p@ssw0rd-literal-value', 'template-literal-secret', 'do-not-keep-me', 'managedFields']) {
      expect(json).not.toContain(value)
    }
    const secret = byId(fragment.nodes, 'k8s://prod/shop/secret/billing-creds')
    expect(secret.props).toMatchObject({ type: 'Opaque', keys: ['extra', 'password', 'token'] })
    expect(byId(fragment.nodes, 'k8s://prod/shop/configmap/billing-config').props?.keys).toEqual(['settings.ini'])
  })

  it('links an EKS node to its EC2 instance ARN', async () => {
    const { fragment } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    const node = 'k8s://prod/_/node/ip-10-0-1-5.ec2.internal'
    expect(hasEdge(fragment.edges, node, 'runs-on', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc1234def567890')).toBe(true)
    expect(byId(fragment.nodes, node).props).toMatchObject({ nodePool: 'ng-1', instanceType: 'm5.large', externalIP: '203.0.113.9' })
  })

  it('links an EKS node without the account through the instance id alias, which lands on the EC2 instance', async () => {
    const { fragment, issues } = await readFixture(fixture('list-mixed.json'))
    // Without a cluster id the file name names the cluster.
    const node = 'k8s://mixed/_/node/ip-10-0-1-5.ec2.internal'
    expect(hasEdge(fragment.edges, node, 'runs-on', 'aws-instance://i-0abc1234def567890')).toBe(true)
    expect(issues.filter((i) => i.message.includes('providerID'))).toEqual([])
    const instance = mapConfigItem(makeCi('AWS::EC2::Instance', 'i-0abc1234def567890', { instanceId: 'i-0abc1234def567890' }), CTX).fragment
    const { graph, dangling } = new GraphBuilder().addFragment(fragment).addFragment(instance).build()
    const runsOn = graph.neighbours(graph.indexOf(node)!, 'out', 'runs-on').map((i) => graph.nodeId(i))
    expect(runsOn).toEqual([ec2('instance', 'i-0abc1234def567890')])
    expect(dangling.filter((d) => d.kind === 'runs-on' && d.from === node)).toEqual([])
  })

  it('reports an object without a name by its place and keeps the rest', async () => {
    const { fragment, issues } = await readFixture(fixture('list-mixed.json'), { clusterId: EKS })
    expect(issues).toContainEqual(expect.objectContaining({ location: 'items[20]', kind: 'invalid-record', message: 'items[20]: the Pod has no metadata.name' }))
    expect(fragment.nodes.some((n) => n.id === 'k8s://prod/shop/role/pod-exec')).toBe(true)
  })

  it('reads typed *List items that carry no kind of their own', async () => {
    const result = await readFixture(fixture('podlist-typed.json'), { clusterId: 'gke_demo-proj_europe-west1_prod' })
    expect(result.format).toBe('kubernetes-list')
    const pods = result.fragment.nodes.filter((n) => n.kind === 'k8s.pod').map((n) => n.id)
    expect(pods).toEqual(['k8s://prod/default/pod/web-1', 'k8s://prod/default/pod/web-2'])
    expect(hasEdge(result.fragment.edges, 'k8s://prod', 'attached-to', '//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/prod')).toBe(true)
    expect(hasEdge(result.fragment.edges, 'k8s://prod/default/pod/web-2', 'can-authenticate-as', 'k8s://prod/default/serviceaccount/default')).toBe(true)
  })

  it('reads kubectl -o yaml Lists and links Azure scale set and GCE nodes', async () => {
    const result = await readFixture(fixture('list.yaml'), { clusterId: 'aks-prod' })
    expect(result.format).toBe('kubernetes-list')
    const e = result.fragment.edges
    const vmss = '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/mc_rg_aks_westeurope/providers/microsoft.compute/virtualmachinescalesets/aks-pool-12345678-vmss'
    expect(hasEdge(e, 'k8s://aks-prod/_/node/aks-pool-0', 'runs-on', `${vmss}/virtualmachines/3`)).toBe(true)
    expect(hasEdge(e, 'k8s://aks-prod/_/node/aks-pool-0', 'runs-on', vmss)).toBe(true)
    expect(hasEdge(e, 'k8s://aks-prod/_/node/gke-pool-1-abc', 'runs-on', '//compute.googleapis.com/projects/demo-proj/zones/europe-west1-b/instances/gke-pool-1-abc')).toBe(true)
    expect(byId(result.fragment.nodes, 'k8s://aks-prod/default/service/api').props).toMatchObject({ type: 'NodePort', nodePorts: [30080] })
  })

  it('keeps the items before a truncation and reports where the file broke', async () => {
    const result = await readFixture(fixture('truncated-list.json'), { clusterId: EKS })
    expect(result.format).toBe('kubernetes-list')
    expect(result.completed).toBe(false)
    expect(result.fragment.nodes.some((n) => n.id === 'k8s://prod/shop/serviceaccount/billing')).toBe(true)
    expect(result.issues).toContainEqual(expect.objectContaining({ kind: 'parse-error', location: 'items[2]' }))
  })

  it('does not claim ARG, CAI, GCP REST lists or ARM templates', async () => {
    for (const name of ['arg-result.json', 'cai-assets.json', 'gcp-compute-list.json', 'arm-template.json']) {
      const format = await detectFixture(fixture(name))
      expect(format?.provider, name).not.toBe('kubernetes')
    }
  })
})
