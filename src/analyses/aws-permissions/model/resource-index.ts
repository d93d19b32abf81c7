/**
 * @module The resources the action table acts on, grouped by kind and account, with their resource
 * policies normalized once, and an index from the principals those policies name (ARN, account,
 * everyone) to the resources, so a principal's resource-policy grants are found without scanning
 * every resource.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import { normalizePolicy } from '../policy/normalize-policy.js'
import type { RequestPrincipal } from '../policy/principal-match.js'
import type { PolicyStatement } from '../policy/statement.js'
import { accountOfArn, accountOfScope, isObject, partitionOfArn, propString, regionOfArn } from './props.js'

export interface ResourceEntry {
  readonly index: number
  readonly id: string
  readonly kind: string
  readonly account: string
  readonly policy: readonly PolicyStatement[] | undefined
  /** Caveats that hold for every decision on this resource (an assumed default key policy…). */
  readonly caveats: readonly string[]
  /** RDS instances with IAM database authentication: the `rds-db:connect` ARN pattern of their users. */
  readonly dbUsersArn?: string
}

export interface ResourceIndex {
  readonly kinds: readonly string[]
  /** Resources of `kind` owned by `account`, ascending node index. */
  ofKindInAccount(kind: string, account: string): readonly ResourceEntry[]
  /**
   * Resources of `kind` whose policy can grant the principal something its own account's policies do
   * not reach: those naming it (any account), and, when `crossAccount`, those of other accounts naming
   * its account or everyone. (A policy naming the principal's own account or everyone adds nothing inside
   * that account: delegation needs the identity grant, and public grants are the resource's property.)
   */
  namedBy(kind: string, principal: RequestPrincipal, crossAccount: boolean): readonly ResourceEntry[]
  /**
   * Resources of `kind` in `account` that an ARN pattern can reach: those whose ARN starts with the
   * pattern's literal prefix, and those the prefix names sub-resources of (`<bucket>/…`). A superset
   * of the matches, found by binary search instead of a scan.
   */
  reachable(kind: string, account: string, pattern: string): readonly ResourceEntry[]
  /** Accounts that own resources of `kind`. */
  accountsOf(kind: string): readonly string[]
  /** Whether the resource's policy names `account` or everyone (a cross-account grant can exist). */
  opensTo(entry: ResourceEntry, account: string): boolean
  readonly problems: readonly string[]
}

/** KMS keys without a key policy in the inputs are evaluated against the default key policy. */
function defaultKeyPolicy(id: string, account: string): readonly PolicyStatement[] {
  return normalizePolicy(
    { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }] },
    { id, name: 'default key policy (assumed)', kind: 'resource' },
  ).statements
}

