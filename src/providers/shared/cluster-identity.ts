/**
 * @module Which cluster a Kubernetes input describes, and the cloud resource that cluster is.
 *
 * Naming rule (documented in docs and the kinds table):
 * 1. `ScanOptions.clusterId` wins. An EKS ARN, AKS ARM id, GKE CAI name (or `projects/…/clusters/…`)
 *    or GKE kubeconfig context (`gke_<project>_<location>_<name>`) gives the cluster's short name
 *    and a link to the cloud cluster node; any other text is used as the name itself.
 * 2. Otherwise the file path: the file name without extensions and without words that only say
 *    what was exported (`pods`, `all`, `list`, `clusterroles.rbac.authorization.k8s.io`…), so
 *    `prod-pods.json` → `prod`. When nothing is left, the parent folder names the cluster, skipping
 *    a folder named like the objects' namespace (KubeHound's `<cluster>/<namespace>/pods.json`).
 * 3. `default` when neither gives a name.
 * Names are lowercased and limited to `[a-z0-9._-]`.
 */
import { basename, dirname } from 'node:path'
import { azureNodeId, k8sClusterNodeId } from '../ids.js'

export interface ClusterIdentity {
  readonly name: string
  readonly nodeId: string
  readonly nameSource: 'option' | 'report' | 'path' | 'default'
  /** The cloud cluster node id (EKS ARN, lowercased AKS ARM id, GKE CAI name) when known. */
  readonly cloudClusterId?: string
  readonly cloudProvider?: 'aws' | 'azure' | 'gcp'
  readonly awsAccountId?: string
  readonly awsPartition?: string
}

const EKS_ARN = /^arn:(aws[\w-]*):eks:[^:]+:(\d{12}):cluster\/([^/]+)$/
const AKS_ID = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/microsoft\.containerservice\/managedclusters\/([^/]+)$/i
const GKE_NAME = /^(?:\/\/container\.googleapis\.com\/)?projects\/([^/]+)\/(locations|zones)\/([^/]+)\/clusters\/([^/]+)$/
const GKE_CONTEXT = /^gke_([a-z][a-z0-9-]{4,28}[a-z0-9])_([a-z]+-[a-z]+\d(?:-[a-z])?)_(.+)$/

export function sanitizeClusterName(text: string): string {
  return text.trim().toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')
}

function identity(name: string, nameSource: ClusterIdentity['nameSource'], extra: Partial<ClusterIdentity> = {}): ClusterIdentity {
  const clean = sanitizeClusterName(name) || 'default'
  return { name: clean, nodeId: k8sClusterNodeId(clean), nameSource, ...extra }
}

/** Cluster identity from an explicit id (option) or a report's cluster name (Trivy `ClusterName`). */
export function clusterFromId(clusterId: string, nameSource: 'option' | 'report' = 'option'): ClusterIdentity {
  const text = clusterId.trim()
  const eks = EKS_ARN.exec(text)
  if (eks) {
    return identity(eks[3]!, nameSource, { cloudClusterId: text, cloudProvider: 'aws', awsPartition: eks[1]!, awsAccountId: eks[2]! })
  }
  const aks = AKS_ID.exec(text)
  if (aks) return identity(aks[1]!, nameSource, { cloudClusterId: azureNodeId(text), cloudProvider: 'azure' })
  const gke = GKE_NAME.exec(text)
  if (gke) {
    const cloudClusterId = `//container.googleapis.com/projects/${gke[1]!}/${gke[2]!}/${gke[3]!}/clusters/${gke[4]!}`
    return identity(gke[4]!, nameSource, { cloudClusterId, cloudProvider: 'gcp' })
  }
  const context = GKE_CONTEXT.exec(text)
  if (context) {
    const cloudClusterId = `//container.googleapis.com/projects/${context[1]!}/locations/${context[2]!}/clusters/${context[3]!}`
    return identity(context[3]!, nameSource, { cloudClusterId, cloudProvider: 'gcp' })
  }
  return identity(text, nameSource)
}

const EXPORT_WORDS = new Set([
  'all', 'list', 'items', 'export', 'exports', 'dump', 'output', 'out', 'inventory', 'kubectl', 'get',
  'k8s', 'kube', 'kubernetes', 'cluster', 'manifest', 'manifests', 'objects', 'resources', 'rbac', 'yaml', 'json',
  'pod', 'pods', 'po', 'deployment', 'deployments', 'deploy', 'service', 'services', 'svc', 'node', 'nodes',
  'namespace', 'namespaces', 'ns', 'secret', 'secrets', 'configmap', 'configmaps', 'cm', 'serviceaccount',
  'serviceaccounts', 'sa', 'ingress', 'ingresses', 'ing', 'networkpolicy', 'networkpolicies', 'netpol',
  'daemonset', 'daemonsets', 'ds', 'statefulset', 'statefulsets', 'sts', 'replicaset', 'replicasets', 'rs',
  'job', 'jobs', 'cronjob', 'cronjobs', 'cj', 'role', 'roles', 'clusterrole', 'clusterroles', 'rolebinding',
  'rolebindings', 'clusterrolebinding', 'clusterrolebindings', 'endpoints', 'endpointslices', 'pv', 'pvc',
  'persistentvolumes', 'persistentvolumeclaims', 'workloads', 'fixtures', '__fixtures__',
])

/** The meaningful part of a file or folder name, or '' when it only names what was exported. */
function meaningfulStem(name: string): string {
  const stem = name.replace(/(\.gz)?$/i, '').replace(/\.(json|ya?ml|ndjson|txt)$/i, '')
  const first = stem.split('.')[0] ?? ''
  const tokens = first.split(/[-_]+/).filter((t) => t.length > 0)
  while (tokens.length > 0 && EXPORT_WORDS.has(tokens[0]!.toLowerCase())) tokens.shift()
  while (tokens.length > 0 && EXPORT_WORDS.has(tokens[tokens.length - 1]!.toLowerCase())) tokens.pop()
  return tokens.join('-')
}

/** Cluster identity derived from the input path (rule 2 above); `namespace` is the first object's namespace. */
export function clusterFromPath(path: string, namespace?: string): ClusterIdentity {
  const own = meaningfulStem(basename(path))
  if (own) return identity(own, 'path')
  let dir = dirname(path)
  for (let depth = 0; depth < 2; depth++) {
    const folder = basename(dir)
    if (folder === '' || folder === '.' || folder === '/' || folder === dir) break
    if (namespace === undefined || folder !== namespace) {
      const stem = meaningfulStem(folder)
      if (stem) return identity(stem, 'path')
    }
    dir = dirname(dir)
  }
  return identity('default', 'default')
}

export function resolveCluster(clusterId: string | undefined, path: string, namespace?: string): ClusterIdentity {
  return clusterId !== undefined && clusterId.trim() !== '' ? clusterFromId(clusterId) : clusterFromPath(path, namespace)
}
