/**
 * @module Pod → service account token. Ingestion links every pod to its service account
 * (`can-authenticate-as`, even when no token is mounted); this settles whether the token is actually
 * in the pod: the pod's automountServiceAccountToken, else the service account's, else true, or a
 * projected serviceAccountToken volume. The result lands on the same edge as `tokenMounted`
 * (the graph merges an edge derived twice), so path search can skip pods without a token.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { DerivationSink } from '../cloud-permissions/derivation-sink.js'
import { nodeEvidence } from '../cloud-permissions/graph-walk.js'
import { bool } from '../cloud-permissions/json-read.js'

export function settleTokenMounts(graph: GraphView, sink: DerivationSink): { mounted: number; notMounted: number } {
  let mounted = 0
  let notMounted = 0
  for (const pod of graph.nodesOfKind('k8s.pod')) {
    const props = graph.nodeProps(pod)
    graph.forEachEdge(pod, 'out', 'can-authenticate-as', (_edge, sa) => {
      if (graph.nodeKind(sa) !== 'k8s.serviceaccount') return
      const podSetting = bool(props['automountServiceAccountToken'])
      const saSetting = bool(graph.nodeProps(sa)['automountServiceAccountToken'])
      const projected = bool(props['projectedServiceAccountToken']) === true
      const tokenMounted = projected || (podSetting ?? saSetting ?? true)
      const why = projected
        ? 'a projected serviceAccountToken volume'
        : podSetting !== undefined
          ? `pod automountServiceAccountToken: ${podSetting}`
          : saSetting !== undefined
            ? `service account automountServiceAccountToken: ${saSetting}`
            : 'automount by default'
      sink.edge(pod, sa, 'can-authenticate-as', { tokenMounted }, nodeEvidence(graph, pod, `service account token ${tokenMounted ? 'mounted' : 'not mounted'}: ${why}`))
      if (tokenMounted) mounted++
      else notMounted++
    })
  }
  return { mounted, notMounted }
}
