/**
 * Every built-in template on its own small graph: the resources it must list, beside look-alikes that
 * differ in the one fact the template tests. Plus catalogue invariants (ids, texts, coverage).
 */
import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../model/graph-types.js'
import type { InsightId } from '../../model/vocabulary.js'
import { smallGraph } from '../__fixtures__/small-graph.js'
import type { SmallEdge, SmallNode } from '../__fixtures__/small-graph.js'
import { runQuery } from '../query-service.js'
import { parseQueryText } from '../text/parse-query.js'
import { printQuery } from '../text/print-query.js'
import { BUILTIN_TEMPLATES, getTemplate } from './index.js'

type InsightEntry = InsightId | readonly [InsightId, JsonObject]
const wide = (ports: string[] = ['443']): InsightEntry => ['exposed-to-internet', { ports, width: 'wide' }]
const narrow = (ports: string[] = ['443']): InsightEntry => ['exposed-to-internet', { ports, width: 'narrow' }]
const n = (id: string, family: SmallNode['family'], extra: Omit<SmallNode, 'id' | 'family'> = {}): SmallNode => ({ id, family, ...extra })
const rceImage = (id: string): SmallNode => n(id, 'container-image', { insights: ['vulnerable-to-rce'] })

interface Case {
  readonly nodes: readonly SmallNode[]
  readonly edges?: readonly SmallEdge[]
  readonly expect: readonly string[]
}

