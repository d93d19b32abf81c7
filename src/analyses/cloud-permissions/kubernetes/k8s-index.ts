/** @module Kubernetes objects of the graph indexed by cluster and namespace, read once per analysis. */
import type { GraphView } from '../../../graph/graph-view.js'
import { k8sClusterNodeId, k8sNodeId } from '../../../providers/ids.js'
import { str } from '../json-read.js'

const key = (cluster: string, namespace: string): string => `${cluster}/${namespace}`

function push(map: Map<string, number[]>, k: string, node: number): void {
  const list = map.get(k)
  if (list === undefined) map.set(k, [node])
  else list.push(node)
}

export class K8sIndex {
  private readonly byNamespace = new Map<string, Map<string, number[]>>()
  private readonly byCluster = new Map<string, Map<string, number[]>>()

  constructor(private readonly graph: GraphView) {
    for (const kind of ['k8s.serviceaccount', 'k8s.secret', 'k8s.pod', 'k8s.user', 'k8s.group']) {
      const byNs = new Map<string, number[]>()
      const byCluster = new Map<string, number[]>()
      for (const node of graph.nodesOfKind(kind)) {
        const props = graph.nodeProps(node)
        const cluster = str(props['cluster'])
        if (cluster === undefined) continue
        push(byCluster, cluster, node)
        const namespace = str(props['namespace'])
        if (namespace !== undefined) push(byNs, key(cluster, namespace), node)
      }
      this.byNamespace.set(kind, byNs)
      this.byCluster.set(kind, byCluster)
    }
  }

  inNamespace(kind: string, cluster: string, namespace: string): readonly number[] {
    return this.byNamespace.get(kind)?.get(key(cluster, namespace)) ?? []
  }

  inCluster(kind: string, cluster: string): readonly number[] {
    return this.byCluster.get(kind)?.get(cluster) ?? []
  }

  /** Objects of `kind` a binding reaches: its namespace, or the whole cluster for a ClusterRoleBinding. */
  inScope(kind: string, cluster: string, namespace: string | undefined): readonly number[] {
    return namespace === undefined ? this.inCluster(kind, cluster) : this.inNamespace(kind, cluster, namespace)
  }

  clusterNode(cluster: string): number | undefined {
    return this.graph.indexOf(k8sClusterNodeId(cluster))
  }

  namespaceNode(cluster: string, namespace: string): number | undefined {
    return this.graph.indexOf(k8sNodeId(cluster, undefined, 'Namespace', namespace))
  }

  serviceAccount(cluster: string, namespace: string, name: string): number | undefined {
    return this.graph.indexOf(k8sNodeId(cluster, namespace, 'ServiceAccount', name))
  }

  clusters(): string[] {
    const names = new Set<string>()
    for (const map of this.byCluster.values()) for (const cluster of map.keys()) names.add(cluster)
    return [...names].sort()
  }
}
