/**
 * @module The three exported clusters (EKS, AKS, GKE): their nodes (joined to cloud VMs through
 * `spec.providerID`), planted namespaces and cluster-wide RBAC. Planted workloads come in pairs: the weak
 * one and a look-alike that differs in exactly one property.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { AZURE_TENANT, CLUSTERS, GCP_PROD } from '../demo-company.js'
import type { DemoClock } from '../demo-company.js'
import { IMAGES, SYSTEM_IMAGES } from '../demo-images.js'
import { eksArn, rdsEndpoint } from '../aws/aws-config-items.js'
import { roleArn } from '../aws/aws-iam-model.js'
import { EKS_PLANTED_NODES, eksNode, placeholderSecret, PROD_EU } from '../aws/aws-planted-resources.js'
import { aksIdOf, AKS, AKS_PLANTED_NODES, aksNode, MI, STORAGE } from '../azure/azure-planted.js'
import { clusterName } from '../gcp/gcp-assets.js'
import { GKE, GKE_PLANTED_NODES, gkeNode, SA, PROD as GCP_PROD_PROJECT } from '../gcp/gcp-planted.js'
import type { AppSpec, NodeRef } from './k8s-apps.js'
import { appObjects } from './k8s-apps.js'
import type { ClusterInfo, NodeSpec } from './k8s-objects.js'
import {
  BUILTIN_CLUSTER_ROLES,
  clusterRoleBindingObject,
  clusterRoleObject,
  configMapObject,
  namespaceObject,
  roleBindingObject,
  roleObject,
  secretObject,
  serviceAccountObject,
  serviceObject,
} from './k8s-objects.js'


/** EKS Secrets in `payments` that name the orders database: one holds its password, one does not. */
export const ORDERS_DB_SECRET = { planted: 'orders-db-url', control: 'orders-db-readonly-url' } as const
/** AKS Secrets in `checkout` that name the ledger storage account: one holds its key, one only its URL. */
export const LEDGER_SECRET = { planted: 'ledger-export-key', control: 'ledger-export-url' } as const

export type ClusterKey = 'eks' | 'aks' | 'gke'

export interface PlantedNamespace {
  readonly name: string
  /** Written as a multi-document YAML manifest instead of a kubectl List. */
  readonly yaml?: boolean
  readonly objects: JsonObject[]
}

export interface ClusterDef {
  readonly key: ClusterKey
  readonly info: ClusterInfo
  /** The cloud cluster this export belongs to (ARN, ARM id or CAI name), passed as `clusterId`. */
  readonly cloudClusterId: string
  readonly plantedNodes: number
  node(index: number): NodeSpec
}

const EKS_INFO = { name: CLUSTERS.eks, kubeletVersion: 'v1.29.3-eks-ae9a62a', podPrefix: '10.20', servicePrefix: '172.20', lbStyle: 'hostname', region: PROD_EU.region } as const
const AKS_INFO = { name: CLUSTERS.aks, kubeletVersion: 'v1.29.4', podPrefix: '10.50', servicePrefix: '10.0', lbStyle: 'ip', region: 'westeurope' } as const
const GKE_INFO = { name: CLUSTERS.gke, kubeletVersion: 'v1.29.4-gke.1043002', podPrefix: '10.80', servicePrefix: '10.84', lbStyle: 'ip', region: GCP_PROD.region } as const

