/**
 * @module Service control policies per member account, as evaluation levels (root, each OU above the
 * account when the inputs say so, the account itself). The organization and its management account come
 * from the Organizations ARNs (`arn:aws:organizations::<management>:policy/o-…/…`); SCPs never apply to
 * the management account. An account is a member when a policy of the organization targets it directly
 * or an OU/root `contains` it. Policies whose content the inputs lack are skipped (listed in `gaps`),
 * except `FullAWSAccess`, whose content is known.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import { FULL_AWS_ACCESS_SCP } from '../data/aws-managed-policies.js'
import type { ScpLevel } from '../policy/evaluate.js'
import { normalizePolicy } from '../policy/normalize-policy.js'
import type { PolicyStatement } from '../policy/statement.js'
import { accountOfScope, propString, propStrings } from './props.js'

export interface OrgIndex {
  /** SCP levels governing principals of `account`; undefined when no SCP applies (no data, or management account). */
  levelsFor(account: string): readonly ScpLevel[] | undefined
  /** Organization of an account, when the inputs tell. */
  readonly orgOf: ReadonlyMap<string, string>
  readonly managementAccounts: ReadonlySet<string>
  readonly gaps: readonly string[]
}

const ORG_ARN = /^arn:[\w-]+:organizations::(\d{12}|aws):(?:policy|root|ou|account)\/(o-[a-z0-9]+)?/

interface Attachment {
  readonly statements: readonly PolicyStatement[]
}

function scpStatements(graph: GraphView, i: number, gaps: string[]): readonly PolicyStatement[] | undefined {
  const props = graph.nodeProps(i)
  const id = graph.nodeId(i)
  const name = propString(props, 'policyId') === 'p-FullAWSAccess' || id.endsWith('/p-FullAWSAccess') ? 'FullAWSAccess' : graph.nodeName(i)
  const document = props['document'] ?? (name === 'FullAWSAccess' ? FULL_AWS_ACCESS_SCP : undefined)
  if (document === undefined || document === null) {
    gaps.push(`SCP ${id} has no content in the inputs (describe-policy was not exported): it was not evaluated`)
    return undefined
  }
  return normalizePolicy(document, { id, name: `SCP ${name}`, kind: 'scp' }).statements
}

function accountIdOf(graph: GraphView, target: number): string | undefined {
  if (graph.nodeKind(target) !== 'aws.account') return undefined
  return propString(graph.nodeProps(target), 'accountId') ?? (accountOfScope(graph.nodeId(target)) || undefined)
}

export function buildOrgIndex(graph: GraphView): OrgIndex {
  const gaps: string[] = []
  const orgOf = new Map<string, string>()
  const managementOfOrg = new Map<string, string>()
  /** Target (account id, or root/OU node index as `#<i>`) → attached SCPs. */
  const attached = new Map<string, Attachment[]>()
  const rootsOfOrg = new Map<string, number[]>()

  const attach = (key: string, a: Attachment): void => {
    const list = attached.get(key)
    if (list === undefined) attached.set(key, [a])
    else list.push(a)
  }

  for (const kind of ['aws.organizations.root', 'aws.organizations.ou'] as const) {
    for (const i of graph.nodesOfKind(kind)) {
      const match = ORG_ARN.exec(graph.nodeId(i))
      if (match?.[2] === undefined) continue
      if (match[1] !== 'aws') managementOfOrg.set(match[2], match[1]!)
      if (kind === 'aws.organizations.root') rootsOfOrg.set(match[2], [...(rootsOfOrg.get(match[2]) ?? []), i])
    }
  }

  for (const i of graph.nodesOfKind('aws.organizations.policy')) {
    const props = graph.nodeProps(i)
    if (propString(props, 'policyType') !== 'SERVICE_CONTROL_POLICY') continue
    const match = ORG_ARN.exec(graph.nodeId(i))
    const org = match?.[2]
    if (org !== undefined && match?.[1] !== undefined && match[1] !== 'aws') managementOfOrg.set(org, match[1])
    const statements = scpStatements(graph, i, gaps)
    const targets = new Set<string>()
    graph.forEachEdge(i, 'out', 'attached-to', (_edge, target) => {
      const account = accountIdOf(graph, target)
      targets.add(account ?? `#${target}`)
    })
    for (const id of propStrings(props, 'targetIds')) {
      const account = accountOfScope(id)
      if (account !== '') targets.add(account)
      else {
        const node = graph.indexOf(id)
        if (node !== undefined) targets.add(`#${node}`)
      }
    }
    for (const target of targets) {
      if (org !== undefined && !target.startsWith('#')) orgOf.set(target, org)
      if (statements !== undefined) attach(target, { statements })
    }
  }

  // Accounts placed under an OU or root by `contains` edges join that organization.
  for (const i of graph.nodesOfKind('aws.account')) {
    const account = accountIdOf(graph, i)
    if (account === undefined || orgOf.has(account)) continue
    graph.forEachEdge(i, 'in', 'contains', (_edge, parent) => {
      const kind = graph.nodeKind(parent)
      if (kind !== 'aws.organizations.ou' && kind !== 'aws.organizations.root') return
      const org = ORG_ARN.exec(graph.nodeId(parent))?.[2]
      if (org !== undefined) orgOf.set(account, org)
    })
  }

  const ancestors = (account: string): number[] => {
    const start = graph.indexOf(`aws://accounts/${account}`)
    if (start === undefined) return []
    const seen = new Set<number>()
    const queue = [start]
    while (queue.length > 0) {
      const node = queue.shift()!
      graph.forEachEdge(node, 'in', 'contains', (_edge, parent) => {
        const kind = graph.nodeKind(parent)
        if ((kind === 'aws.organizations.ou' || kind === 'aws.organizations.root') && !seen.has(parent)) {
          seen.add(parent)
          queue.push(parent)
        }
      })
    }
    return [...seen].sort((a, b) => a - b)
  }

  const cache = new Map<string, readonly ScpLevel[] | undefined>()
  const managementAccounts = new Set(managementOfOrg.values())
  return {
    orgOf,
    managementAccounts,
    gaps: [...new Set(gaps)].sort(),
    levelsFor(account) {
      if (cache.has(account)) return cache.get(account)
      const org = orgOf.get(account)
      let levels: ScpLevel[] | undefined
      if (org !== undefined && managementOfOrg.get(org) !== account) {
        levels = []
        const parents = new Set([...(rootsOfOrg.get(org) ?? []), ...ancestors(account)])
        for (const parent of [...parents].sort((a, b) => a - b)) {
          const list = attached.get(`#${parent}`)
          if (list !== undefined) levels.push({ target: graph.nodeName(parent), statements: list.flatMap((a) => a.statements) })
        }
        const own = attached.get(account)
        if (own !== undefined) levels.push({ target: `account ${account}`, statements: own.flatMap((a) => a.statements) })
        if (levels.length === 0) levels = undefined
      }
      cache.set(account, levels)
      return levels
    },
  }
}
