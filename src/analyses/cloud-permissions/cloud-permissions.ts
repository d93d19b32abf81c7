/**
 * @module Azure RBAC, GCP IAM and Kubernetes RBAC effective permissions, and the identity hops between
 * them and AWS (IRSA, Azure workload identity, GKE workload identity). Reads the props the provider
 * adapters write; derives `has-permission-to`, `can-assume`, `member-of` edges and
 * `has-admin-permissions` insights, with the props and evidence every analysis shares (DerivationSink).
 */
import type { Analysis } from '../analysis.js'
import { analyzeAzureRbac } from './azure/azure-rbac.js'
import { DerivationSink } from './derivation-sink.js'
import { GcpIam } from './gcp/gcp-iam.js'
import { analyzeK8sRbac } from './kubernetes/k8s-rbac.js'
import { analyzeAzureWorkloadIdentity } from './workload-identity/azure-workload-identity.js'
import { analyzeGkeWorkloadIdentity } from './workload-identity/gke-workload-identity.js'
import { analyzeIrsa } from './workload-identity/irsa.js'

export const cloudPermissionsAnalysis: Analysis = {
  id: 'cloud-permissions',
  title: 'Azure RBAC, GCP IAM and Kubernetes RBAC effective permissions and identity hops',
  dependsOn: [],
  run: (graph) => {
    const sink = new DerivationSink(graph)
    // Workload identity first: its method names the hop when IAM also proves it (merged edges keep the first).
    analyzeAzureWorkloadIdentity(graph, sink)
    analyzeIrsa(graph, sink)
    const gcp = new GcpIam(graph)
    analyzeGkeWorkloadIdentity(graph, gcp, sink)
    analyzeAzureRbac(graph, sink)
    gcp.run(sink)
    analyzeK8sRbac(graph, sink)
    return sink.build()
  },
}
