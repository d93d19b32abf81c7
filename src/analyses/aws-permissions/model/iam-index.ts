/**
 * @module The IAM side of the graph as the evaluator needs it: every user and role with its identity
 * statements (inline, attached managed at their default version, and both through its groups), its
 * permissions boundary and, for roles, its trust policy; indexed by ARN, unique id and account.
 * Group membership comes from `member-of` edges and from the `groupNames` the exports give (resolved
 * by name inside the account, whatever the group's path). Managed policy documents are normalized
 * once and shared by every holder.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { builtinManagedPolicy } from '../data/aws-managed-policies.js'
import { normalizePolicy } from '../policy/normalize-policy.js'
import type { RequestPrincipal } from '../policy/principal-match.js'
import type { PolicyKind, PolicyRef, PolicyStatement } from '../policy/statement.js'
import { StatementSet } from '../policy/statement-set.js'
import { accountOfArn, accountOfScope, isObject, propObjects, propString, propStrings } from './props.js'

export interface PolicyVersion {
  readonly versionId: string
  readonly isDefault: boolean
  readonly document: JsonValue
}

export interface ManagedPolicy {
  readonly arn: string
  readonly name: string
  /** Customer managed (owned by an account), as opposed to AWS managed. */
  readonly customer: boolean
  /** Default version document; undefined when the inputs do not hold it. */
  readonly document: JsonValue | undefined
  readonly versions: readonly PolicyVersion[]
  /** The document is Skyhound's built-in copy of an AWS managed policy. */
  readonly builtin: boolean
}

export interface IamGroup {
  readonly index: number
  readonly id: string
  readonly name: string
  readonly account: string
  readonly statements: readonly PolicyStatement[]
  readonly attachedPolicyArns: readonly string[]
  readonly gaps: readonly string[]
}

export interface Principal {
  readonly index: number
  readonly id: string
  readonly type: 'user' | 'role'
  readonly name: string
  readonly account: string
  readonly request: RequestPrincipal
  readonly identity: StatementSet
  readonly boundary: StatementSet | undefined
  readonly boundaryArn: string | undefined
  /** Role trust policy statements (roles only). */
  readonly trust: readonly PolicyStatement[] | undefined
  readonly groups: readonly IamGroup[]
  /** Managed policies attached directly. */
  readonly attachedPolicyArns: readonly string[]
  /** Inline policy names (for evidence). */
  readonly serviceLinked: boolean
  readonly instanceProfileArns: readonly string[]
  /** Facts the inputs lack that could change the result (a policy without document…). */
  readonly gaps: readonly string[]
}

export interface IamIndex {
  readonly principals: readonly Principal[]
  readonly principalByArn: ReadonlyMap<string, Principal>
  readonly principalByUniqueId: ReadonlyMap<string, Principal>
  readonly roleBySession: ReadonlyMap<string, Principal>
  readonly principalsByAccount: ReadonlyMap<string, readonly Principal[]>
  readonly usersByAccount: ReadonlyMap<string, readonly Principal[]>
  readonly rolesByAccount: ReadonlyMap<string, readonly Principal[]>
  readonly groups: readonly IamGroup[]
  readonly groupsByAccount: ReadonlyMap<string, readonly IamGroup[]>
  readonly policies: ReadonlyMap<string, ManagedPolicy>
  /** Accounts whose IAM principals are in the inputs. */
  readonly accountsWithIam: ReadonlySet<string>
  readonly problems: readonly string[]
}

/** Inline policy node id, as the AWS provider writes it (`#` cannot occur in IAM names). */
export const inlinePolicyNodeId = (ownerArn: string, name: string): string => `${ownerArn}#inline-policy/${name}`

function readVersions(props: JsonObject): PolicyVersion[] {
  return propObjects(props, 'versions').flatMap((v) => {
    const versionId = propString(v, 'versionId')
    const document = v['document']
    if (versionId === undefined || document === undefined || document === null) return []
    return [{ versionId, isDefault: v['isDefault'] === true, document }]
  })
}

function readPolicies(graph: GraphView): Map<string, ManagedPolicy> {
  const out = new Map<string, ManagedPolicy>()
  for (const i of graph.nodesOfKind('aws.iam.policy')) {
    const props = graph.nodeProps(i)
    const arn = graph.nodeId(i)
    const versions = readVersions(props)
    const document = props['document'] ?? versions.find((v) => v.isDefault)?.document
    const builtin = document === undefined || document === null ? builtinManagedPolicy(arn) : undefined
    out.set(arn, {
      arn,
      name: propString(props, 'policyName') ?? graph.nodeName(i),
      customer: accountOfArn(arn) !== 'aws',
      document: builtin ?? (document === null ? undefined : document),
      versions,
      builtin: builtin !== undefined,
    })
  }
  return out
}

