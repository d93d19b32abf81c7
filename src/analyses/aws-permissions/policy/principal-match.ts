/**
 * @module Who a resource or trust policy statement names. The answer is graded because AWS treats the
 * grades differently: naming the principal itself (`direct`) or everyone (`any`) grants by itself inside
 * the account, while naming the account (`account`, `arn:…:root` or the id) only delegates to the
 * account's identity policies.
 */
import type { PrincipalSpec } from './statement.js'

export type PrincipalKind = 'user' | 'role' | 'service' | 'federated' | 'account'

/** The caller of a request. For `service`/`federated`, `arn` is the service or provider name. */
export interface RequestPrincipal {
  readonly kind: PrincipalKind
  readonly arn: string
  /** Account of the caller ('' for services and providers). */
  readonly account: string
  /** Role or user name (role sessions name the role without its path). */
  readonly name?: string
  readonly uniqueId?: string
}

export type PrincipalMatch = 'direct' | 'account' | 'any'

const ARN_ACCOUNT = /^arn:[\w-]+:(?:iam|sts)::(\d{12}):/

function positive(spec: PrincipalSpec, principal: RequestPrincipal): PrincipalMatch | undefined {
  if (spec.any) return 'any'
  switch (principal.kind) {
    case 'user':
    case 'role':
      if (spec.arns.has(principal.arn)) return 'direct'
      if (principal.kind === 'role' && principal.name !== undefined && spec.roleSessions.has(`${principal.account}/${principal.name}`)) return 'direct'
      if (principal.uniqueId !== undefined && spec.uniqueIds.has(principal.uniqueId)) return 'direct'
      return spec.accounts.has(principal.account) ? 'account' : undefined
    case 'service':
      return spec.services.has(principal.arn.toLowerCase()) ? 'direct' : undefined
    case 'federated':
      return spec.federated.has(principal.arn) ? 'direct' : undefined
    case 'account': {
      if (spec.accounts.has(principal.account)) return 'account'
      for (const arn of spec.arns) if (ARN_ACCOUNT.exec(arn)?.[1] === principal.account) return 'direct'
      for (const session of spec.roleSessions) if (session.startsWith(`${principal.account}/`)) return 'direct'
      return undefined
    }
  }
}

/** How `spec` names `principal`, or undefined when the statement does not apply to it. */
export function matchPrincipal(spec: PrincipalSpec, principal: RequestPrincipal): PrincipalMatch | undefined {
  const match = positive(spec, principal)
  if (!spec.negated) return match
  // NotPrincipal: everyone except the principals (and accounts) it lists.
  return match === undefined ? 'any' : undefined
}
