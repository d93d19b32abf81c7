/**
 * @module NetworkPolicies → the pods they select (`protected-by` pod → policy), with what the policy
 * does to ingress: restricted (only the listed peers and ports), or open (a rule without `from`). A pod
 * no policy selects takes traffic from anywhere in the cluster. Whether the cluster enforces policies
 * (a network plugin that implements them) is read from the cloud cluster when it is linked.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { DerivationSink } from '../cloud-permissions/derivation-sink.js'
import { nodeEvidence } from '../cloud-permissions/graph-walk.js'
import { bool, obj, objects, str, strings } from '../cloud-permissions/json-read.js'

/** matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist), as the API server evaluates them. */
export function selectorMatches(selector: JsonObject, labels: Readonly<Record<string, string>>): boolean {
  const matchLabels = obj(selector['matchLabels']) ?? {}
  for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== v) return false
  for (const expression of objects(selector['matchExpressions'])) {
    const k = str(expression['key']) ?? ''
    const values = strings(expression['values'])
    const present = Object.prototype.hasOwnProperty.call(labels, k)
    const operator = str(expression['operator']) ?? ''
    switch (operator) {
      case 'In':
        if (!present || !values.includes(labels[k]!)) return false
        break
      case 'NotIn':
        if (present && values.includes(labels[k]!)) return false
        break
      case 'Exists':
        if (!present) return false
        break
      case 'DoesNotExist':
        if (present) return false
        break
      default:
        return false
    }
  }
  return true
}

function enforcement(graph: GraphView, clusterScope: string): 'enforced' | 'not-enforced' | 'unknown' {
  const cluster = graph.indexOf(clusterScope)
  const cloudId = cluster === undefined ? undefined : str(graph.nodeProps(cluster)['cloudClusterId'])
  const cloud = cloudId === undefined ? undefined : graph.indexOf(cloudId)
  if (cloud === undefined) return 'unknown'
  const props = graph.nodeProps(cloud)
  const kind = graph.nodeKind(cloud)
  if (kind === 'azure.containerservice.managedcluster') {
    const plugin = str(props['networkPolicy'])
    return plugin === undefined || plugin === 'none' ? 'not-enforced' : 'enforced'
  }
  if (kind === 'gcp.container.cluster') return bool(props['networkPolicyEnabled']) === true ? 'enforced' : 'unknown'
  return 'unknown'
}

export function linkNetworkPolicies(graph: GraphView, sink: DerivationSink): number {
  const policies = graph.nodesOfKind('k8s.networkpolicy')
  if (policies.length === 0) return 0
  const pods = new Map<string, number[]>()
  for (const pod of graph.nodesOfKind('k8s.pod')) {
    const props = graph.nodeProps(pod)
    const k = `${graph.nodeScope(pod)}|${str(props['namespace']) ?? ''}`
    pods.set(k, [...(pods.get(k) ?? []), pod])
  }
  let links = 0
  for (const policy of policies) {
    const props = graph.nodeProps(policy)
    const types = strings(props['policyTypes'])
    const ingress = objects(props['ingress'])
    const egress = objects(props['egress'])
    const restrictsIngress = types.includes('Ingress')
    const edgeProps: JsonObject = {
      policyTypes: types,
      ingressRestricted: restrictsIngress,
      // A rule without `from` admits every source on its ports.
      ingressOpenToAll: restrictsIngress && ingress.some((rule) => objects(rule['from']).length === 0),
      ingressDeniesAll: restrictsIngress && ingress.length === 0,
      ingressIpBlocks: ingress.flatMap((rule) => objects(rule['from'])).flatMap((peer) => str(obj(peer['ipBlock'])?.['cidr']) ?? []),
      egressRestricted: types.includes('Egress'),
      egressDeniesAll: types.includes('Egress') && egress.length === 0,
      enforcement: enforcement(graph, graph.nodeScope(policy)),
    }
    const selector = obj(props['podSelector']) ?? {}
    for (const pod of pods.get(`${graph.nodeScope(policy)}|${str(props['namespace']) ?? ''}`) ?? []) {
      if (!selectorMatches(selector, graph.nodeTags(pod))) continue
      sink.edge(pod, policy, 'protected-by', edgeProps, nodeEvidence(graph, policy, `spec.podSelector selects ${graph.nodeName(pod)}`))
      links++
    }
  }
  return links
}