export function clusterDefs(clock: DemoClock): Readonly<Record<ClusterKey, ClusterDef>> {
  return {
    eks: {
      key: 'eks',
      info: { ...EKS_INFO, clock },
      cloudClusterId: eksArn(PROD_EU, CLUSTERS.eks),
      plantedNodes: EKS_PLANTED_NODES,
      node: (index) => {
        const n = eksNode(index)
        return {
          name: n.name,
          providerId: `aws:///${n.spec.subnet.az}/${n.spec.id}`,
          internalIp: n.spec.privateIp,
          labels: {
            'eks.amazonaws.com/nodegroup': 'general',
            'eks.amazonaws.com/capacityType': 'ON_DEMAND',
            'eks.amazonaws.com/nodegroup-image': n.spec.ami,
            'node.kubernetes.io/instance-type': n.spec.type,
            'topology.kubernetes.io/zone': n.spec.subnet.az,
          },
          osImage: 'Amazon Linux 2',
          containerRuntime: 'containerd://1.7.11',
          kernel: '5.10.210-201.852.amzn2.x86_64',
          capacity: { cpu: '4', memory: '15896056Ki', pods: '58' },
        }
      },
    },
    aks: {
      key: 'aks',
      info: { ...AKS_INFO, clock },
      cloudClusterId: aksIdOf(AKS.prod),
      plantedNodes: AKS_PLANTED_NODES,
      node: (index) => {
        const n = aksNode(index)
        return {
          name: n.name,
          providerId: n.providerId,
          internalIp: n.privateIp,
          labels: {
            'kubernetes.azure.com/agentpool': 'system',
            'kubernetes.azure.com/cluster': AKS.prod.nodeRg.resourceGroup,
            'kubernetes.azure.com/mode': 'system',
            'kubernetes.azure.com/os-sku': 'Ubuntu',
            'node.kubernetes.io/instance-type': 'Standard_D4s_v5',
            'topology.kubernetes.io/zone': `westeurope-${(index % 3) + 1}`,
          },
          osImage: 'Ubuntu 22.04.4 LTS',
          containerRuntime: 'containerd://1.7.15-1',
          kernel: '5.15.0-1061-azure',
          capacity: { cpu: '4', memory: '16365384Ki', pods: '30' },
        }
      },
    },
    gke: {
      key: 'gke',
      info: { ...GKE_INFO, clock },
      cloudClusterId: clusterName(GCP_PROD_PROJECT, GKE.prod.location, GKE.prod.name),
      plantedNodes: GKE_PLANTED_NODES,
      node: (index) => {
        const n = gkeNode(index)
        return {
          name: n.name,
          providerId: n.providerId,
          internalIp: n.spec.networkIp,
          labels: {
            'cloud.google.com/gke-nodepool': GKE.prod.pool,
            'cloud.google.com/gke-os-distribution': 'cos',
            'cloud.google.com/machine-family': 'e2',
            'iam.gke.io/gke-metadata-server-enabled': 'true',
            'node.kubernetes.io/instance-type': 'e2-standard-4',
            'topology.kubernetes.io/zone': n.spec.zone,
          },
          osImage: 'Container-Optimized OS from Google',
          containerRuntime: 'containerd://1.7.13',
          kernel: '6.1.75+',
          capacity: { cpu: '4', memory: '16390836Ki', pods: '110' },
        }
      },
    },
  }
}

const ref = (def: ClusterDef, index: number): NodeRef => {
  const n = def.node(index)
  return { name: n.name, ip: n.internalIp }
}

interface Built {
  readonly namespaces: readonly PlantedNamespace[]
  readonly clusterObjects: readonly JsonObject[]
  /** Pod names of planted apps, keyed `namespace/app`. */
  readonly pods: Readonly<Record<string, readonly string[]>>
}

function build(def: ClusterDef, apps: readonly AppSpec[], extras: Readonly<Record<string, JsonObject[]>>, yamlNamespaces: readonly string[], clusterRbac: JsonObject[]): Built {
  const byNamespace = new Map<string, JsonObject[]>()
  const pods: Record<string, readonly string[]> = {}
  const add = (ns: string, objects: readonly JsonObject[]): void => {
    const list = byNamespace.get(ns) ?? [serviceAccountObject(def.info, ns, 'default')]
    list.push(...objects)
    byNamespace.set(ns, list)
  }
  for (const app of apps) {
    const built = appObjects(def.info, app)
    add(app.namespace, built.objects)
    pods[`${app.namespace}/${app.name}`] = built.pods
  }
  for (const [ns, objects] of Object.entries(extras)) add(ns, objects)
  const namespaces = [...byNamespace.entries()].map(([name, objects]) => ({ name, objects, ...(yamlNamespaces.includes(name) ? { yaml: true } : {}) }))
  const clusterObjects = [
    ...namespaces.map((ns) => namespaceObject(def.info, ns.name)),
    ...BUILTIN_CLUSTER_ROLES.map((r) => clusterRoleObject(def.info, r.name, r.rules, { 'kubernetes.io/bootstrapping': 'rbac-defaults' })),
    clusterRoleBindingObject(def.info, 'cluster-admin', 'cluster-admin', [{ kind: 'Group', name: 'system:masters' }], { 'kubernetes.io/bootstrapping': 'rbac-defaults' }),
    ...clusterRbac,
  ]
  return { namespaces, clusterObjects, pods }
}

