/**
 * @module AKS with Entra integration: the groups listed in `aadProfile.adminGroupObjectIDs` are bound
 * to cluster-admin by AKS itself, so their members administer the Kubernetes cluster the export
 * describes (`has-permission-to` admin and `has-admin-permissions` on the linked `k8s://` cluster node).
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { DerivationSink } from '../derivation-sink.js'
import { nodeEvidence } from '../graph-walk.js'
import { strings } from '../json-read.js'
import type { AzurePrincipals } from './azure-principals.js'

export function analyzeAksAdminGroups(graph: GraphView, sink: DerivationSink, principals: AzurePrincipals): void {
  for (const aks of graph.nodesOfKind('azure.containerservice.managedcluster')) {
    const groups = strings(graph.nodeProps(aks)['adminGroupObjectIds'])
    if (groups.length === 0) continue
    const clusters: number[] = []
    graph.forEachEdge(aks, 'in', 'attached-to', (_edge, cluster) => {
      if (graph.nodeKind(cluster) === 'k8s.cluster') clusters.push(cluster)
    })
    for (const objectId of groups) {
      const group = principals.nodeOf(objectId)
      if (group === undefined) continue
      const evidence = nodeEvidence(graph, aks, `aadProfile.adminGroupObjectIDs includes ${objectId}: AKS binds it to cluster-admin`)
      for (const cluster of clusters) {
        sink.permission({ from: group, to: cluster, level: 'admin', actions: ['* *'], via: `${graph.nodeId(aks)}#aadProfile.adminGroupObjectIDs`, evidence })
        sink.insight(group, 'has-admin-permissions', { scope: graph.nodeId(cluster), via: 'AKS admin group', method: 'cluster-admin' }, evidence)
      }
    }
  }
}
