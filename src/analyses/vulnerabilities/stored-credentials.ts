/**
 * @module Credentials the inventory itself lists, linked to the principal they sign in as, so whoever
 * reads the credential (a secret read, a pod mounting it) reaches that principal:
 * - `aws.iam.access-key` → its IAM user (inactive keys excluded);
 * - `gcp.iam.serviceaccountkey` (user-managed, not disabled: Google-managed keys never leave Google) → its account;
 * - Kubernetes Secrets of type `kubernetes.io/service-account-token` → the service account they name.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Evidence } from '../../model/graph-types.js'
import type { DerivedOutput } from './derived-output.js'
import { str } from './json-read.js'

function evidence(graph: GraphView, node: number, detail: string): Evidence[] {
  const origin = graph.nodeProvenance(node)[0]
  return [{ source: origin?.file ?? graph.nodeId(node), detail, ...(origin?.location === undefined ? {} : { location: origin.location }) }]
}

function firstOut(graph: GraphView, node: number, accept: (n: number) => boolean): number | undefined {
  let found: number | undefined
  graph.forEachEdge(node, 'out', 'attached-to', (_e, n) => {
    if (found === undefined && accept(n)) found = n
  })
  return found
}

export function linkStoredCredentials(graph: GraphView, out: DerivedOutput): void {
  for (const key of graph.nodesOfKind('aws.iam.access-key')) {
    const props = graph.nodeProps(key)
    if (str(props['status'])?.toLowerCase() === 'inactive') continue
    const userArn = str(props['userArn'])
    const user = (userArn === undefined ? undefined : graph.indexOf(userArn)) ?? firstOut(graph, key, (n) => graph.nodeKind(n) === 'aws.iam.user')
    if (user === undefined) continue
    const keyId = str(props['accessKeyId']) ?? graph.nodeName(key)
    out.edge(key, user, 'can-authenticate-to', { credential: 'aws-access-key', accessKeyId: keyId }, evidence(graph, key, `access key ${keyId} of IAM user ${graph.nodeName(user)}`))
  }
  for (const key of graph.nodesOfKind('gcp.iam.serviceaccountkey')) {
    const props = graph.nodeProps(key)
    if (props['disabled'] === true || (str(props['keyType']) !== undefined && props['userManaged'] !== true)) continue
    const account = firstOut(graph, key, (n) => graph.nodeFamily(n) === 'identity')
    if (account === undefined) continue
    out.edge(key, account, 'can-authenticate-to', { credential: 'gcp-service-account-key' }, evidence(graph, key, `user-managed key of ${graph.nodeName(account)}`))
  }
  for (const secret of graph.nodesOfKind('k8s.secret')) {
    const props = graph.nodeProps(secret)
    const account = str(props['serviceAccountName'])
    if (str(props['type']) !== 'kubernetes.io/service-account-token' || account === undefined) continue
    // k8s://<cluster>/<namespace>/secret/<name> → the service account in the same namespace.
    const id = graph.nodeId(secret).replace(/\/secret\/[^/]+$/, `/serviceaccount/${account}`)
    const target = graph.indexOf(id)
    if (target === undefined) continue
    out.edge(secret, target, 'can-authenticate-to', { credential: 'service-account-token' }, evidence(graph, secret, `service account token of ${account}`))
  }
}
