/**
 * @module AWS effective permissions, role assumption and privilege escalation.
 *
 * Every user and role is evaluated with a policy evaluator that follows AWS's documented logic
 * (policy/evaluate.ts) against the resources of the action table (data/aws-action-levels.ts).
 * Output, all with the granting statements as evidence:
 * - `has-permission-to` principal → resource `{ level, actions, via, caveats? }`; an account admin gets
 *   one `{ level: 'admin', actions: ['*'] }` edge to its account node instead of one per resource, and
 *   the `has-admin-permissions` insight `{ scope }`.
 * - `can-assume` principal → role by trust (`sts:AssumeRole`, role chains hop by hop), and principal →
 *   identity by the escalation methods of data/aws-escalation-methods.ts (`props.method`); methods that
 *   make the principal itself admin give the admin edge and insight with `methods`.
 * - `is-external-user` on roles trusted by accounts outside the inputs, by everyone, or by a public web
 *   identity provider; the outside account's node, when the graph has it, `can-assume` the role.
 * Conditions are never evaluated and never dropped: they become `caveats`. Grants to everyone
 * (`"Principal": "*"`) are the resource's public access, not expanded to every principal. Compute →
 * identity hops stay ingestion's `can-authenticate-as`. Not evaluated: session policies, RCPs, ACLs.
 */
import type { Derivation } from '../../graph/graph-builder.js'
import type { GraphView } from '../../graph/graph-view.js'
import type { Analysis } from '../analysis.js'
import { adminCheck } from './admin.js'
import type { AdminResult } from './admin.js'
import type { AnalysisContext } from './context.js'
import { accountNode } from './context.js'
import { actionsByKind } from './data/aws-action-levels.js'
import { Escalation } from './escalation.js'
import { buildIamIndex } from './model/iam-index.js'
import { buildResourceIndex } from './model/resource-index.js'
import { buildOrgIndex } from './model/scp-index.js'
import { DerivationCollector } from './output/derivation-collector.js'
import { decisionEvidence } from './output/evidence.js'
import { ResourceAccess } from './resource-access.js'
import { deriveRoleAssumption } from './role-assumption.js'

/**
 * Order matters and is data-independent: account admins first (they skip the rest), then role trust
 * (escalation through assumable roles needs it), self-escalation to admin, methods that reach other
 * identities, and last the per-resource evaluation whose hooks find escalation through compute.
 */
export function deriveAwsPermissions(graph: GraphView): Derivation {
  const iam = buildIamIndex(graph)
  if (iam.principals.length === 0) return {}
  const byKind = actionsByKind()
  const ctx: AnalysisContext = {
    graph,
    iam,
    org: buildOrgIndex(graph),
    resources: buildResourceIndex(graph, [...byKind.keys()].sort()),
    out: new DerivationCollector((id) => graph.indexOf(id) ?? -1),
  }

  const admins = new Map<number, AdminResult>()
  for (const p of iam.principals) {
    const result = adminCheck(ctx, p)
    if (!result.admin) continue
    admins.set(p.index, result)
    const evidence = decisionEvidence(result.allowedBy)
    const caveats = [...result.caveats, ...p.gaps]
    const target = accountNode(ctx, p.account)
    if (target !== undefined) {
      ctx.out.edge('has-permission-to', p.id, target, { level: 'admin', actions: ['*'], via: result.allowedBy[0]?.policy.id ?? p.id, caveats, evidence })
    }
    ctx.out.insight(p.id, 'has-admin-permissions', { scope: `aws://accounts/${p.account}` }, { caveats, evidence })
  }

  const assumption = deriveRoleAssumption(ctx)
  const escalation = new Escalation(ctx, assumption)
  for (const p of iam.principals) if (!admins.has(p.index)) escalation.deriveAdminMethods(p)
  for (const p of iam.principals) if (!admins.has(p.index)) escalation.deriveAssumeMethods(p)

  const access = new ResourceAccess(ctx, byKind, [escalation.hook])
  for (const p of iam.principals) access.derive(p, admins.has(p.index))
  return ctx.out.build()
}

export const awsPermissionsAnalysis: Analysis = {
  id: 'aws-permissions',
  title: 'AWS effective permissions, role assumption and privilege escalation',
  dependsOn: [],
  run: (graph) => deriveAwsPermissions(graph),
}
