/**
 * @module GCP IAM effective permissions. Each IAM policy binding grants its role to its members on the
 * resource that holds the policy and on everything below it (organization → folder → project →
 * resource, through `contains`). Outputs mirror Azure: `has-permission-to` member → policy holder and
 * → contained resources where the role proves write/admin or data access; `can-assume` for token
 * creation, key creation, actAs with a deploy permission, policy changes on a service account, code
 * execution on compute that runs as an account, and GKE IAM → Kubernetes cluster admin;
 * `has-admin-permissions` for whoever may set the IAM policy of a project, folder or organization.
 * Binding conditions become caveats (never evaluated, never dropped).
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { Evidence, JsonObject } from '../../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../../model/graph-types.js'
import type { DerivationSink, Level } from '../derivation-sink.js'
import { atLeast, maxLevel } from '../derivation-sink.js'
import { containmentChain, outTargets } from '../graph-walk.js'
import { objects, str, strings } from '../json-read.js'
import { GcpMembers } from './gcp-members.js'
import type { GcpProbe } from './gcp-probes.js'
import { CONTAINER_KINDS, DEPLOY_PERMISSIONS, PROBED_KINDS, probesForKind } from './gcp-probes.js'
import type { GcpRole } from './gcp-roles.js'
import { GcpRoles, roleGrants } from './gcp-roles.js'

export interface IamBinding {
  readonly holder: number
  readonly index: number
  readonly role: string
  readonly members: readonly string[]
  readonly caveats: readonly string[]
}

interface Grant {
  readonly principal: number
  readonly role: GcpRole
  readonly binding: IamBinding
  readonly member: string
  readonly caveats: readonly string[]
  readonly note?: string
}

interface RoleOnKind {
  readonly allowed: readonly GcpProbe[]
  readonly actions: readonly string[]
  readonly level: Level | undefined
  readonly admin: boolean
  readonly hops: boolean
  /** Worth an edge when inherited from above: write/admin, or data access on a resource. */
  readonly inherited: boolean
}

function conditionCaveat(condition: JsonObject | undefined): string[] {
  if (condition === undefined) return []
  const title = str(condition['title'])
  const expression = str(condition['expression']) ?? ''
  return [`IAM condition${title === undefined ? '' : ` "${title}"`}: ${expression}`]
}

export class GcpIam {
  readonly members: GcpMembers
  private readonly roles: GcpRoles
  private readonly ownGrants = new Map<number, readonly Grant[]>()
  private readonly chains = new Map<number, readonly number[]>()
  private readonly summaries = new WeakMap<GcpRole, Map<string, RoleOnKind>>()
  private readonly internet: number | undefined
  /** Service account → nodes keyed by its numeric unique id (an IAM policy exported in another file). */
  private readonly aliases = new Map<number, number[]>()
  private readonly aliasNodes = new Set<number>()
  bindings = 0
  unknownRoles = new Set<string>()

  constructor(private readonly graph: GraphView) {
    this.members = new GcpMembers(graph)
    this.roles = new GcpRoles(graph)
    this.internet = graph.indexOf(INTERNET_NODE_ID)
    this.linkAliases()
  }

  /**
   * CAI names service accounts by unique id; the adapter re-keys them by email only when the email is in
   * the same file, so an IAM_POLICY export read apart from the RESOURCE export lands on a numeric-keyed
   * node. Its bindings belong to the email-keyed account with that unique id.
   */
  private linkAliases(): void {
    const g = this.graph
    const byUniqueId = new Map<string, number>()
    const numeric: number[] = []
    for (const node of g.nodesOfKind('gcp.iam.serviceaccount')) {
      const props = g.nodeProps(node)
      const uniqueId = str(props['uniqueId'])
      if (str(props['email']) !== undefined && uniqueId !== undefined) byUniqueId.set(uniqueId, node)
      else if (str(props['email']) === undefined) numeric.push(node)
    }
    for (const node of numeric) {
      const real = byUniqueId.get(g.nodeId(node).split('/').pop() ?? '')
      if (real === undefined || real === node) continue
      this.aliases.set(real, [...(this.aliases.get(real) ?? []), node])
      this.aliasNodes.add(node)
    }
  }

  /** True when the input holds an IAM policy for `node` (on it or on a node that aliases it). */
  hasPolicy(node: number): boolean {
    return [node, ...(this.aliases.get(node) ?? [])].some((n) => this.graph.nodeProps(n)['iamBindings'] !== undefined)
  }