class Normalizer {
  private readonly cache = new Map<string, readonly PolicyStatement[]>()
  readonly problems: string[] = []

  statements(key: string, document: JsonValue | undefined, ref: PolicyRef): readonly PolicyStatement[] {
    let list = this.cache.get(key)
    if (list === undefined) {
      const normalized = normalizePolicy(document, ref)
      list = normalized.statements
      this.problems.push(...normalized.problems)
      this.cache.set(key, list)
    }
    return list
  }
}

interface Library {
  readonly policies: Map<string, ManagedPolicy>
  readonly normalizer: Normalizer
}

/** A managed policy's statements for one kind of attachment, or a gap when its document is unknown. */
function managedStatements(library: Library, arn: string, kind: PolicyKind, via: string | undefined, gaps: string[]): readonly PolicyStatement[] {
  let policy = library.policies.get(arn)
  if (policy === undefined) {
    const builtin = builtinManagedPolicy(arn)
    if (builtin !== undefined) {
      policy = { arn, name: arn.split('/').pop() ?? arn, customer: false, document: builtin, versions: [], builtin: true }
      library.policies.set(arn, policy)
    }
  }
  if (policy === undefined || policy.document === undefined) {
    gaps.push(`managed policy ${arn} is not in the inputs: its grants and denies are unknown`)
    return []
  }
  const name = via === undefined ? policy.name : `${policy.name} (via ${via})`
  return library.normalizer.statements(`${kind}|${arn}|${via ?? ''}`, policy.document, { id: arn, name, kind })
}

/**
 * Attached managed policy ARNs: the owner's `attachedPolicyArns` and the `attached-to` edges of policy
 * nodes. Both, because props merged from two inputs keep only the last list, while edges add up.
 */
function attachedArns(graph: GraphView, owner: number, props: JsonObject): string[] {
  const arns = new Set(propStrings(props, 'attachedPolicyArns'))
  graph.forEachEdge(owner, 'in', 'attached-to', (_edge, source) => {
    if (graph.nodeKind(source) === 'aws.iam.policy') arns.add(graph.nodeId(source))
  })
  return [...arns].sort()
}

/** Inline policies from the owner's props and from the inline-policy nodes attached to it, by name. */
function inlineEntries(graph: GraphView, owner: number, props: JsonObject): { name: string; document: JsonValue | undefined }[] {
  const byName = new Map<string, JsonValue | undefined>()
  for (const entry of propObjects(props, 'inlinePolicies')) byName.set(propString(entry, 'name') ?? 'inline', entry['document'] ?? undefined)
  graph.forEachEdge(owner, 'in', 'attached-to', (_edge, source) => {
    if (graph.nodeKind(source) !== 'aws.iam.inline-policy') return
    const inline = graph.nodeProps(source)
    const name = propString(inline, 'policyName') ?? graph.nodeName(source)
    if (!byName.has(name) || byName.get(name) === undefined) byName.set(name, inline['document'] ?? undefined)
  })
  return [...byName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, document]) => ({ name, document }))
}

/**
 * A boundary whose document the inputs lack is not applied (reported as a gap): cutting every grant on
 * an unknown policy would hide access that probably exists.
 */
function boundaryOf(library: Library, arn: string, gaps: string[]): StatementSet | undefined {
  const policy = library.policies.get(arn)
  if ((policy === undefined || policy.document === undefined) && builtinManagedPolicy(arn) === undefined) {
    gaps.push(`permissions boundary ${arn} is not in the inputs: it was not applied`)
    return undefined
  }
  return new StatementSet(managedStatements(library, arn, 'boundary', 'permissions boundary', gaps))
}

function inlineStatements(library: Library, ownerArn: string, entries: readonly { name: string; document: JsonValue | undefined }[], kind: PolicyKind, via: string | undefined): PolicyStatement[] {
  return entries.flatMap(({ name, document }) => {
    const id = inlinePolicyNodeId(ownerArn, name)
    const label = via === undefined ? name : `${name} (via ${via})`
    return [...library.normalizer.statements(`${kind}|${id}`, document === null ? undefined : document, { id, name: label, kind })]
  })
}

function readGroups(graph: GraphView, library: Library): IamGroup[] {
  const groups: IamGroup[] = []
  for (const i of graph.nodesOfKind('aws.iam.group')) {
    const id = graph.nodeId(i)
    const props = graph.nodeProps(i)
    const name = propString(props, 'groupName') ?? graph.nodeName(i)
    const gaps: string[] = []
    const attached = attachedArns(graph, i, props)
    const statements = [
      ...inlineStatements(library, id, inlineEntries(graph, i, props), 'group-inline', `group ${name}`),
      ...attached.flatMap((arn) => managedStatements(library, arn, 'group-managed', `group ${name}`, gaps)),
    ]
    groups.push({ index: i, id, name, account: accountOfScope(graph.nodeScope(i)) || accountOfArn(id), statements, attachedPolicyArns: attached, gaps })
  }
  return groups
}