const CASES: Readonly<Record<string, Case>> = {
  'k8s-rbac-off-unrestricted-access': {
    nodes: [
      n('aks-open', 'k8s-cluster', { kind: 'azure.containerservice.managedcluster', props: { rbacEnabled: false, apiServerUnrestricted: true } }),
      n('gke-abac', 'k8s-cluster', { kind: 'gcp.container.cluster', props: { legacyAbacEnabled: true, controlPlaneUnrestricted: false }, insights: [wide()] }),
      n('aks-private', 'k8s-cluster', { kind: 'azure.containerservice.managedcluster', props: { rbacEnabled: false, apiServerUnrestricted: false } }),
      n('aks-rbac', 'k8s-cluster', { kind: 'azure.containerservice.managedcluster', props: { rbacEnabled: true, apiServerUnrestricted: true }, insights: [wide()] }),
      n('gke-narrow', 'k8s-cluster', { kind: 'gcp.container.cluster', props: { legacyAbacEnabled: true }, insights: [narrow()] }),
      n('k8s-norbac', 'k8s-cluster', { insights: ['rbac-disabled'] }),
      n('ns', 'k8s-namespace'),
      n('svc-open', 'k8s-service', { props: { type: 'LoadBalancer', loadBalancerSourceRanges: [] } }),
      n('svc-ranged', 'k8s-service', { props: { type: 'LoadBalancer', loadBalancerSourceRanges: ['192.0.2.0/24'] } }),
      n('svc-clusterip', 'k8s-service', { props: { type: 'ClusterIP' } }),
      n('k8s-rbac', 'k8s-cluster'),
      n('ns-2', 'k8s-namespace'),
      n('svc-lb-rbac', 'k8s-service', { props: { type: 'LoadBalancer' } }),
    ],
    edges: [
      ['k8s-norbac', 'contains', 'ns'],
      ['ns', 'contains', 'svc-open'],
      ['ns', 'contains', 'svc-ranged'],
      ['ns', 'contains', 'svc-clusterip'],
      ['k8s-rbac', 'contains', 'ns-2'],
      ['ns-2', 'contains', 'svc-lb-rbac'],
    ],
    expect: ['aks-open', 'gke-abac', 'svc-open'],
  },
  'k8s-api-server-open-to-any-ip': {
    nodes: [
      n('aks-open', 'k8s-cluster', { props: { apiServerUnrestricted: true } }),
      n('aks-private', 'k8s-cluster', { props: { apiServerUnrestricted: false } }),
      n('gke-open', 'k8s-cluster', { props: { controlPlaneUnrestricted: true } }),
      n('eks-open', 'k8s-cluster', { kind: 'aws.eks.cluster', props: { publicAccessCidrs: ['0.0.0.0/0'] } }),
      n('eks-narrow', 'k8s-cluster', { kind: 'aws.eks.cluster', props: { publicAccessCidrs: ['192.0.2.0/24'] } }),
      n('k8s-exposed', 'k8s-cluster', { insights: [wide()] }),
      n('k8s-narrow', 'k8s-cluster', { insights: [narrow()] }),
    ],
    expect: ['aks-open', 'eks-open', 'gke-open', 'k8s-exposed'],
  },
  'k8s-dashboard-exposed': {
    nodes: [
      n('svc-dash', 'k8s-service', { name: 'kube-system/kubernetes-dashboard', insights: [wide()] }),
      n('svc-dash-label', 'k8s-service', { name: 'ops/ui', tags: { 'k8s-app': 'kubernetes-dashboard' }, insights: [narrow()] }),
      n('svc-dash-internal', 'k8s-service', { name: 'kube-system/Dashboard' }),
      n('svc-web', 'k8s-service', { name: 'shop/web', insights: [wide()] }),
    ],
    expect: ['svc-dash', 'svc-dash-label'],
  },
  'k8s-service-open-to-any-ip': {
    nodes: [
      n('svc-lb', 'k8s-service', { props: { type: 'LoadBalancer' }, insights: [wide()] }),
      n('svc-np', 'k8s-service', { props: { type: 'NodePort', loadBalancerSourceRanges: [] }, insights: [wide(['30080'])] }),
      n('svc-ranged', 'k8s-service', { props: { type: 'LoadBalancer', loadBalancerSourceRanges: ['198.51.100.0/24'] }, insights: [wide()] }),
      n('svc-narrow', 'k8s-service', { props: { type: 'LoadBalancer' }, insights: [narrow()] }),
      n('svc-cip', 'k8s-service', { props: { type: 'ClusterIP' }, insights: [wide()] }),
    ],
    expect: ['svc-lb', 'svc-np'],
  },
  'k8s-exposed-privileged-pod': {
    nodes: [
      n('pod-priv', 'pod', { insights: [wide(), 'privileged-container'] }),
      n('pod-hostpid', 'pod', { insights: [wide(['6514']), 'uses-host-pid'] }),
      n('pod-internal', 'pod', { insights: ['privileged-container', 'mounts-host-path'] }),
      n('pod-plain', 'pod', { insights: [wide()] }),
    ],
    expect: ['pod-hostpid', 'pod-priv'],
  },
  'k8s-privileged-pod-on-exposed-node': {
    nodes: [
      n('pod-a', 'pod', { insights: ['privileged-container'] }),
      n('pod-b', 'pod', { insights: ['uses-host-network'] }),
      n('pod-c', 'pod', { insights: ['privileged-container'] }),
      n('pod-d', 'pod'),
      n('node-exposed', 'k8s-node', { insights: [wide(['10250'])] }),
      n('node-b', 'k8s-node'),
      n('vm-exposed', 'vm', { insights: [wide(['22'])] }),
      n('node-internal', 'k8s-node'),
    ],
    edges: [
      ['pod-a', 'runs-on', 'node-exposed'],
      ['pod-b', 'runs-on', 'node-b'],
      ['node-b', 'runs-on', 'vm-exposed'],
      ['pod-c', 'runs-on', 'node-internal'],
      ['pod-d', 'runs-on', 'node-exposed'],
    ],
    expect: ['pod-a', 'pod-b'],
  },
  'k8s-host-network-pod-exposed-node-rce': {
    nodes: [
      n('pod-a', 'pod', { insights: ['uses-host-network'] }),
      n('pod-b', 'pod', { insights: ['uses-host-network'] }),
      n('pod-c', 'pod'),
      n('pod-d', 'pod', { insights: ['uses-host-network'] }),
      n('pod-e', 'pod', { insights: ['uses-host-network'] }),
      n('node-x', 'k8s-node', { insights: [wide(['30000-32767'])] }),
      n('node-internal', 'k8s-node'),
      n('node-y', 'k8s-node'),
      n('vm-exposed', 'vm', { insights: [wide(['22'])] }),
      rceImage('img-rce'),
      n('img-clean', 'container-image'),
      n('img-props', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-2021-44228', severity: 'critical', rce: true }] } }),
    ],
    edges: [
      ['pod-a', 'runs-on', 'node-x'],
      ['pod-a', 'is-running', 'img-rce'],
      ['pod-b', 'runs-on', 'node-x'],
      ['pod-b', 'is-running', 'img-clean'],
      ['pod-c', 'runs-on', 'node-x'],
      ['pod-c', 'is-running', 'img-rce'],
      ['pod-d', 'runs-on', 'node-internal'],
      ['pod-d', 'is-running', 'img-rce'],
      ['pod-e', 'runs-on', 'node-y'],
      ['node-y', 'runs-on', 'vm-exposed'],
      ['pod-e', 'is-running', 'img-props'],
    ],
    expect: ['pod-a', 'pod-e'],
  },
  'k8s-exposed-pod-cluster-admin': {
    nodes: [
      n('pod-a', 'pod', { insights: [wide()] }),
      n('pod-b', 'pod', { insights: [wide()] }),
      n('pod-c', 'pod'),
      n('sa-admin', 'identity', { kind: 'k8s.serviceaccount', insights: [['has-admin-permissions', { method: 'cluster-admin' }]] }),
      n('sa-view', 'identity', { kind: 'k8s.serviceaccount' }),
    ],
    edges: [
      ['pod-a', 'can-authenticate-as', 'sa-admin'],
      ['pod-b', 'can-authenticate-as', 'sa-view'],
      ['pod-c', 'can-authenticate-as', 'sa-admin'],
    ],
    expect: ['pod-a'],
  },
  'k8s-exposed-pod-cloud-data-access': {
    nodes: [
      n('pod-a', 'pod', { insights: [wide()] }),
      n('pod-b', 'pod', { insights: [wide()] }),
      n('pod-c', 'pod'),
      n('pod-d', 'pod', { insights: [wide()] }),
      n('sa-a', 'identity', { kind: 'k8s.serviceaccount' }),
      n('sa-b', 'identity', { kind: 'k8s.serviceaccount' }),
      n('sa-d', 'identity', { kind: 'k8s.serviceaccount' }),
      n('role-a', 'identity'),
      n('role-d', 'identity'),
      n('bucket', 'object-storage'),
      n('vm', 'vm'),
    ],
    edges: [
      ['pod-a', 'can-authenticate-as', 'sa-a'],
      ['pod-c', 'can-authenticate-as', 'sa-a'],
      ['sa-a', 'can-assume', 'role-a'],
      ['role-a', 'has-permission-to', 'bucket', { level: 'read' }],
      ['pod-b', 'can-authenticate-as', 'sa-b'],
      ['sa-b', 'has-permission-to', 'bucket', { level: 'read' }],
      ['pod-d', 'can-authenticate-as', 'sa-d'],
      ['sa-d', 'can-assume', 'role-d'],
      ['role-d', 'has-permission-to', 'vm', { level: 'admin' }],
    ],
    expect: ['pod-a'],
  },
  'vm-exposed-rce': {
    nodes: [
      n('vm-a', 'vm', { insights: [wide(['22']), 'vulnerable-to-rce'] }),
      n('vm-b', 'vm', { insights: [narrow(['443'])], props: { vulnerabilityList: [{ id: 'CVE-2024-6387', severity: 'high', rce: true }] } }),
      n('vm-c', 'vm', { insights: ['vulnerable-to-rce'] }),
      n('vm-d', 'vm', { insights: [wide(['22']), 'has-high-severity-vulnerabilities'] }),
      n('vmss-e', 'vm-scale-set', { kind: 'azure.compute.virtualmachinescaleset', insights: [wide(['3389']), 'vulnerable-to-rce'] }),
    ],
    expect: ['vm-a', 'vm-b', 'vmss-e'],
  },
  'vm-ssh-rdp-open-to-internet': {
    nodes: [
      n('vm-ssh', 'vm', { insights: [wide(['22'])] }),
      n('vm-rdp', 'vm', { insights: [wide(['3380-3390'])] }),
      n('vm-all', 'vm', { insights: [wide(['*'])] }),
      n('vm-narrow', 'vm', { insights: [narrow(['22'])] }),
      n('vm-web', 'vm', { insights: [wide(['80', '443'])] }),
    ],
    expect: ['vm-all', 'vm-rdp', 'vm-ssh'],
  },
  'vm-exposed-vulnerable-high-permission-account': {
    nodes: [
      n('vm-a', 'vm', { insights: [wide(['22']), 'has-high-severity-vulnerabilities'] }),
      n('vm-b', 'vm', { kind: 'gcp.compute.instance', insights: [wide(['22']), 'vulnerable-to-rce'] }),
      n('vm-c', 'vm', { insights: [wide(['22']), 'has-high-severity-vulnerabilities'] }),
      n('vm-d', 'vm', { insights: ['has-high-severity-vulnerabilities'] }),
      n('vm-e', 'vm', { insights: [wide(['22']), 'has-high-severity-vulnerabilities'] }),
      n('profile-a', 'identity', { kind: 'aws.iam.instance-profile' }),
      n('role-admin', 'identity', { insights: ['has-admin-permissions'] }),
      n('sa-b', 'identity', { kind: 'gcp.iam.serviceaccount' }),
      n('role-c', 'identity'),
      n('sa-e', 'identity'),
      n('acct', 'account'),
      n('bucket', 'object-storage'),
    ],
    edges: [
      ['vm-a', 'can-authenticate-as', 'profile-a'],
      ['profile-a', 'can-authenticate-as', 'role-admin'],
      ['vm-b', 'can-authenticate-as', 'sa-b'],
      ['sa-b', 'has-permission-to', 'acct', { level: 'write' }],
      ['vm-c', 'can-authenticate-as', 'role-c'],
      ['role-c', 'has-permission-to', 'acct', { level: 'read' }],
      ['vm-d', 'can-authenticate-as', 'role-admin'],
      ['vm-e', 'can-authenticate-as', 'sa-e'],
      ['sa-e', 'has-permission-to', 'bucket', { level: 'admin' }],
    ],
    expect: ['vm-a', 'vm-b'],
  },
  'vm-exposed-vulnerable-read-secret-store': {
    nodes: [
      n('vm-a', 'vm', { insights: [wide(), 'vulnerable-to-rce'] }),
      n('vm-b', 'vm', { insights: [wide(), 'has-high-severity-vulnerabilities'] }),
      n('vm-c', 'vm', { insights: [wide(), 'vulnerable-to-rce'] }),
      n('vm-d', 'vm', { insights: ['vulnerable-to-rce'] }),
      n('id-a', 'identity'),
      n('profile-b', 'identity'),
      n('role-b', 'identity'),
      n('id-c', 'identity'),
      n('kv', 'secret-store'),
      n('kms', 'kms-key'),
      n('bucket', 'object-storage'),
    ],
    edges: [
      ['vm-a', 'can-authenticate-as', 'id-a'],
      ['id-a', 'has-permission-to', 'kv', { level: 'read' }],
      ['vm-b', 'can-authenticate-as', 'profile-b'],
      ['profile-b', 'can-authenticate-as', 'role-b'],
      ['role-b', 'has-permission-to', 'kms', { level: 'read' }],
      ['vm-c', 'can-authenticate-as', 'id-c'],
      ['id-c', 'has-permission-to', 'bucket', { level: 'read' }],
      ['vm-d', 'can-authenticate-as', 'id-a'],
    ],
    expect: ['vm-a', 'vm-b'],
  },
  'vm-exposed-vulnerable-read-sensitive-data': {
    nodes: [
      n('vm-a', 'vm', { insights: [wide(), 'vulnerable-to-rce'] }),
      n('vm-b', 'vm', { insights: [wide(), 'has-high-severity-vulnerabilities'] }),
      n('vm-c', 'vm', { insights: [wide(), 'vulnerable-to-rce'] }),
      n('role-a', 'identity'),
      n('role-b', 'identity'),
      n('role-b2', 'identity'),
      n('role-c', 'identity'),
      n('bucket-sensitive', 'object-storage', { insights: ['contains-sensitive-data'] }),
      n('db-sensitive', 'managed-database', { insights: ['contains-sensitive-data'] }),
      n('bucket-plain', 'object-storage'),
    ],
    edges: [
      ['vm-a', 'can-authenticate-as', 'role-a'],
      ['role-a', 'has-permission-to', 'bucket-sensitive', { level: 'read' }],
      ['vm-b', 'can-authenticate-as', 'role-b'],
      ['role-b', 'can-assume', 'role-b2'],
      ['role-b2', 'has-permission-to', 'db-sensitive', { level: 'read' }],
      ['vm-c', 'can-authenticate-as', 'role-c'],
      ['role-c', 'has-permission-to', 'bucket-plain', { level: 'read' }],
    ],
    expect: ['vm-a', 'vm-b'],
  },
  'vm-exposed-vulnerable-role-chain-admin': {
    nodes: [
      n('vm-a', 'vm', { insights: [wide(['22']), 'vulnerable-to-rce'] }),
      n('vm-b', 'vm', { insights: [wide(['22']), 'vulnerable-to-rce'] }),
      n('vm-c', 'vm', { insights: ['vulnerable-to-rce'] }),
      n('role-a', 'identity'),
      n('role-b', 'identity'),
      n('role-x', 'identity'),
      n('role-admin', 'identity', { insights: ['has-admin-permissions'] }),
    ],
    edges: [
      ['vm-a', 'can-authenticate-as', 'role-a'],
      ['role-a', 'can-assume', 'role-b'],
      ['role-b', 'can-assume', 'role-admin'],
      ['vm-b', 'can-authenticate-as', 'role-x'],
      ['vm-c', 'can-authenticate-as', 'role-a'],
    ],
    expect: ['vm-a'],
  },
  'exposed-workload-rce-image': {
    nodes: [
      n('pod-a', 'pod', { insights: [wide()] }),
      n('app-b', 'function', { kind: 'azure.app.containerapp', insights: [wide()] }),
      n('pod-c', 'pod'),
      n('pod-d', 'pod', { insights: [wide()] }),
      rceImage('img-rce'),
      n('img-props', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-2022-22965', severity: 'critical', rce: true }] } }),
      n('img-clean', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-2023-1', severity: 'low', rce: false }] } }),
    ],
    edges: [
      ['pod-a', 'is-running', 'img-rce'],
      ['app-b', 'is-running', 'img-props'],
      ['pod-c', 'is-running', 'img-rce'],
      ['pod-d', 'is-running', 'img-clean'],
    ],
    expect: ['app-b', 'pod-a'],
  },
  'workloads-images-critical-cves': {
    nodes: [
      n('pod-a', 'pod'),
      n('deploy-b', 'k8s-workload'),
      n('pod-c', 'pod'),
      n('fn-d', 'function'),
      n('img-critical', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-1', severity: 'critical', rce: false }] } }),
      n('img-high', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-2', severity: 'high', rce: true }] } }),
      n('img-capped', 'container-image', { props: { vulnerabilityListCapped: true, vulnerabilityList: [{ id: 'CVE-3', severity: 'high' }], vulnerabilities: { critical: 2, high: 500, total: 502 } } }),
    ],
    edges: [
      ['pod-a', 'is-running', 'img-critical'],
      ['deploy-b', 'is-running', 'img-critical'],
      ['pod-c', 'is-running', 'img-high'],
      ['fn-d', 'is-running', 'img-capped'],
    ],
    expect: ['deploy-b', 'fn-d', 'pod-a'],
  },
  'running-images-rce': {
    nodes: [
      n('img-a', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-2021-44228', severity: 'critical', rce: true }] } }),
      n('img-b', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-2021-44228', severity: 'critical', rce: true }] } }),
      n('img-c', 'container-image', { props: { vulnerabilityList: [{ id: 'CVE-2', severity: 'critical', rce: false }] } }),
      n('pod', 'pod'),
    ],
    edges: [
      ['pod', 'is-running', 'img-a'],
      ['pod', 'is-running', 'img-c'],
    ],
    expect: ['img-a'],
  },
  'exposed-vm-reaches-ai-service': {
    nodes: [
      n('vm-a', 'vm', { insights: [wide(), 'vulnerable-to-rce'] }),
      n('vm-b', 'vm', { insights: [wide(), 'vulnerable-to-rce'] }),
      n('id-a', 'identity'),
      n('id-b', 'identity'),
      n('oai', 'other', { kind: 'azure.unmapped.microsoft.cognitiveservices/accounts', provider: 'azure' }),
      n('bucket', 'object-storage'),
    ],
    edges: [
      ['vm-a', 'can-authenticate-as', 'id-a'],
      ['id-a', 'has-permission-to', 'oai', { level: 'write' }],
      ['vm-b', 'can-authenticate-as', 'id-b'],
      ['id-b', 'has-permission-to', 'bucket', { level: 'write' }],
    ],
    expect: ['vm-a'],
  },
  'admin-identity-without-mfa': {
    nodes: [
      n('u-a', 'identity', { kind: 'aws.iam.user', insights: ['no-mfa', 'has-admin-permissions'] }),
      n('u-b', 'identity', { kind: 'azure.entra.user', provider: 'azure', insights: ['no-mfa'] }),
      n('u-c', 'identity', { kind: 'aws.iam.user', insights: ['has-admin-permissions'] }),
      n('u-d', 'identity', { kind: 'aws.iam.user', insights: ['no-mfa'] }),
      n('g-admin', 'group', { insights: ['has-admin-permissions'] }),
      n('g-plain', 'group'),
    ],
    edges: [
      ['u-b', 'member-of', 'g-admin'],
      ['u-d', 'member-of', 'g-plain'],
      ['u-c', 'member-of', 'g-admin'],
    ],
    expect: ['u-a', 'u-b'],
  },
  'identity-can-escalate-to-admin': {
    nodes: [
      n('u-a', 'identity', { kind: 'aws.iam.user' }),
      n('u-b', 'identity', { kind: 'aws.iam.user' }),
      n('u-c', 'identity', { kind: 'aws.iam.user' }),
      n('u-d', 'identity', { kind: 'aws.iam.user' }),
      n('r1', 'identity'),
      n('r2', 'identity'),
      n('s1', 'identity'),
      n('s2', 'identity'),
      n('s3', 'identity'),
      n('r-admin', 'identity', { insights: ['has-admin-permissions'] }),
    ],
    edges: [
      ['u-a', 'can-assume', 'r-admin'],
      ['u-b', 'can-assume', 'r1'],
      ['r1', 'can-assume', 'r2'],
      ['r2', 'can-assume', 'r-admin'],
      ['u-c', 'can-assume', 's1'],
      ['s1', 'can-assume', 's2'],
      ['s2', 'can-assume', 's3'],
      ['s3', 'can-assume', 'r-admin'],
      ['r-admin', 'can-assume', 'u-d'],
    ],
    // u-c is four hops away; the roles on the chains are themselves one to three hops away.
    expect: ['r1', 'r2', 's1', 's2', 's3', 'u-a', 'u-b'],
  },
  'identity-trusted-by-external-account': {
    nodes: [
      n('r-vendor', 'identity', { insights: [['is-external-user', { accounts: ['999988887777'] }]] }),
      n('g-external', 'group', { insights: ['is-external-user'] }),
      n('r-internal', 'identity'),
      n('bucket-external', 'object-storage', { insights: ['is-external-user'] }),
    ],
    expect: ['g-external', 'r-vendor'],
  },
  'external-identity-data-access': {
    nodes: [
      n('r-vendor', 'identity', { insights: ['is-external-user'] }),
      n('r-vendor-2', 'identity', { insights: ['is-external-user'] }),
      n('r-internal', 'identity'),
      n('bucket', 'object-storage'),
      n('vm', 'vm'),
    ],
    edges: [
      ['r-vendor', 'has-permission-to', 'bucket', { level: 'read' }],
      ['r-vendor-2', 'has-permission-to', 'vm', { level: 'read' }],
      ['r-internal', 'has-permission-to', 'bucket', { level: 'read' }],
    ],
    expect: ['r-vendor'],
  },
  'workload-identity-reads-secret-store': {
    nodes: [
      n('vm-a', 'vm'),
      n('fn-b', 'function'),
      n('pod-c', 'pod'),
      n('deploy-d', 'k8s-workload'),
      n('vm-e', 'vm'),
      n('vm-f', 'vm'),
      n('id-a', 'identity'),
      n('role-b', 'identity'),
      n('role-c', 'identity'),
      n('sa-c', 'identity'),
      n('sa-d', 'identity'),
      n('r1', 'identity'),
      n('r2', 'identity'),
      n('r3', 'identity'),
      n('profile-e', 'identity'),
      n('role-e', 'identity'),
      n('id-f', 'identity'),
      n('kv', 'secret-store'),
      n('secret', 'secret'),
      n('kms', 'kms-key'),
      n('bucket', 'object-storage'),
    ],
    edges: [
      ['vm-a', 'can-authenticate-as', 'id-a'],
      ['id-a', 'has-permission-to', 'kv', { level: 'read' }],
      ['fn-b', 'can-authenticate-as', 'role-b'],
      ['role-b', 'can-assume', 'role-c'],
      ['role-c', 'has-permission-to', 'secret', { level: 'read' }],
      ['pod-c', 'can-authenticate-as', 'sa-c'],
      ['sa-c', 'has-permission-to', 'bucket', { level: 'read' }],
      ['deploy-d', 'can-authenticate-as', 'sa-d'],
      ['sa-d', 'can-assume', 'r1'],
      ['r1', 'can-assume', 'r2'],
      ['r2', 'can-assume', 'r3'],
      ['r3', 'has-permission-to', 'kms', { level: 'read' }],
      ['vm-e', 'can-authenticate-as', 'profile-e'],
      ['profile-e', 'can-authenticate-as', 'role-e'],
      ['role-e', 'has-permission-to', 'kv', { level: 'read' }],
      ['vm-f', 'has-permission-to', 'kv', { level: 'read' }],
    ],
    expect: ['deploy-d', 'fn-b', 'vm-a', 'vm-e'],
  },
  'public-storage-sensitive-data': {
    nodes: [
      n('b-a', 'object-storage', { insights: ['allows-public-access', 'contains-sensitive-data'] }),
      n('b-b', 'object-storage', { insights: ['allows-public-access'] }),
      n('b-c', 'object-storage', { insights: ['contains-sensitive-data'] }),
      n('db', 'managed-database', { insights: ['allows-public-access', 'contains-sensitive-data'] }),
    ],
    expect: ['b-a'],
  },
  'public-storage': {
    nodes: [
      n('b-a', 'object-storage', { insights: ['allows-public-access', 'contains-sensitive-data'] }),
      n('b-b', 'object-storage', { kind: 'azure.storage.blobcontainer', provider: 'azure', insights: ['allows-public-access'] }),
      n('b-c', 'object-storage', { insights: [wide()] }),
    ],
    expect: ['b-a', 'b-b'],
  },
  'private-storage-replicates-to-public': {
    nodes: [
      n('b-private', 'object-storage', { insights: ['contains-sensitive-data'] }),
      n('b-public', 'object-storage', { insights: ['allows-public-access'] }),
      n('b-public-2', 'object-storage', { insights: ['allows-public-access'] }),
      n('b-private-2', 'object-storage'),
      n('b-private-3', 'object-storage'),
    ],
    edges: [
      ['b-private', 'moves-data-to', 'b-public'],
      ['b-public-2', 'moves-data-to', 'b-public'],
      ['b-private-2', 'moves-data-to', 'b-private-3'],
    ],
    expect: ['b-private'],
  },
  'database-open-to-any-ip-basic-auth': {
    nodes: [
      n('db-a', 'managed-database', { insights: [wide(['5432']), 'allows-basic-authentication'] }),
      n('db-b', 'managed-database', { insights: [narrow(['5432']), 'allows-basic-authentication'] }),
      n('db-c', 'managed-database', { insights: [wide(['5432'])] }),
    ],
    expect: ['db-a'],
  },
  'database-open-to-any-ip': {
    nodes: [
      n('db-a', 'managed-database', { insights: [wide(['5432']), 'allows-basic-authentication'] }),
      n('db-b', 'managed-database', { insights: [narrow(['5432'])] }),
      n('db-c', 'managed-database', { kind: 'gcp.sql.instance', provider: 'gcp', insights: [wide(['3306'])] }),
      n('vm', 'vm', { insights: [wide(['5432'])] }),
    ],
    expect: ['db-a', 'db-c'],
  },
  'secret-authenticates-to-data-store': {
    nodes: [
      n('s-a', 'secret'),
      n('s-b', 'secret'),
      n('s-c', 'secret'),
      n('db', 'managed-database'),
      n('bucket', 'object-storage'),
      n('vm', 'vm'),
    ],
    edges: [
      ['s-a', 'can-authenticate-to', 'db'],
      ['s-b', 'can-authenticate-to', 'bucket'],
      ['s-c', 'can-authenticate-to', 'vm'],
    ],
    expect: ['s-a', 's-b'],
  },
  'compute-secret-authenticates-to-data-store': {
    nodes: [
      n('vm-a', 'vm', { insights: ['has-plaintext-secret'] }),
      n('vm-b', 'vm', { insights: ['has-plaintext-secret'] }),
      n('vm-c', 'vm'),
      n('fn-d', 'function', { insights: ['has-plaintext-secret'] }),
      n('s-a', 'secret'),
      n('s-c', 'secret'),
      n('s-d', 'secret'),
      n('db', 'managed-database'),
      n('bucket', 'object-storage'),
      n('vm-target', 'vm'),
    ],
    edges: [
      ['vm-a', 'contains', 's-a'],
      ['s-a', 'can-authenticate-to', 'db'],
      ['vm-b', 'can-authenticate-to', 'bucket'],
      ['vm-c', 'contains', 's-c'],
      ['s-c', 'can-authenticate-to', 'db'],
      ['fn-d', 'contains', 's-d'],
      ['s-d', 'can-authenticate-to', 'vm-target'],
    ],
    expect: ['vm-a', 'vm-b'],
  },
  'compute-plaintext-credential': {
    nodes: [
      n('vm-a', 'vm', { insights: [['has-plaintext-secret', { kinds: ['aws-access-key'] }]] }),
      n('fn-b', 'function', { insights: ['has-plaintext-secret'] }),
      n('bucket-c', 'object-storage', { insights: ['has-plaintext-secret'] }),
      n('vm-d', 'vm'),
    ],
    expect: ['fn-b', 'vm-a'],
  },
  'compute-secret-authenticates-as-admin': {
    nodes: [
      n('vm-a', 'vm', { insights: ['has-plaintext-secret'] }),
      n('fn-b', 'function', { insights: ['has-plaintext-secret'] }),
      n('vm-c', 'vm', { insights: ['has-plaintext-secret'] }),
      n('vm-d', 'vm'),
      n('s-b', 'secret'),
      n('u-admin', 'identity', { kind: 'aws.iam.user', insights: ['has-admin-permissions'] }),
      n('u-plain', 'identity', { kind: 'aws.iam.user' }),
    ],
    edges: [
      ['vm-a', 'can-authenticate-to', 'u-admin'],
      ['fn-b', 'contains', 's-b'],
      ['s-b', 'can-authenticate-to', 'u-admin'],
      ['vm-c', 'can-authenticate-to', 'u-plain'],
      ['vm-d', 'can-authenticate-to', 'u-admin'],
    ],
    expect: ['fn-b', 'vm-a'],
  },
}

describe('query/templates', () => {
  it('has at least 25 templates with unique kebab-case ids, a title, a description and references', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(25)
    for (const template of BUILTIN_TEMPLATES) {
      expect(template.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(template.title.length).toBeGreaterThan(10)
      expect(template.title.length).toBeLessThanOrEqual(120)
      expect(template.description.length).toBeGreaterThan(20)
      expect(template.references.length).toBeGreaterThan(0)
      expect(template.needs.length).toBeGreaterThan(0)
    }
  })

  it('prints every template to canonical text that parses back to the same AST', () => {
    for (const template of BUILTIN_TEMPLATES) expect(parseQueryText(printQuery(template.query)).query, template.id).toEqual(template.query)
  })

  it('covers the seed question and the issue list', () => {
    for (const id of [
      'k8s-rbac-off-unrestricted-access',
      'vm-exposed-rce',
      'admin-identity-without-mfa',
      'secret-authenticates-to-data-store',
      'workload-identity-reads-secret-store',
      'public-storage-sensitive-data',
      'workloads-images-critical-cves',
      'k8s-privileged-pod-on-exposed-node',
      'identity-trusted-by-external-account',
    ]) {
      expect(getTemplate(id).id).toBe(id)
    }
    expect(() => getTemplate('no-such-template')).toThrow(/no template 'no-such-template'/)
  })

  it('has a small-graph case for every template', () => {
    expect(Object.keys(CASES).sort()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id).sort())
  })

  for (const template of BUILTIN_TEMPLATES) {
    it(`template ${template.id} lists exactly its resources, not the look-alikes`, () => {
      const spec = CASES[template.id]
      if (spec === undefined) throw new Error(`no case for ${template.id}`)
      const graph = smallGraph(spec.nodes, spec.edges ?? [])
      const result = runQuery(graph, template.query)
      expect(result.rows.map((r) => r.node.id)).toEqual([...spec.expect].sort())
      for (const row of result.rows) for (const edge of row.match) expect(graph.indexOf(edge.from)).toBeDefined()
    })
  }
})