  /** The node and its containers, nearest first. */
  chain(node: number): readonly number[] {
    let chain = this.chains.get(node)
    if (chain === undefined) {
      chain = [node, ...(this.aliases.get(node) ?? []), ...containmentChain(this.graph, node, 'gcp')]
      this.chains.set(node, chain)
    }
    return chain
  }

  bindingsOf(holder: number): IamBinding[] {
    return objects(this.graph.nodeProps(holder)['iamBindings']).flatMap((b, index) => {
      const role = str(b['role'])
      if (role === undefined) return []
      const condition = b['condition']
      return [{ holder, index, role, members: strings(b['members']), caveats: conditionCaveat(typeof condition === 'object' && condition !== null && !Array.isArray(condition) ? condition : undefined) }]
    })
  }

  /** Project id of a node: its project's `projectId`, else the `projects/<id>` in its name. */
  projectIdOf(node: number): string | undefined {
    for (const c of this.chain(node)) {
      if (this.graph.nodeKind(c) === 'gcp.resourcemanager.project') {
        const id = str(this.graph.nodeProps(c)['projectId'])
        if (id !== undefined) return id
      }
    }
    return /\/projects\/([^/]+)/.exec(this.graph.nodeId(node))?.[1]
  }

  private grantsHeldBy(holder: number): readonly Grant[] {
    let grants = this.ownGrants.get(holder)
    if (grants !== undefined) return grants
    const list: Grant[] = []
    const projectId = this.projectIdOf(holder)
    for (const binding of this.bindingsOf(holder)) {
      this.bindings++
      const role = this.roles.resolve(binding.role)
      if (role === undefined) {
        this.unknownRoles.add(binding.role)
        continue
      }
      const roleCaveats = role.inferred === true ? [`role ${binding.role} is not in the role table: permissions inferred from its name`] : []
      for (const member of binding.members) {
        for (const resolved of this.members.resolve(member, projectId)) {
          list.push({
            principal: resolved.node,
            role,
            binding,
            member,
            caveats: [...binding.caveats, ...roleCaveats, ...(resolved.caveat === undefined ? [] : [resolved.caveat])],
            ...(resolved.note === undefined ? {} : { note: resolved.note }),
          })
        }
      }
    }
    grants = list
    this.ownGrants.set(holder, grants)
    return grants
  }

  /** True when `principal` holds `permission` on `target` through any binding on it or above it. */
  principalAllowed(principal: number, target: number, permissions: readonly string[]): boolean {
    for (const holder of this.chain(target)) {
      for (const grant of this.grantsHeldBy(holder)) {
        if (grant.principal === principal && grant.caveats.length === 0 && permissions.some((p) => roleGrants(grant.role, p))) return true
      }
    }
    return false
  }

  /** The first binding on or above `target` whose member passes `test` and whose role grants `permission`. */
  memberAllowed(test: (member: string) => boolean, target: number, permission: string): IamBinding | undefined {
    for (const holder of this.chain(target)) {
      for (const binding of this.bindingsOf(holder)) {
        const role = this.roles.resolve(binding.role)
        if (role !== undefined && roleGrants(role, permission) && binding.members.some(test)) return binding
      }
    }
    return undefined
  }

  /** What a role proves on a kind, computed once per (role, kind): the hot loop only reads it. */
  private onKind(role: GcpRole, kind: string): RoleOnKind {
    let byKind = this.summaries.get(role)
    if (byKind === undefined) {
      byKind = new Map()
      this.summaries.set(role, byKind)
    }
    let summary = byKind.get(kind)
    if (summary === undefined) {
      const allowed = (probesForKind(kind) ?? []).filter((probe) => roleGrants(role, probe.permission))
      const level = allowed.reduce<Level | undefined>((acc, p) => (acc === undefined ? p.level : maxLevel(acc, p.level)), undefined)
      const data = allowed.some((p) => p.data === true)
      const container = CONTAINER_KINDS.has(kind)
      summary = {
        allowed,
        actions: allowed.map((p) => p.permission),
        level,
        admin: allowed.some((p) => p.level === 'admin'),
        hops: allowed.some((p) => p.hop !== undefined),
        inherited: level !== undefined && (container ? atLeast(level, 'write') : atLeast(level, 'write') || data),
      }
      byKind.set(kind, summary)
    }
    return summary
  }

  run(sink: DerivationSink): void {
    for (const node of this.candidates()) this.evaluate(node, sink)
  }

