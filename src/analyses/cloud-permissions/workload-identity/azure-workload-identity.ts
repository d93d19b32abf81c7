/**
 * @module Azure workload identity: a Kubernetes service account annotated
 * `azure.workload.identity/client-id: <clientId>` becomes the user-assigned managed identity with that
 * client id when one of the identity's federated credentials trusts the cluster's OIDC issuer for
 * subject `system:serviceaccount:<ns>:<sa>`. Documented choice: federated credentials of the identity
 * in the input but none for this subject → no edge; no federated credential of the identity in the
 * input at all → the edge is kept with a caveat (the trust is unverified).
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { DerivationSink } from '../derivation-sink.js'
import { indexByProp, nodeEvidence } from '../graph-walk.js'
import { field, obj, str } from '../json-read.js'
import { annotatedServiceAccounts, tokenSubject } from './k8s-service-accounts.js'

const normalizeIssuer = (issuer: string): string => issuer.trim().toLowerCase().replace(/\/+$/, '')

export function analyzeAzureWorkloadIdentity(graph: GraphView, sink: DerivationSink): number {
  const accounts = annotatedServiceAccounts(graph, 'azureClientId')
  if (accounts.length === 0) return 0
  const identities = indexByProp(graph, 'azure.managedidentity.userassignedidentity', 'clientId')
  const credentials = indexByProp(graph, 'azure.managedidentity.federatedidentitycredential', 'identityId')
  let edges = 0
  for (const sa of accounts) {
    const clientId = str(sa.props['azureClientId'])!.toLowerCase()
    const subject = tokenSubject(sa)
    const aks = sa.cloudCluster === undefined ? undefined : graph.nodeProps(sa.cloudCluster)
    const issuerUrl = aks === undefined ? undefined : str(field(obj(field(obj(aks['config']), 'oidcIssuerProfile')), 'issuerURL'))
    const issuer = issuerUrl === undefined ? undefined : normalizeIssuer(issuerUrl)
    for (const identity of identities.get(clientId) ?? []) {
      const creds = credentials.get(graph.nodeId(identity)) ?? []
      const annotation = `azure.workload.identity/client-id: ${clientId}`
      if (creds.length === 0) {
        sink.assume({
          from: sa.node,
          to: identity,
          method: 'azure-workload-identity',
          caveats: [`no federated identity credential of ${graph.nodeName(identity)} is in the input: the trust of ${subject} is unverified`],
          evidence: nodeEvidence(graph, sa.node, annotation),
        })
        edges++
        continue
      }
      const match = creds.find((cred) => {
        const props = graph.nodeProps(cred)
        const credIssuer = str(props['issuer'])
        return str(props['subject']) === subject && (issuer === undefined || (credIssuer !== undefined && normalizeIssuer(credIssuer) === issuer))
      })
      if (match === undefined) continue
      sink.assume({
        from: sa.node,
        to: identity,
        method: 'azure-workload-identity',
        caveats: issuer === undefined ? ['the AKS cluster of this export is not in the input: the OIDC issuer was not checked'] : [],
        evidence: { source: graph.nodeId(match), detail: `federated credential for ${subject} (${str(graph.nodeProps(match)['issuer']) ?? 'issuer unknown'}); ${annotation}` },
      })
      edges++
    }
  }
  return edges
}
