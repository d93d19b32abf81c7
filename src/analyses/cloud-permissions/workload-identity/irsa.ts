/**
 * @module IAM roles for service accounts (EKS IRSA): a Kubernetes service account annotated
 * `eks.amazonaws.com/role-arn: <role>` becomes that IAM role when the role's trust policy allows
 * `sts:AssumeRoleWithWebIdentity` to the cluster's OIDC provider for subject
 * `system:serviceaccount:<ns>:<sa>` (StringEquals / StringLike on `<issuer>:sub`), and no Deny says
 * otherwise. Documented choice: a trust policy in the input that does not admit this service account →
 * no edge; a role whose trust policy is not in the input → edge with a caveat (unverified).
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { JsonObject } from '../../../model/graph-types.js'
import type { DerivationSink } from '../derivation-sink.js'
import { nodeEvidence } from '../graph-walk.js'
import { field, obj, objects, str, strings } from '../json-read.js'
import { matchesAny } from '../wildcard.js'
import { annotatedServiceAccounts, tokenSubject } from './k8s-service-accounts.js'

const ACTION = 'sts:AssumeRoleWithWebIdentity'

const hostPath = (issuer: string): string => issuer.trim().toLowerCase().replace(/^https:\/\//, '').replace(/\/+$/, '')

interface TrustMatch {
  readonly allowed: boolean
  readonly caveats: readonly string[]
  readonly sid?: string
}

function actionMatches(statement: JsonObject): boolean {
  const actions = strings(field(statement, 'Action'))
  if (actions.length > 0) return matchesAny(actions, ACTION, true)
  const notActions = strings(field(statement, 'NotAction'))
  return notActions.length > 0 && !matchesAny(notActions, ACTION, true)
}

/** OIDC providers a statement trusts: `arn:…:oidc-provider/<host/path>` → `<host/path>`. */
function federatedProviders(statement: JsonObject): string[] {
  const principal = field(statement, 'Principal')
  const federated = strings(field(obj(principal), 'Federated'))
  return federated.flatMap((arn) => {
    const match = /:oidc-provider\/(.+)$/.exec(arn)
    return match === null ? [] : [match[1]!.toLowerCase()]
  })
}

/** `undefined` when the statement does not constrain `:sub`; else whether `subject` satisfies it. */
function subjectCondition(statement: JsonObject, subject: string): { ok: boolean; unknown: string[] } | undefined {
  const condition = obj(field(statement, 'Condition'))
  if (condition === undefined) return undefined
  let constrained = false
  let ok = true
  const unknown: string[] = []
  for (const [operator, block] of Object.entries(condition)) {
    for (const [key, value] of Object.entries(obj(block) ?? {})) {
      if (!key.toLowerCase().endsWith(':sub')) continue
      constrained = true
      const values = strings(value)
      const op = operator.toLowerCase().replace(/^for(any|all)value:/, '').replace(/ifexists$/, '')
      const like = op.includes('like')
      const hit = like ? matchesAny(values, subject, false) : values.includes(subject)
      if (op === 'stringequals' || op === 'stringlike') ok &&= hit
      else if (op === 'stringnotequals' || op === 'stringnotlike') ok &&= !hit
      else unknown.push(`${operator} on ${key}`)
    }
  }
  return constrained ? { ok, unknown } : undefined
}

function evaluateTrust(trust: JsonObject, subject: string, issuer: string | undefined): TrustMatch {
  let allow: TrustMatch | undefined
  for (const statement of objects(field(trust, 'Statement'))) {
    if (!actionMatches(statement)) continue
    const providers = federatedProviders(statement)
    if (providers.length === 0) continue
    if (issuer !== undefined && !providers.includes(issuer)) continue
    const sub = subjectCondition(statement, subject)
    const effect = str(field(statement, 'Effect'))?.toLowerCase()
    if (effect === 'deny') {
      if (sub === undefined || sub.ok) return { allowed: false, caveats: [] }
      continue
    }
    if (effect !== 'allow' || (sub !== undefined && !sub.ok)) continue
    const caveats = [
      ...(issuer === undefined ? ['the EKS cluster of this export is not in the input: the OIDC provider was not checked'] : []),
      ...(sub === undefined ? ['the trust policy does not restrict the service account: any pod of the cluster may assume the role'] : []),
      ...(sub?.unknown.map((u) => `condition ${u} not evaluated`) ?? []),
    ]
    const sid = str(field(statement, 'Sid'))
    allow ??= { allowed: true, caveats, ...(sid === undefined ? {} : { sid }) }
  }
  return allow ?? { allowed: false, caveats: [] }
}

export function analyzeIrsa(graph: GraphView, sink: DerivationSink): number {
  let edges = 0
  for (const sa of annotatedServiceAccounts(graph, 'awsRoleArn')) {
    const arn = str(sa.props['awsRoleArn'])!
    const role = graph.indexOf(arn)
    if (role === undefined || graph.nodeKind(role) !== 'aws.iam.role') continue
    const eks = sa.cloudCluster === undefined ? undefined : str(graph.nodeProps(sa.cloudCluster)['oidcIssuer'])
    const issuer = eks === undefined ? undefined : hostPath(eks)
    const trust = obj(graph.nodeProps(role)['trustPolicy'])
    const annotation = `eks.amazonaws.com/role-arn: ${arn}`
    if (trust === undefined) {
      sink.assume({ from: sa.node, to: role, method: 'irsa', caveats: [`the trust policy of ${arn} is not in the input: IRSA trust is unverified`], evidence: nodeEvidence(graph, sa.node, annotation) })
      edges++
      continue
    }
    const match = evaluateTrust(trust, tokenSubject(sa), issuer)
    if (!match.allowed) continue
    sink.assume({
      from: sa.node,
      to: role,
      method: 'irsa',
      caveats: match.caveats,
      evidence: { source: arn, detail: `trust policy${match.sid === undefined ? '' : ` statement ${match.sid}`} admits ${tokenSubject(sa)} (${ACTION}); ${annotation}` },
    })
    edges++
  }
  return edges
}
