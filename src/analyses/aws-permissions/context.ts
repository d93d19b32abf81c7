/** @module What every step of the AWS permissions analysis shares: the indexes, the output and one `decide` call. */
import type { GraphView } from '../../graph/graph-view.js'
import { awsAccountNodeId } from '../../providers/ids.js'
import type { IamIndex, Principal } from './model/iam-index.js'
import type { OrgIndex } from './model/scp-index.js'
import type { ResourceIndex } from './model/resource-index.js'
import { evaluate } from './policy/evaluate.js'
import type { Decision, ResourceMode } from './policy/evaluate.js'
import type { PolicyStatement } from './policy/statement.js'
import type { StatementSet } from './policy/statement-set.js'
import type { DerivationCollector } from './output/derivation-collector.js'

export interface AnalysisContext {
  readonly graph: GraphView
  readonly iam: IamIndex
  readonly org: OrgIndex
  readonly resources: ResourceIndex
  readonly out: DerivationCollector
}

export interface DecideOptions {
  readonly resourceAccount: string
  readonly resourcePolicy?: readonly PolicyStatement[] | undefined
  readonly resourcePolicyRequired?: boolean
  readonly mode?: ResourceMode
  /** What-if: evaluate with other identity statements or without the boundary. */
  readonly identity?: StatementSet
  readonly withoutBoundary?: boolean
}

/** One request by `principal` under everything that governs it (identity, boundary, SCPs, resource policy). */
export function decide(ctx: AnalysisContext, principal: Principal, action: string, resource: string, options: DecideOptions): Decision {
  const identity = options.identity ?? principal.identity
  const boundary = options.withoutBoundary === true ? undefined : principal.boundary
  // Service-linked roles are not governed by SCPs.
  const scpLevels = principal.serviceLinked ? undefined : ctx.org.levelsFor(principal.account)
  return evaluate(
    {
      principal: principal.request,
      action,
      resource,
      resourceAccount: options.resourceAccount,
      ...(options.mode === undefined ? {} : { mode: options.mode }),
    },
    {
      identity: identity.forAction(action),
      ...(boundary === undefined ? {} : { boundary: boundary.forAction(action) }),
      ...(scpLevels === undefined ? {} : { scpLevels }),
      ...(options.resourcePolicy === undefined ? {} : { resource: options.resourcePolicy }),
      ...(options.resourcePolicyRequired === true ? { resourcePolicyRequired: true } : {}),
    },
  )
}

/** The account node id when the graph holds it (edges may only point at existing nodes). */
export function accountNode(ctx: AnalysisContext, account: string): string | undefined {
  const id = awsAccountNodeId(account)
  return account !== '' && ctx.graph.indexOf(id) !== undefined ? id : undefined
}
