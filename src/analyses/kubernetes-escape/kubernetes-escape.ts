/**
 * @module Kubernetes container escape, service account tokens, node identity and in-cluster reach:
 * - insights on pods and workloads: `privileged-container`, `uses-host-pid`, `uses-host-ipc`, `uses-host-network`,
 *   `mounts-host-path` (paths, sensitive ones flagged);
 * - `can-assume` pod → its node (method `container-escape`) when a container can take the node over;
 * - `can-authenticate-as` node → the cloud identity of its VM; pod → service account with `tokenMounted`;
 * - `routes-traffic-to` service → selected pods; `protected-by` pod → NetworkPolicies selecting it.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Analysis } from '../analysis.js'
import { DerivationSink } from '../cloud-permissions/derivation-sink.js'
import { nodeEvidence, outTargets } from '../cloud-permissions/graph-walk.js'
import { obj } from '../cloud-permissions/json-read.js'
import type { EscapeFacts } from './escape-facts.js'
import { escapeFacts } from './escape-facts.js'
import { linkNetworkPolicies } from './network-policies.js'
import { linkNodeIdentities } from './node-identity.js'
import { settleTokenMounts } from './service-account-tokens.js'
import { linkServicesToPods } from './services.js'

const WORKLOAD_KINDS = ['k8s.deployment', 'k8s.statefulset', 'k8s.daemonset', 'k8s.replicaset', 'k8s.replicationcontroller', 'k8s.job', 'k8s.cronjob']

function insights(graph: GraphView, sink: DerivationSink, node: number, facts: EscapeFacts, where: string): void {
  if (facts.privilegedReasons.length > 0) {
    sink.insight(node, 'privileged-container', {
      containers: [...new Set([...facts.privilegedContainers, ...Object.keys(facts.dangerousCaps)])].sort(),
      reasons: [...facts.privilegedReasons],
      capabilities: [...new Set(Object.values(facts.dangerousCaps).flat())].sort(),
      allowPrivilegeEscalation: facts.allowPrivilegeEscalation,
    }, nodeEvidence(graph, node, `${where}: ${facts.privilegedReasons.join('; ')}`))
  }
  if (facts.hostPID) sink.insight(node, 'uses-host-pid', { hostIPC: facts.hostIPC }, nodeEvidence(graph, node, `${where}.hostPID: true`))
  if (facts.hostIPC) sink.insight(node, 'uses-host-ipc', {}, nodeEvidence(graph, node, `${where}.hostIPC: true`))
  if (facts.hostNetwork) sink.insight(node, 'uses-host-network', {}, nodeEvidence(graph, node, `${where}.hostNetwork: true`))
  if (facts.hostPaths.length > 0) {
    sink.insight(node, 'mounts-host-path', {
      paths: facts.hostPaths.map((h) => h.path),
      sensitive: facts.hostPaths.filter((h) => h.sensitive).map((h) => h.path),
      writable: facts.hostPaths.filter((h) => !h.readOnly).map((h) => h.path),
    }, nodeEvidence(graph, node, `${where}.volumes[].hostPath: ${facts.hostPaths.map((h) => h.path).join(', ')}`))
  }
}

export const kubernetesEscapeAnalysis: Analysis = {
  id: 'kubernetes-escape',
  title: 'Kubernetes container escape, service account tokens and node identity',
  dependsOn: [],
  run: (graph) => {
    const sink = new DerivationSink(graph)
    for (const pod of graph.nodesOfKind('k8s.pod')) {
      const facts = escapeFacts(graph.nodeProps(pod))
      insights(graph, sink, pod, facts, 'spec')
      if (facts.escapeReasons.length === 0) continue
      for (const node of outTargets(graph, pod, 'runs-on')) {
        if (graph.nodeKind(node) !== 'k8s.node') continue
        sink.assume({ from: pod, to: node, method: 'container-escape', evidence: nodeEvidence(graph, pod, facts.escapeReasons.join('; ')) })
      }
    }
    for (const kind of WORKLOAD_KINDS) {
      for (const workload of graph.nodesOfKind(kind)) {
        const template = obj(graph.nodeProps(workload)['podTemplate'])
        if (template !== undefined) insights(graph, sink, workload, escapeFacts(template), 'spec.template.spec')
      }
    }
    linkNodeIdentities(graph, sink)
    settleTokenMounts(graph, sink)
    linkServicesToPods(graph, sink)
    linkNetworkPolicies(graph, sink)
    return sink.build()
  },
}