export function buildResourceIndex(graph: GraphView, kinds: readonly string[]): ResourceIndex {
  const byKindAccount = new Map<string, Map<string, ResourceEntry[]>>()
  const byId = new Map<string, ResourceEntry>()
  const named = new Map<string, Map<string, ResourceEntry[]>>()
  const problems: string[] = []

  const index = (kind: string, key: string, entry: ResourceEntry): void => {
    let perKind = named.get(kind)
    if (perKind === undefined) named.set(kind, (perKind = new Map<string, ResourceEntry[]>()))
    const list = perKind.get(key)
    if (list === undefined) perKind.set(key, [entry])
    else if (list[list.length - 1] !== entry) list.push(entry)
  }

  for (const kind of kinds) {
    const perAccount = new Map<string, ResourceEntry[]>()
    byKindAccount.set(kind, perAccount)
    for (const i of graph.nodesOfKind(kind)) {
      const id = graph.nodeId(i)
      const props = graph.nodeProps(i)
      const account = accountOfScope(graph.nodeScope(i)) || accountOfArn(id)
      const raw = props['resourcePolicy']
      let policy: readonly PolicyStatement[] | undefined
      const caveats: string[] = []
      if (isObject(raw)) {
        const normalized = normalizePolicy(raw, { id, name: `${graph.nodeName(i)} resource policy`, kind: 'resource' })
        policy = normalized.statements
        problems.push(...normalized.problems)
      } else if (kind === 'aws.kms.key' && propString(props, 'keyManager') !== 'AWS') {
        policy = defaultKeyPolicy(id, account)
        caveats.push('key policy not in the inputs: the default key policy (IAM policies enabled) was assumed')
      } else if (kind === 'aws.kms.key') {
        policy = defaultKeyPolicy(id, account)
        caveats.push('AWS managed key: its key policy (use through the owning service only) was not in the inputs')
      }
      const resourceId = propString(props, 'resourceId')
      const dbUsersArn =
        kind === 'aws.rds.db-instance' && props['iamAuthentication'] === true
          ? `arn:${partitionOfArn(id)}:rds-db:${regionOfArn(id)}:${account}:dbuser:${resourceId?.startsWith('db-') === true ? resourceId : '*'}/*`
          : undefined
      const entry: ResourceEntry = { index: i, id, kind, account, policy, caveats, ...(dbUsersArn === undefined ? {} : { dbUsersArn }) }
      byId.set(id, entry)
      const list = perAccount.get(account)
      if (list === undefined) perAccount.set(account, [entry])
      else list.push(entry)
      for (const statement of policy ?? []) {
        if (statement.effect !== 'Allow' || statement.principal === undefined) continue
        const p = statement.principal
        if (p.any || p.negated) {
          index(kind, '*', entry)
          continue
        }
        for (const arn of p.arns) index(kind, `arn:${arn}`, entry)
        for (const accountId of p.accounts) index(kind, `acct:${accountId}`, entry)
        for (const session of p.roleSessions) index(kind, `session:${session}`, entry)
        for (const uid of p.uniqueIds) index(kind, `uid:${uid}`, entry)
      }
    }
  }

  const EMPTY: readonly ResourceEntry[] = []
  const openSets = new Map<string, Set<number>>()
  const keysByPrincipal = new WeakMap<RequestPrincipal, { direct: string[]; cross: string[] }>()
  const sorted = new Map<string, ResourceEntry[]>()
  const sortedOf = (kind: string, account: string): ResourceEntry[] => {
    const key = `${kind}\u0000${account}`
    let list = sorted.get(key)
    if (list === undefined) {
      list = [...(byKindAccount.get(kind)?.get(account) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      sorted.set(key, list)
    }
    return list
  }
  return {
    kinds,
    problems: [...new Set(problems)].sort(),
    ofKindInAccount: (kind, account) => byKindAccount.get(kind)?.get(account) ?? EMPTY,
    accountsOf: (kind) => [...(byKindAccount.get(kind)?.keys() ?? [])].sort(),
    opensTo(entry, account) {
      const perKind = named.get(entry.kind)
      if (perKind === undefined) return false
      for (const key of [`acct:${account}`, '*']) {
        let set = openSets.get(`${entry.kind}\u0000${key}`)
        if (set === undefined) {
          set = new Set((perKind.get(key) ?? EMPTY).map((e) => e.index))
          openSets.set(`${entry.kind}\u0000${key}`, set)
        }
        if (set.has(entry.index)) return true
      }
      return false
    },
    reachable(kind, account, pattern) {
      const cut = pattern.search(/[*?$]/)
      const prefix = cut < 0 ? pattern : pattern.slice(0, cut)
      const list = sortedOf(kind, account)
      let lo = 0
      let hi = list.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (list[mid]!.id < prefix) lo = mid + 1
        else hi = mid
      }
      const out: ResourceEntry[] = []
      for (let i = lo; i < list.length && list[i]!.id.startsWith(prefix); i++) out.push(list[i]!)
      for (let slash = prefix.indexOf('/'); slash >= 0; slash = prefix.indexOf('/', slash + 1)) {
        const parent = byId.get(prefix.slice(0, slash))
        if (parent !== undefined && parent.kind === kind && parent.account === account) out.push(parent)
      }
      return out
    },
    namedBy(kind, principal, crossAccount) {
      const perKind = named.get(kind)
      if (perKind === undefined) return EMPTY
      let keys = keysByPrincipal.get(principal)
      if (keys === undefined) {
        const direct = [`arn:${principal.arn}`]
        if (principal.kind === 'role' && principal.name !== undefined) direct.push(`session:${principal.account}/${principal.name}`)
        if (principal.uniqueId !== undefined) direct.push(`uid:${principal.uniqueId}`)
        keys = { direct, cross: [`acct:${principal.account}`, '*'] }
        keysByPrincipal.set(principal, keys)
      }
      let found: Map<number, ResourceEntry> | undefined
      for (const key of keys.direct) {
        const list = perKind.get(key)
        if (list === undefined) continue
        found ??= new Map()
        for (const entry of list) found.set(entry.index, entry)
      }
      if (crossAccount) {
        for (const key of keys.cross) {
          const list = perKind.get(key)
          if (list === undefined) continue
          found ??= new Map()
          for (const entry of list) if (entry.account !== principal.account && entry.account !== '') found.set(entry.index, entry)
        }
      }
      return found === undefined || found.size === 0 ? EMPTY : [...found.values()].sort((a, b) => a.index - b.index)
    },
  }
}