const lb = (port: number): AppSpec['service'] => ({ type: 'LoadBalancer', port })

export function eksPlanted(def: ClusterDef): Built {
  const node = (i: number): NodeRef => ref(def, i)
  const irsa = (role: string): Pick<AppSpec, 'env' | 'identityToken'> => ({
    env: [
      { name: 'AWS_STS_REGIONAL_ENDPOINTS', value: 'regional' },
      { name: 'AWS_DEFAULT_REGION', value: PROD_EU.region },
      { name: 'AWS_REGION', value: PROD_EU.region },
      { name: 'AWS_ROLE_ARN', value: roleArn(PROD_EU.accountId, role) },
      { name: 'AWS_WEB_IDENTITY_TOKEN_FILE', value: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token' },
    ],
    identityToken: { volume: 'aws-iam-token', mountPath: '/var/run/secrets/eks.amazonaws.com/serviceaccount', audience: 'sts.amazonaws.com' },
  })
  const apps: AppSpec[] = [
    { namespace: 'shop', name: 'storefront', image: IMAGES.storefront, port: 8080, service: lb(443), serviceAccount: 'storefront', serviceAccountAnnotations: {}, nodes: [node(0), node(1)] },
    { namespace: 'shop', name: 'storefront-canary', image: IMAGES.storefront, port: 8080, service: { type: 'ClusterIP', port: 443 }, serviceAccount: 'storefront', nodes: [node(2)] },
    { namespace: 'ops', name: 'log-shipper', image: IMAGES.logShipper, port: 6514, service: lb(6514), serviceAccount: 'log-shipper', serviceAccountAnnotations: {}, nodes: [node(1)], privileged: true, hostPID: true, mountHostRoot: true },
    { namespace: 'ops', name: 'log-shipper-restricted', image: IMAGES.logShipper, port: 6514, service: lb(6514), serviceAccount: 'log-shipper', nodes: [node(2)], hardened: true },
    { namespace: 'ci', name: 'deploy-agent', image: IMAGES.deployAgent, port: 8443, service: lb(443), serviceAccount: 'deployer', serviceAccountAnnotations: {}, nodes: [node(0)] },
    { namespace: 'ci', name: 'status-page', image: IMAGES.deployAgent, port: 8080, service: lb(443), serviceAccount: 'viewer', serviceAccountAnnotations: {}, nodes: [node(2)] },
    {
      namespace: 'payments',
      name: 'payments-api',
      image: IMAGES.paymentsApi,
      port: 8443,
      service: lb(443),
      serviceAccount: 'payments-api',
      serviceAccountAnnotations: { 'eks.amazonaws.com/role-arn': roleArn(PROD_EU.accountId, 'payments-irsa') },
      nodes: [node(0), node(2)],
      ...irsa('payments-irsa'),
    },
    {
      namespace: 'payments',
      name: 'payments-batch',
      image: IMAGES.paymentsApi,
      port: 8443,
      service: lb(443),
      serviceAccount: 'payments-batch',
      serviceAccountAnnotations: { 'eks.amazonaws.com/role-arn': roleArn(PROD_EU.accountId, 'payments-batch-irsa') },
      nodes: [node(1)],
      ...irsa('payments-batch-irsa'),
    },
    { namespace: 'kube-system', name: 'coredns', image: SYSTEM_IMAGES.eksCoredns, port: 53, service: { type: 'ClusterIP', port: 53 }, serviceAccount: 'coredns', serviceAccountAnnotations: {}, nodes: [node(0), node(1)], labels: { 'k8s-app': 'kube-dns', 'eks.amazonaws.com/component': 'coredns' } },
  ]
  const mapRoles = [
    `- rolearn: ${roleArn(PROD_EU.accountId, 'ridgeline-eks-node-role')}`,
    '  username: system:node:{{EC2PrivateDNSName}}',
    '  groups:',
    '  - system:bootstrappers',
    '  - system:nodes',
    '',
  ].join('\n')
  const extras: Record<string, JsonObject[]> = {
    'kube-system': [configMapObject(def.info, 'kube-system', 'aws-auth', { mapRoles }), serviceAccountObject(def.info, 'kube-system', 'aws-node')],
    payments: [
      roleObject(def.info, 'payments', 'secret-reader', [{ apiGroups: [''], resources: ['secrets'], verbs: ['get'] }]),
      roleBindingObject(def.info, 'payments', 'payments-api-secrets', 'Role', 'secret-reader', [{ kind: 'ServiceAccount', name: 'payments-api', namespace: 'payments' }]),
      secretObject(def.info, 'payments', 'payments-db', 'Opaque', ['username', 'password', 'host']),
      // A connection string with the orders database password (planted) and a password-less one (look-alike).
      secretObject(def.info, 'payments', ORDERS_DB_SECRET.planted, 'Opaque', ['DATABASE_URL'], {
        DATABASE_URL: `postgres://payments:${placeholderSecret('payments-orders-db')}@${rdsEndpoint(PROD_EU, 'orders-db')}:5432/orders`,
      }),
      secretObject(def.info, 'payments', ORDERS_DB_SECRET.control, 'Opaque', ['DATABASE_URL', 'PGSSLMODE'], {
        DATABASE_URL: `postgres://payments@${rdsEndpoint(PROD_EU, 'orders-db')}:5432/orders`,
        PGSSLMODE: 'verify-full',
      }),
    ],
    default: [serviceObject(def.info, 'default', 'kubernetes', 'ClusterIP', {}, [{ name: 'https', port: 443, targetPort: 443 }], '172.20.0.1')],
  }
  const rbac = [
    clusterRoleBindingObject(def.info, 'ci-deployer-admin', 'cluster-admin', [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci' }]),
    clusterRoleBindingObject(def.info, 'ci-status-view', 'view', [{ kind: 'ServiceAccount', name: 'viewer', namespace: 'ci' }]),
  ]
  return build(def, apps, extras, [], rbac)
}

export function aksPlanted(def: ClusterDef): Built {
  const node = (i: number): NodeRef => ref(def, i)
  const workloadIdentity = (clientId: string): Pick<AppSpec, 'env' | 'identityToken' | 'labels'> => ({
    labels: { 'azure.workload.identity/use': 'true' },
    env: [
      { name: 'AZURE_CLIENT_ID', value: clientId },
      { name: 'AZURE_TENANT_ID', value: AZURE_TENANT },
      { name: 'AZURE_FEDERATED_TOKEN_FILE', value: '/var/run/secrets/azure/tokens/azure-identity-token' },
      { name: 'AZURE_AUTHORITY_HOST', value: 'https://login.microsoftonline.com/' },
    ],
    identityToken: { volume: 'azure-identity-token', mountPath: '/var/run/secrets/azure/tokens', audience: 'api://AzureADTokenExchange' },
  })
  const apps: AppSpec[] = [
    { namespace: 'tools', name: 'debug-console', image: IMAGES.debugConsole, port: 8080, service: lb(443), serviceAccount: 'debug-console', serviceAccountAnnotations: {}, nodes: [node(0)], privileged: true, hostPID: true, mountHostRoot: true },
    { namespace: 'tools', name: 'debug-console-safe', image: IMAGES.debugConsole, port: 8080, service: lb(443), serviceAccount: 'debug-console', nodes: [node(1)], hardened: true },
    {
      namespace: 'checkout',
      name: 'checkout-api',
      image: IMAGES.checkoutApi,
      port: 8080,
      service: lb(443),
      serviceAccount: 'checkout-api',
      serviceAccountAnnotations: { 'azure.workload.identity/client-id': MI.checkout.clientId, 'azure.workload.identity/tenant-id': AZURE_TENANT },
      nodes: [node(1), node(2)],
      ...workloadIdentity(MI.checkout.clientId),
    },
    {
      namespace: 'checkout',
      name: 'checkout-worker',
      image: IMAGES.checkoutApi,
      port: 8080,
      service: lb(443),
      serviceAccount: 'checkout-worker',
      serviceAccountAnnotations: { 'azure.workload.identity/client-id': MI.checkoutWorker.clientId, 'azure.workload.identity/tenant-id': AZURE_TENANT },
      nodes: [node(0)],
      ...workloadIdentity(MI.checkoutWorker.clientId),
    },
    { namespace: 'kube-system', name: 'coredns', image: SYSTEM_IMAGES.aksCoredns, port: 53, service: { type: 'ClusterIP', port: 53 }, serviceAccount: 'coredns', serviceAccountAnnotations: {}, nodes: [node(0), node(2)], labels: { 'k8s-app': 'kube-dns', 'kubernetes.azure.com/managedby': 'aks' } },
  ]
  const extras: Record<string, JsonObject[]> = {
    checkout: [
      secretObject(def.info, 'checkout', 'checkout-tls', 'kubernetes.io/tls', ['tls.crt', 'tls.key']),
      // The ledger storage account's key in a connection string (planted) and its plain blob URL (look-alike).
      secretObject(def.info, 'checkout', LEDGER_SECRET.planted, 'Opaque', ['AZURE_STORAGE_CONNECTION_STRING'], {
        AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=https;AccountName=${STORAGE.ledger.name};AccountKey=${Buffer.from(placeholderSecret('ledger-key').repeat(2)).toString('base64')};EndpointSuffix=core.windows.net`,
      }),
      secretObject(def.info, 'checkout', LEDGER_SECRET.control, 'Opaque', ['LEDGER_CONTAINER_URL'], {
        LEDGER_CONTAINER_URL: `https://${STORAGE.ledger.name}.blob.core.windows.net/ledger`,
      }),
    ],
    default: [serviceObject(def.info, 'default', 'kubernetes', 'ClusterIP', {}, [{ name: 'https', port: 443, targetPort: 443 }], '10.0.0.1')],
  }
  return build(def, apps, extras, [], [])
}

export function gkePlanted(def: ClusterDef): Built {
  const node = (i: number): NodeRef => ref(def, i)
  const apps: AppSpec[] = [
    { namespace: 'analytics', name: 'report-builder', image: IMAGES.reportBuilder, port: 8080, service: lb(443), serviceAccount: 'report-builder', serviceAccountAnnotations: { 'iam.gke.io/gcp-service-account': SA.reportBuilder }, nodes: [node(0), node(1)] },
    { namespace: 'analytics', name: 'report-viewer', image: IMAGES.reportBuilder, port: 8080, service: lb(443), serviceAccount: 'report-viewer', serviceAccountAnnotations: { 'iam.gke.io/gcp-service-account': SA.reportViewer }, nodes: [node(2)] },
    { namespace: 'ingress', name: 'edge-proxy', image: IMAGES.edgeProxy, port: 8443, service: lb(443), serviceAccount: 'edge-proxy', serviceAccountAnnotations: {}, nodes: [node(0)], privileged: true, hostPID: true, mountHostRoot: true },
    { namespace: 'ingress', name: 'edge-proxy-restricted', image: IMAGES.edgeProxy, port: 8443, service: lb(443), serviceAccount: 'edge-proxy', nodes: [node(1)], hardened: true },
    { namespace: 'kube-system', name: 'kube-dns', image: SYSTEM_IMAGES.gkeKubeDns, port: 10053, service: { type: 'ClusterIP', port: 53 }, serviceAccount: 'kube-dns', serviceAccountAnnotations: {}, nodes: [node(1), node(2)], labels: { 'k8s-app': 'kube-dns' } },
  ]
  const extras: Record<string, JsonObject[]> = {
    default: [serviceObject(def.info, 'default', 'kubernetes', 'ClusterIP', {}, [{ name: 'https', port: 443, targetPort: 443 }], '10.84.0.1')],
  }
  return build(def, apps, extras, ['analytics'], [])
}

export function plantedFor(def: ClusterDef): Built {
  return def.key === 'eks' ? eksPlanted(def) : def.key === 'aks' ? aksPlanted(def) : gkePlanted(def)
}

/** The cloud id of the GKE cluster with legacy ABAC (not exported with kubectl). */
export const GKE_SANDBOX_ID = clusterName(GKE.sandbox.project, GKE.sandbox.location, GKE.sandbox.name)
