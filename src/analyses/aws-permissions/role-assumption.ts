/**
 * @module `can-assume` through role trust (`sts:AssumeRole`): for every role, the principals its trust
 * policy names (by ARN, session, unique id, account or `*`) are evaluated with their own policies: inside
 * one account a trust naming the caller suffices, a trust naming the account needs the caller's
 * identity grant, and across accounts both are needed. Accounts outside the inputs become an edge from
 * their account node when the graph has it, and an `is-external-user` insight on the role. Roles that
 * trust a service principal are indexed for the PassRole methods.
 */
import { awsAccountNodeId } from '../../providers/ids.js'
import type { AnalysisContext } from './context.js'
import { accountNode, decide } from './context.js'
import type { Principal } from './model/iam-index.js'
import { evaluate } from './policy/evaluate.js'
import { actionApplies } from './policy/evaluate.js'
import type { Evidence } from '../../model/graph-types.js'
import type { RequestPrincipal } from './policy/principal-match.js'
import type { PolicyStatement } from './policy/statement.js'
import { decisionEvidence } from './output/evidence.js'

export interface AssumptionResult {
  /** Principal node index → roles it can assume by sts:AssumeRole. */
  readonly assumable: ReadonlyMap<number, readonly Principal[]>
  /** Service principal (lowercase) → roles that trust it, with the trust caveats. */
  readonly rolesTrustingService: ReadonlyMap<string, readonly { role: Principal; caveats: readonly string[] }[]>
}

const ASSUME = 'sts:AssumeRole'
const ACCOUNT_IN_ARN = /^arn:[\w-]+:(?:iam|sts)::(\d{12}):/
/** Identity providers of EKS clusters are IRSA, derived by the Kubernetes side; SAML providers are the company's own. */
const INTERNAL_FEDERATION = /oidc\.eks\.|:saml-provider\//

function trustAccounts(statements: readonly PolicyStatement[]): string[] {
  const accounts = new Set<string>()
  for (const s of statements) {
    const p = s.principal
    if (p === undefined || p.negated) continue
    for (const a of p.accounts) accounts.add(a)
    for (const arn of p.arns) {
      const account = ACCOUNT_IN_ARN.exec(arn)?.[1]
      if (account !== undefined) accounts.add(account)
    }
    for (const session of p.roleSessions) accounts.add(session.split('/')[0]!)
  }
  return [...accounts].sort()
}

export function deriveRoleAssumption(ctx: AnalysisContext): AssumptionResult {
  const { iam } = ctx
  const assumable = new Map<number, Principal[]>()
  const rolesTrustingService = new Map<string, { role: Principal; caveats: readonly string[] }[]>()
  const stsCapable = new Map<string, readonly Principal[]>()
  const capableIn = (account: string): readonly Principal[] => {
    let list = stsCapable.get(account)
    if (list === undefined) {
      list = (iam.principalsByAccount.get(account) ?? []).filter((p) => p.identity.forAction(ASSUME).some((s) => s.effect === 'Allow'))
      stsCapable.set(account, list)
    }
    return list
  }

  for (const role of iam.principals) {
    if (role.type !== 'role' || role.trust === undefined) continue
    const trust = role.trust.filter((s) => actionApplies(s, ASSUME))
    if (!trust.some((s) => s.effect === 'Allow')) {
      externalTrust(ctx, role, [], false)
      continue
    }

    const candidates = new Map<number, Principal>()
    const add = (p: Principal | undefined): void => {
      if (p !== undefined && p.index !== role.index) candidates.set(p.index, p)
    }
    let everyone = false
    for (const s of trust) {
      const p = s.principal
      if (s.effect !== 'Allow' || p === undefined) continue
      if (p.any || p.negated) everyone = true
      for (const arn of p.arns) add(iam.principalByArn.get(arn))
      for (const session of p.roleSessions) add(iam.roleBySession.get(session))
      for (const uid of p.uniqueIds) add(iam.principalByUniqueId.get(uid))
      for (const account of p.accounts) for (const c of capableIn(account)) add(c)
      for (const service of p.services) {
        const decision = evaluate(
          { principal: { kind: 'service', arn: service, account: '' }, action: ASSUME, resource: role.id, resourceAccount: role.account },
          { identity: [], resource: role.trust, resourcePolicyRequired: true },
        )
        if (decision.decision !== 'allow') continue
        const list = rolesTrustingService.get(service) ?? []
        list.push({ role, caveats: decision.caveats })
        rolesTrustingService.set(service, list)
      }
    }
    if (everyone) for (const account of [...iam.principalsByAccount.keys()].sort()) for (const c of capableIn(account)) add(c)

    for (const caller of [...candidates.values()].sort((a, b) => a.index - b.index)) {
      const decision = decide(ctx, caller, ASSUME, role.id, { resourceAccount: role.account, resourcePolicy: role.trust, resourcePolicyRequired: true })
      if (decision.decision !== 'allow') continue
      ctx.out.edge('can-assume', caller.id, role.id, {
        method: ASSUME,
        caveats: [...decision.caveats, ...caller.gaps],
        evidence: decisionEvidence(decision.allowedBy),
      })
      const list = assumable.get(caller.index) ?? []
      list.push(role)
      assumable.set(caller.index, list)
    }

    externalTrust(ctx, role, trust, everyone)
  }
  return { assumable, rolesTrustingService }
}

