/**
 * @module The shared vocabulary of the security graph (ARCHITECTURE.md §2) as data.
 * Code derives its types from these registries, so a misspelt family, edge kind or insight id is a
 * compile error, and `scripts/gen-docs.ts` lists them in `docs/vocabulary.md`.
 */

export const PROVIDERS = {
  aws: 'Amazon Web Services',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
  kubernetes: 'Kubernetes',
  terraform: 'Terraform (infrastructure as code)',
  scanner: 'Vulnerability and secret scanners (Trivy, Grype, SARIF)',
  skyhound: 'Pseudo-nodes created by Skyhound itself (the internet)',
} as const
export type Provider = keyof typeof PROVIDERS

export const FAMILIES = {
  organization: 'AWS organization/OU, Azure management group, GCP organization/folder',
  account: 'AWS account, Azure subscription, GCP project',
  'resource-group': 'Azure resource group',
  vm: 'Virtual machine (EC2 instance, Azure VM, Compute Engine instance)',
  'vm-scale-set': 'Group of identical VMs (auto scaling group, VM scale set, managed instance group)',
  'k8s-cluster': 'Kubernetes cluster (EKS, AKS, GKE or self-managed)',
  'k8s-node': 'Kubernetes node or node pool',
  'k8s-namespace': 'Kubernetes namespace',
  'k8s-workload': 'Kubernetes controller: Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet',
  pod: 'Kubernetes pod',
  container: 'Container inside a pod or task',
  'container-image': 'Container image or image repository',
  'container-registry': 'Container registry (ECR, ACR, Artifact Registry)',
  'k8s-service': 'Kubernetes Service',
  ingress: 'Kubernetes Ingress or cloud ingress controller',
  'k8s-rbac': 'Kubernetes Role, ClusterRole or binding',
  function: 'Serverless function (Lambda, Azure Functions, Cloud Functions, Cloud Run)',
  'app-service': 'Managed web application (App Service, Elastic Beanstalk, App Engine)',
  'object-storage': 'Bucket, storage account or blob container',
  'managed-database': 'Managed database server or database',
  'database-snapshot': 'Database snapshot or backup',
  'secret-store': 'Key Vault, Secrets Manager, Secret Manager',
  'kms-key': 'Encryption key',
  secret: 'A secret: stored secret, access key, Kubernetes secret, plaintext credential',
  identity: 'User, role, service principal, managed identity, cloud or Kubernetes service account',
  group: 'Group of identities',
  'role-definition': 'Role definition (Azure role, GCP role, Kubernetes ClusterRole template)',
  policy: 'Permission policy document or assignment',
  network: 'VPC or virtual network',
  subnet: 'Subnet',
  'network-interface': 'Network interface (ENI, NIC)',
  'network-security-group': 'Security group, NSG, firewall rule set, network ACL',
  'route-table': 'Route table',
  gateway: 'Internet, NAT, VPN or application gateway; firewall appliance',
  'public-ip': 'Public or elastic IP address',
  'load-balancer': 'Load balancer, listener or forwarding rule',
  'api-endpoint': 'API gateway, API Management or other managed endpoint',
  disk: 'Block storage volume or disk',
  logging: 'Audit trail, log sink or diagnostic setting',
  'iac-resource': 'Resource declared in infrastructure as code',
  vulnerability: 'A vulnerability finding imported from a scanner',
  internet: 'The internet (one pseudo-node per graph)',
  other: 'Resource type that Skyhound does not map yet (counted in the coverage report)',
} as const
export type Family = keyof typeof FAMILIES

interface EdgeKindInfo {
  readonly description: string
  /** True when an analysis derives the edge; false when ingestion reads it from the input. */
  readonly derived: boolean
}

export const EDGE_KINDS = {
  contains: { description: 'Parent contains child (account → resource, namespace → pod)', derived: false },
  'routes-traffic-to': { description: 'Network traffic can flow (props: ports, protocol)', derived: true },
  'can-authenticate-as': { description: 'Compute runs with an identity', derived: false },
  'has-permission-to': { description: 'Identity has effective permissions on a resource (props: level, actions, via)', derived: true },
  'can-assume': { description: 'Identity can become another identity', derived: true },
  'member-of': { description: 'Identity belongs to a group', derived: false },
  'is-running': { description: 'Pod runs an image; VM hosts a database', derived: false },
  maintains: { description: 'Workload controller maintains pods', derived: false },
  'runs-on': { description: 'Pod runs on a node', derived: false },
  'moves-data-to': { description: 'Data is replicated or copied to another store', derived: false },
  'can-authenticate-to': { description: 'A secret authenticates to a target', derived: true },
  'stores-secret': { description: 'A secret store holds a secret', derived: false },
  'protected-by': { description: 'Resource is filtered by a security group, NSG or firewall', derived: false },
  'attached-to': { description: 'Resource is attached to another (NIC → VM, policy → identity, IP → NIC)', derived: false },
  'provisioned-by': { description: 'Resource is declared by an infrastructure-as-code file', derived: false },
  'has-vulnerability': { description: 'Image or VM is affected by an imported vulnerability', derived: false },
} as const satisfies Record<string, EdgeKindInfo>
export type EdgeKind = keyof typeof EDGE_KINDS

export const INSIGHT_IDS = {
  'exposed-to-internet': 'Reachable from the internet (params: ports, protocol, width wide|narrow, via)',
  'has-high-severity-vulnerabilities': 'Has high or critical vulnerabilities',
  'vulnerable-to-rce': 'Has a remotely exploitable code-execution vulnerability',
  'contains-sensitive-data': 'Holds sensitive data (params: info types)',
  'allows-public-access': 'Data or service is readable anonymously',
  'allows-basic-authentication': 'Accepts password or basic authentication',
  'no-mfa': 'Interactive identity without multi-factor authentication',
  'privileged-container': 'Container runs privileged or with dangerous capabilities',
  'uses-host-network': 'Pod shares the node network namespace',
  'uses-host-pid': 'Pod shares the node process namespace',
  'uses-host-ipc': 'Pod shares the node IPC namespace (shared memory and semaphores of every process on the node)',
  'mounts-host-path': 'Pod mounts a path of the node file system',
  'critical-resource': 'Marked business-critical (params: level)',
  'has-plaintext-secret': 'Holds a credential in plaintext (params: kinds)',
  'is-external-user': 'Identity from outside the organization',
  'has-admin-permissions': 'Identity is administrator of an account, subscription, project or cluster',
  'rbac-disabled': 'Kubernetes cluster without role-based access control',
} as const
export type InsightId = keyof typeof INSIGHT_IDS

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

/** Type guard factory over a registry object, so input strings can be checked at the edges. */
function isKeyOf<T extends object>(registry: T) {
  return (value: unknown): value is keyof T =>
    typeof value === 'string' && Object.prototype.hasOwnProperty.call(registry, value)
}

export const isProvider = isKeyOf(PROVIDERS)
export const isFamily = isKeyOf(FAMILIES)
export const isEdgeKind = isKeyOf(EDGE_KINDS)
export const isInsightId = isKeyOf(INSIGHT_IDS)
export const isSeverity = (value: unknown): value is Severity =>
  typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)

export const PROVIDER_IDS = Object.keys(PROVIDERS) as Provider[]
export const FAMILY_IDS = Object.keys(FAMILIES) as Family[]
export const EDGE_KIND_IDS = Object.keys(EDGE_KINDS) as EdgeKind[]
export const INSIGHT_ID_LIST = Object.keys(INSIGHT_IDS) as InsightId[]