function groupsOf(graph: GraphView, user: number, account: string, props: JsonObject, byIndex: Map<number, IamGroup>, byName: Map<string, IamGroup>): IamGroup[] {
  const found = new Map<number, IamGroup>()
  graph.forEachEdge(user, 'out', 'member-of', (_edge, neighbour) => {
    const group = byIndex.get(neighbour)
    if (group !== undefined) found.set(group.index, group)
  })
  for (const name of propStrings(props, 'groupNames')) {
    const group = byName.get(`${account}/${name}`)
    if (group !== undefined) found.set(group.index, group)
  }
  return [...found.values()].sort((a, b) => a.index - b.index)
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

export function buildIamIndex(graph: GraphView): IamIndex {
  const library: Library = { policies: readPolicies(graph), normalizer: new Normalizer() }
  const groups = readGroups(graph, library)
  const groupByIndex = new Map(groups.map((g) => [g.index, g]))
  const groupByName = new Map(groups.map((g) => [`${g.account}/${g.name}`, g]))

  const principals: Principal[] = []
  for (const type of ['user', 'role'] as const) {
    for (const i of graph.nodesOfKind(`aws.iam.${type}`)) {
      const id = graph.nodeId(i)
      const props = graph.nodeProps(i)
      const account = accountOfScope(graph.nodeScope(i)) || accountOfArn(id)
      const name = propString(props, type === 'user' ? 'userName' : 'roleName') ?? id.split('/').pop() ?? id
      const gaps: string[] = []
      const memberOf = type === 'user' ? groupsOf(graph, i, account, props, groupByIndex, groupByName) : []
      const attached = attachedArns(graph, i, props)
      const identity = [
        ...inlineStatements(library, id, inlineEntries(graph, i, props), 'inline', undefined),
        ...attached.flatMap((arn) => managedStatements(library, arn, 'managed', undefined, gaps)),
        ...memberOf.flatMap((g) => g.statements),
      ]
      for (const g of memberOf) gaps.push(...g.gaps)
      const boundaryArn = propString(props, 'permissionsBoundaryArn')
      const boundary = boundaryArn === undefined ? undefined : boundaryOf(library, boundaryArn, gaps)
      const trustDoc = type === 'role' && isObject(props['trustPolicy']) ? props['trustPolicy'] : undefined
      const trust = trustDoc === undefined ? undefined : library.normalizer.statements(`trust|${id}`, trustDoc, { id, name: `${name} trust policy`, kind: 'trust' })
      const uniqueId = propString(props, type === 'user' ? 'userId' : 'roleId')
      principals.push({
        index: i,
        id,
        type,
        name,
        account,
        request: { kind: type, arn: id, account, name, ...(uniqueId === undefined ? {} : { uniqueId }) },
        identity: new StatementSet(identity),
        boundary,
        boundaryArn,
        trust,
        groups: memberOf,
        attachedPolicyArns: attached,
        serviceLinked: (propString(props, 'path') ?? '').startsWith('/aws-service-role/'),
        instanceProfileArns: propStrings(props, 'instanceProfileArns'),
        gaps: [...new Set(gaps)].sort(),
      })
    }
  }
  principals.sort((a, b) => a.index - b.index)

  const principalByArn = new Map<string, Principal>()
  const principalByUniqueId = new Map<string, Principal>()
  const roleBySession = new Map<string, Principal>()
  const principalsByAccount = new Map<string, Principal[]>()
  const usersByAccount = new Map<string, Principal[]>()
  const rolesByAccount = new Map<string, Principal[]>()
  for (const p of principals) {
    principalByArn.set(p.id, p)
    if (p.request.uniqueId !== undefined) principalByUniqueId.set(p.request.uniqueId, p)
    if (p.type === 'role') roleBySession.set(`${p.account}/${p.name}`, p)
    push(principalsByAccount, p.account, p)
    push(p.type === 'user' ? usersByAccount : rolesByAccount, p.account, p)
  }
  const groupsByAccount = new Map<string, IamGroup[]>()
  for (const g of groups) push(groupsByAccount, g.account, g)

  return {
    principals,
    principalByArn,
    principalByUniqueId,
    roleBySession,
    principalsByAccount,
    usersByAccount,
    rolesByAccount,
    groups,
    groupsByAccount,
    policies: library.policies,
    accountsWithIam: new Set(principals.map((p) => p.account)),
    problems: [...new Set(library.normalizer.problems)].sort(),
  }
}

/** Normalizes a policy version document for what-if evaluation (SetDefaultPolicyVersion). */
export function versionStatements(policy: ManagedPolicy, version: PolicyVersion): readonly PolicyStatement[] {
  return normalizePolicy(version.document, { id: policy.arn, name: `${policy.name} version ${version.versionId}`, kind: 'managed' }).statements
}