  private candidates(): number[] {
    const g = this.graph
    const set = new Set<number>()
    for (const kind of PROBED_KINDS) for (const node of g.nodesOfKind(kind)) set.add(node)
    for (let node = 0; node < g.nodeCount; node++) {
      if (g.nodeProvider(node) === 'gcp' && g.nodeProps(node)['iamBindings'] !== undefined) set.add(node)
    }
    for (const alias of this.aliasNodes) set.delete(alias)
    return [...set].sort((a, b) => a - b)
  }

  private evaluate(node: number, sink: DerivationSink): void {
    const g = this.graph
    const kind = g.nodeKind(node)
    const id = g.nodeId(node)
    const isContainer = CONTAINER_KINDS.has(kind)
    const probed = probesForKind(kind) !== undefined
    const aliases = this.aliases.get(node) ?? []
    for (const holder of this.chain(node)) {
      const atScope = holder === node || aliases.includes(holder)
      for (const grant of this.grantsHeldBy(holder)) {
        const r = this.onKind(grant.role, kind)
        if (!atScope && !r.inherited && !r.hops && !(isContainer && r.admin)) continue
        const evidence: Evidence = {
          source: `${g.nodeId(holder)}#iamPolicy`,
          detail: `bindings[${grant.binding.index}]: ${grant.binding.role} for ${grant.member}${grant.note === undefined ? '' : ` (${grant.note})`}${atScope ? '' : `, inherited by ${id}`}`,
        }
        const caveats = grant.caveats
        if (atScope) {
          // A role with nothing to test on this kind still grants it: keep the edge, as declared.
          if (r.level !== undefined || !probed) {
            sink.permission({
              from: grant.principal,
              to: node,
              level: r.level ?? (grant.role.include.every((p) => /\.(get|list|getIamPolicy)$/.test(p)) ? 'read' : 'write'),
              actions: r.level === undefined ? grant.role.include : r.actions,
              via: grant.binding.role,
              caveats,
              evidence,
            })
          }
        } else if (r.inherited && r.level !== undefined) {
          sink.permission({ from: grant.principal, to: node, level: r.level, actions: r.actions, via: grant.binding.role, caveats, evidence })
        }
        const allowed = r.allowed
        if (isContainer && grant.principal !== this.internet && allowed.some((p) => p.level === 'admin')) {
          sink.insight(grant.principal, 'has-admin-permissions', { scope: id, via: grant.binding.role, ...(caveats.length > 0 ? { caveats: [...caveats] } : {}) }, evidence)
        }
        this.hops(grant, node, allowed, evidence, sink)
      }
    }
  }

  private hops(grant: Grant, node: number, allowed: readonly GcpProbe[], evidence: Evidence, sink: DerivationSink): void {
    const g = this.graph
    const done = new Set<string>()
    for (const probe of allowed) {
      if (probe.hop === undefined || done.has(probe.hop)) continue
      done.add(probe.hop)
      const hopEvidence = { ...evidence, detail: `${evidence.detail ?? ''}: ${probe.permission}` }
      const base = { from: grant.principal, method: probe.permission, caveats: grant.caveats, evidence: hopEvidence }
      switch (probe.hop) {
        case 'impersonate':
        case 'grant-self':
          sink.assume({ ...base, to: node })
          break
        case 'act-as': {
          // actAs alone runs nothing: it needs a permission to deploy something as the account.
          const project = this.members.project(this.projectIdOf(node) ?? '')
          if (project !== undefined && this.principalAllowed(grant.principal, project, DEPLOY_PERMISSIONS)) sink.assume({ ...base, to: node })
          break
        }
        case 'run-as-identity':
          for (const account of outTargets(g, node, 'can-authenticate-as')) {
            // Google checks actAs on the attached account before letting metadata or code change.
            if (this.principalAllowed(grant.principal, account, ['iam.serviceAccounts.actAs'])) sink.assume({ ...base, to: account })
          }
          break
        case 'cluster-admin':
          g.forEachEdge(node, 'in', 'attached-to', (_edge, cluster) => {
            if (g.nodeKind(cluster) !== 'k8s.cluster') return
            sink.permission({ from: grant.principal, to: cluster, level: 'admin', actions: [probe.permission], via: grant.binding.role, caveats: grant.caveats, evidence: hopEvidence })
            if (grant.principal !== this.internet) sink.insight(grant.principal, 'has-admin-permissions', { scope: g.nodeId(cluster), via: grant.binding.role }, hopEvidence)
          })
          break
      }
    }
  }
}
