/** @module Kubernetes service accounts with their cluster and the cloud cluster the export is linked to. */
import type { GraphView } from '../../../graph/graph-view.js'
import type { JsonObject } from '../../../model/graph-types.js'
import { str } from '../json-read.js'

export interface ServiceAccountRef {
  readonly node: number
  readonly namespace: string
  readonly name: string
  readonly props: JsonObject
  /** The cloud cluster node (EKS, AKS, GKE) when the Kubernetes export was linked to it. */
  readonly cloudCluster: number | undefined
}

/** Service accounts carrying `prop` (a workload-identity annotation the adapter lifted into props). */
export function annotatedServiceAccounts(graph: GraphView, prop: string): ServiceAccountRef[] {
  const out: ServiceAccountRef[] = []
  const clusters = new Map<string, number | undefined>()
  for (const node of graph.nodesOfKind('k8s.serviceaccount')) {
    const props = graph.nodeProps(node)
    if (str(props[prop]) === undefined) continue
    const scope = graph.nodeScope(node)
    if (!clusters.has(scope)) {
      const cluster = graph.indexOf(scope)
      const cloudId = cluster === undefined ? undefined : str(graph.nodeProps(cluster)['cloudClusterId'])
      clusters.set(scope, cloudId === undefined ? undefined : graph.indexOf(cloudId))
    }
    out.push({
      node,
      namespace: str(props['namespace']) ?? 'default',
      name: graph.nodeName(node).split('/').pop() ?? '',
      props,
      cloudCluster: clusters.get(scope),
    })
  }
  return out
}

/** The subject Kubernetes puts in a projected service account token. */
export const tokenSubject = (sa: ServiceAccountRef): string => `system:serviceaccount:${sa.namespace}:${sa.name}`
