/**
 * Rule engine benchmark: a generated estate of N resources spread over the kinds the built-in rules
 * target (S3 buckets, security groups, instances, volumes, RDS, storage accounts, NSGs, GCS buckets,
 * firewalls, pods, services…), each with props shaped like the readers' output and about a fifth of them
 * misconfigured, then one timed `runRules` over ALL_RULES. Reports resource-rule evaluations per second.
 */
import os from 'node:os'
import { GraphBuilder } from '../../src/graph/graph-builder.js'
import type { JsonObject, NodeInput } from '../../src/model/graph-types.js'
import { runRules } from '../../src/rules/engine.js'
import { ALL_RULES } from '../../src/rules/index.js'

export interface RulesBenchOptions {
  readonly resources: number
}

interface Template {
  readonly kind: string
  readonly family: NodeInput['family']
  readonly provider: NodeInput['provider']
  readonly scope: string
  readonly props: (bad: boolean, i: number) => JsonObject
}

const AWS = 'aws://accounts/111122223333'
const SUB = '/subscriptions/00000000-0000-4000-8000-000000000001'
const PROJECT = '//cloudresourcemanager.googleapis.com/projects/123456789012'
const CLUSTER = 'k8s://bench'
const container = (bad: boolean, i: number): JsonObject => ({
  name: `c${i % 3}`, role: 'container', image: `registry.example/app:${i % 50}`, privileged: bad, capabilitiesAdd: [], capabilitiesDrop: ['ALL'],
  runAsNonRoot: !bad, ports: [{ containerPort: 8080, protocol: 'TCP' }], envNames: [], secretRefs: [], plaintextSecretEnv: [], volumeMounts: [],
})
const podSpec = (bad: boolean, i: number): JsonObject => ({
  serviceAccountName: 'app', hostNetwork: bad && i % 2 === 0, hostPID: false, hostIPC: false, privileged: bad, capabilitiesAdd: [],
  allowPrivilegeEscalation: bad, hostPathVolumes: bad ? [{ name: 'root', path: '/' }] : [], secretVolumes: [], hostPorts: [],
  containers: [container(bad, i), container(false, i + 1)],
})

const TEMPLATES: readonly Template[] = [
  { kind: 'aws.s3.bucket', family: 'object-storage', provider: 'aws', scope: AWS, props: (bad) => ({
    aclGrants: [], publicAclGrants: [], encryption: { enabled: !bad, algorithm: 'aws:kms' }, versioning: { status: bad ? 'Suspended' : 'Enabled' }, logging: { enabled: false },
    publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: !bad, blockPublicPolicy: true, restrictPublicBuckets: true } }) },
  { kind: 'aws.ec2.security-group', family: 'network-security-group', provider: 'aws', scope: AWS, props: (bad) => ({
    ingressRules: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0'] }, { protocol: 'tcp', fromPort: 22, toPort: 22, cidrs: [bad ? '0.0.0.0/0' : '10.0.0.0/8'] }], egressRules: [] }) },
  { kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', scope: AWS, props: (bad) => ({ imdsV2Required: !bad, metadataEndpointEnabled: true }) },
  { kind: 'aws.ec2.volume', family: 'disk', provider: 'aws', scope: AWS, props: (bad) => ({ encrypted: !bad, sizeGiB: 30 }) },
  { kind: 'aws.rds.db-instance', family: 'managed-database', provider: 'aws', scope: AWS, props: (bad) => ({ publiclyAccessible: bad, storageEncrypted: true }) },
  { kind: 'azure.storage.storageaccount', family: 'object-storage', provider: 'azure', scope: SUB, props: (bad) => ({ httpsOnly: true, allowBlobPublicAccess: bad, minimumTlsVersion: bad ? 'TLS1_0' : 'TLS1_2' }) },
  { kind: 'azure.network.networksecuritygroup', family: 'network-security-group', provider: 'azure', scope: SUB, props: (bad) => ({ securityRules: [
    { name: 'https', priority: 100, direction: 'inbound', access: 'allow', protocol: 'tcp', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['443'] },
    { name: 'ssh', priority: 110, direction: 'inbound', access: 'allow', protocol: 'tcp', sourceAddressPrefixes: [bad ? '*' : '10.0.0.0/8'], destinationPortRanges: ['22'] }] }) },
  { kind: 'gcp.storage.bucket', family: 'object-storage', provider: 'gcp', scope: PROJECT, props: (bad) => ({
    uniformBucketLevelAccess: !bad, publicAccessPrevention: bad ? 'inherited' : 'enforced', publicBindings: bad ? [{ role: 'roles/storage.objectViewer', member: 'allUsers' }] : [], publicAcl: [] }) },
  { kind: 'gcp.compute.firewall', family: 'network-security-group', provider: 'gcp', scope: PROJECT, props: (bad) => ({
    direction: 'ingress', action: 'allow', disabled: false, denied: [], sourceRanges: [bad ? '0.0.0.0/0' : '10.0.0.0/8'], allowed: [{ protocol: 'tcp', portRanges: [{ from: 22, to: 22 }] }] }) },
  { kind: 'k8s.pod', family: 'pod', provider: 'kubernetes', scope: CLUSTER, props: (bad, i) => ({ namespace: bad && i % 3 === 0 ? 'default' : 'shop', ...podSpec(bad, i) }) },
  { kind: 'k8s.deployment', family: 'k8s-workload', provider: 'kubernetes', scope: CLUSTER, props: (bad, i) => ({ namespace: 'shop', podTemplate: podSpec(bad, i) }) },
  { kind: 'k8s.service', family: 'k8s-service', provider: 'kubernetes', scope: CLUSTER, props: (bad) => ({ type: bad ? 'LoadBalancer' : 'ClusterIP', loadBalancerSourceRanges: [] }) },
]

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`

export function benchRules({ resources }: RulesBenchOptions): Record<string, number> {
  const builder = new GraphBuilder()
  for (let i = 0; i < resources; i++) {
    const t = TEMPLATES[i % TEMPLATES.length]!
    builder.addNode({ id: `${t.kind}/${i}`, kind: t.kind, family: t.family, provider: t.provider, scope: t.scope, name: `r${i}`, props: t.props(i % 5 === 0, i) })
  }
  const { graph } = builder.build()
  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const { findings, evaluations } = runRules(graph, ALL_RULES)
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  // CPU time of the process (all threads, GC included): on a shared machine wall time mostly measures the neighbours.
  const cpuMs = (cpu.user + cpu.system) / 1000
  const heapAfter = process.memoryUsage().heapUsed
  const unhealthy = findings.filter((f) => f.status === 'unhealthy').length
  const perSecond = evaluations / (ms / 1000)
  console.log(`resources            ${resources.toLocaleString('en')}`)
  console.log(`rules                ${ALL_RULES.length}`)
  console.log(`evaluations          ${evaluations.toLocaleString('en')} (${unhealthy.toLocaleString('en')} unhealthy)`)
  console.log(`time                 ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`)
  console.log(`evaluations/s        ${Math.round(perSecond).toLocaleString('en')} wall, ${Math.round(evaluations / (cpuMs / 1000)).toLocaleString('en')} per CPU second`)
  console.log(`findings heap        ${mb(heapAfter - heapBefore)}`)
  return { resources, evaluations, ms, cpuMs, perSecond }
}