/** Outside accounts (not in the inputs' IAM) and `*`: edge from the account node when present, one insight listing them. */
function externalTrust(ctx: AnalysisContext, role: Principal, trust: readonly PolicyStatement[], everyone: boolean): void {
  const outsiders: RequestPrincipal[] = trustAccounts(trust)
    .filter((account) => !ctx.iam.accountsWithIam.has(account) && ctx.org.orgOf.get(account) === undefined)
    .map((account) => ({ kind: 'account', arn: `arn:aws:iam::${account}:root`, account }))
  if (everyone) outsiders.push({ kind: 'account', arn: '*', account: '*' })
  const accounts: string[] = []
  const providers: string[] = []
  const caveats: string[] = []
  const evidence: Evidence[] = []
  for (const outsider of outsiders) {
    const decision = evaluate(
      { principal: outsider, action: ASSUME, resource: role.id, resourceAccount: role.account },
      { identity: [], resource: role.trust ?? [], resourcePolicyRequired: true },
    )
    if (decision.decision !== 'allow') continue
    const found = decisionEvidence(decision.allowedBy)
    // An account with resources in the inputs but no IAM export is part of the estate, not an outsider.
    if (outsider.account === '*' || ctx.graph.nodesInScope(awsAccountNodeId(outsider.account)).length <= 1) {
      accounts.push(outsider.account)
      caveats.push(...decision.caveats)
      evidence.push(...found)
    }
    const source = outsider.account === '*' ? undefined : accountNode(ctx, outsider.account)
    if (source !== undefined) {
      ctx.out.edge('can-assume', source, role.id, {
        method: ASSUME,
        caveats: [...decision.caveats, `the principals of account ${outsider.account} are not in the inputs: any of them its own policies allow`],
        evidence: found,
      })
    }
  }
  for (const s of role.trust ?? []) {
    if (s.effect !== 'Allow' || s.principal === undefined || s.principal.negated) continue
    if (!actionApplies(s, 'sts:AssumeRoleWithWebIdentity')) continue
    for (const provider of [...s.principal.federated].sort()) {
      if (INTERNAL_FEDERATION.test(provider)) continue
      providers.push(provider)
      caveats.push(s.conditions.length === 0 ? `${provider}: no condition restricts which of its identities` : `${provider}: allowed only if ${s.conditions.join(' and ')}`)
      evidence.push(...decisionEvidence([s]))
    }
  }
  if (accounts.length === 0 && providers.length === 0) return
  const params = { ...(accounts.length > 0 ? { accounts } : {}), ...(providers.length > 0 ? { providers } : {}) }
  ctx.out.insight(role.id, 'is-external-user', params, { caveats, evidence })
}
