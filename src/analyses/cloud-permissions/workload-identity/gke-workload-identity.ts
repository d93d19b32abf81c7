/**
 * @module GKE workload identity: a Kubernetes service account annotated
 * `iam.gke.io/gcp-service-account: <gsa>` becomes that Google service account when the account's IAM
 * policy (or a policy above it) grants roles/iam.workloadIdentityUser — any role with
 * iam.serviceAccounts.getAccessToken — to `serviceAccount:<project>.svc.id.goog[<ns>/<ksa>]`.
 * Documented choice: when the account's IAM policy is in the input and no binding names this Kubernetes
 * service account, there is no edge (the annotation alone grants nothing); when the policy is not in
 * the input, the edge is kept with a caveat saying the binding is unverified.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { DerivationSink } from '../derivation-sink.js'
import { nodeEvidence } from '../graph-walk.js'
import { bool, str } from '../json-read.js'
import type { GcpIam } from '../gcp/gcp-iam.js'
import { workloadIdentityMember } from '../gcp/gcp-members.js'
import { annotatedServiceAccounts } from './k8s-service-accounts.js'

export function analyzeGkeWorkloadIdentity(graph: GraphView, iam: GcpIam, sink: DerivationSink): number {
  let edges = 0
  for (const sa of annotatedServiceAccounts(graph, 'gcpServiceAccount')) {
    const email = str(sa.props['gcpServiceAccount'])!
    const gsa = iam.members.resolve(`serviceAccount:${email}`, undefined)[0]?.node
    if (gsa === undefined) continue
    const gke = sa.cloudCluster
    const gkeProps = gke === undefined ? undefined : graph.nodeProps(gke)
    // Without workload identity on the cluster, pods reach the node's account, not the annotated one.
    if (gkeProps !== undefined && bool(gkeProps['workloadIdentityEnabled']) === false) continue
    const pool = gkeProps === undefined ? undefined : str(gkeProps['workloadPool'])
    const matches = (member: string): boolean => {
      const wi = workloadIdentityMember(member)
      return wi !== undefined && wi.namespace === sa.namespace && wi.name === sa.name && (pool === undefined || wi.pool === pool)
    }
    const binding = iam.memberAllowed(matches, gsa, 'iam.serviceAccounts.getAccessToken')
    const annotation = `iam.gke.io/gcp-service-account: ${email}`
    if (binding !== undefined) {
      const caveats = [...binding.caveats, ...(pool === undefined ? ['the GKE cluster of this export is not in the input: the workload pool was not checked'] : [])]
      sink.assume({
        from: sa.node,
        to: gsa,
        method: 'gke-workload-identity',
        caveats,
        evidence: { source: `${graph.nodeId(binding.holder)}#iamPolicy`, detail: `bindings[${binding.index}]: ${binding.role} for ${sa.namespace}/${sa.name}; ${annotation}` },
      })
      edges++
    } else if (!iam.hasPolicy(gsa)) {
      sink.assume({
        from: sa.node,
        to: gsa,
        method: 'gke-workload-identity',
        caveats: [`the IAM policy of ${email} is not in the input: the roles/iam.workloadIdentityUser binding for ${sa.namespace}/${sa.name} is unverified`],
        evidence: nodeEvidence(graph, sa.node, annotation),
      })
      edges++
    }
  }
  return edges
}
