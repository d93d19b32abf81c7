/**
 * @module Azure RBAC effective permissions. Every role assignment grants its principal the role at the
 * assignment scope and at everything the scope contains (management group → subscription → resource
 * group → resource, through `contains`); deny assignments subtract. Output:
 * - `has-permission-to` principal → assignment scope (the role as declared, level from the probes);
 * - `has-permission-to` principal → contained resources where the role proves write/admin or data
 *   access there (Reader on a subscription does not fan out to every resource: it reads metadata only);
 * - `can-assume` for code execution on compute that runs as an identity, federated credential writes
 *   on a user-assigned identity, and AKS admin credentials → the Kubernetes cluster;
 * - `has-admin-permissions` for whoever may write role assignments on a subscription or management group.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { Family } from '../../../model/vocabulary.js'
import type { DerivationSink, Level } from '../derivation-sink.js'
import { atLeast, maxLevel } from '../derivation-sink.js'
import { containmentChain, outTargets } from '../graph-walk.js'
import { bool, str } from '../json-read.js'
import type { DenyAssignment, RoleAssignment } from './azure-assignments.js'
import { RoleResolver, TENANT_ROOT, denies, readDenyAssignments, readRoleAssignments } from './azure-assignments.js'
import { AzurePrincipals } from './azure-principals.js'
import type { Probe } from './azure-probes.js'
import { CONTAINER_TYPE_OF_KIND, ROLE_ASSIGNMENT_WRITE, probesFor } from './azure-probes.js'
import type { AzureRole } from './azure-role.js'
import { declaredActions, declaredExclusions, roleAllows } from './azure-role.js'
import { analyzeAksAdminGroups } from './aks-admin-groups.js'
import { analyzeKeyVaultAccessPolicies } from './key-vault-access-policies.js'

/** Families whose members receive inherited grants (the crown jewels and the hops). */
const TARGET_FAMILIES: readonly Family[] = [
  'organization', 'account', 'secret-store', 'object-storage', 'managed-database', 'k8s-cluster', 'vm', 'vm-scale-set',
  'function', 'app-service', 'container-registry', 'identity', 'kms-key',
]
/** Kinds that inherit nothing on their own: their parent's edge says it (a blob container's account). */
const NO_FAN_OUT = new Set(['azure.storage.blobcontainer', 'azure.keyvault.secret', 'azure.keyvault.key', 'azure.managedidentity.systemassignedidentity', 'azure.entra.user', 'azure.entra.group', 'azure.entra.serviceprincipal', 'azure.entra.principal'])

const METHOD_OF_HOP = {
  'run-as-identity': 'azure-run-command',
  'federated-credential': 'azure-federated-credential',
  'cluster-admin': 'aks-cluster-admin-credential',
} as const

interface Applicable {
  readonly assignment: RoleAssignment
  /** The candidate is the assignment scope itself (not a contained resource). */
  readonly atScope: boolean
}

class AzureRbac {
  private readonly allowedCache = new Map<string, Map<string, readonly Probe[]>>()
  private readonly byScope = new Map<string, RoleAssignment[]>()
  private readonly root: RoleAssignment[] = []
  private readonly deniesByScope = new Map<string, DenyAssignment[]>()

  constructor(
    private readonly graph: GraphView,
    private readonly sink: DerivationSink,
    private readonly principals: AzurePrincipals,
    assignments: readonly RoleAssignment[],
    denyAssignments: readonly DenyAssignment[],
  ) {
    for (const a of assignments) {
      if (a.scope === TENANT_ROOT) this.root.push(a)
      else this.byScope.set(a.scope, [...(this.byScope.get(a.scope) ?? []), a])
    }
    for (const d of denyAssignments) this.deniesByScope.set(d.scope, [...(this.deniesByScope.get(d.scope) ?? []), d])
  }

  run(): void {
    for (const node of this.candidates()) this.evaluate(node)
  }

  /** Resources of the target families, plus every assignment scope that is a node. */
  private candidates(): number[] {
    const g = this.graph
    const set = new Set<number>()
    for (const family of TARGET_FAMILIES) {
      for (const node of g.nodesOfFamily(family)) if (g.nodeProvider(node) === 'azure' && !NO_FAN_OUT.has(g.nodeKind(node))) set.add(node)
    }
    for (const scope of this.byScope.keys()) {
      const node = g.indexOf(scope)
      if (node !== undefined) set.add(node)
    }
    return [...set].sort((a, b) => a - b)
  }

  private armTypeOf(node: number): string | undefined {
    return str(this.graph.nodeProps(node)['armType']) ?? CONTAINER_TYPE_OF_KIND[this.graph.nodeKind(node)]
  }

  private allowedProbes(role: AzureRole, armType: string): readonly Probe[] {
    let byType = this.allowedCache.get(role.key)
    if (byType === undefined) {
      byType = new Map()
      this.allowedCache.set(role.key, byType)
    }
    let allowed = byType.get(armType)
    if (allowed === undefined) {
      allowed = probesFor(armType).filter((p) => roleAllows(role, p.op, p.data === true))
      byType.set(armType, allowed)
    }
    return allowed
  }

  private evaluate(node: number): void {
    const g = this.graph
    const id = g.nodeId(node)
    const chain = [node, ...containmentChain(g, node, 'azure')]
    const applicable: Applicable[] = []
    const activeDenies: DenyAssignment[] = []
    for (const scope of chain) {
      const scopeId = g.nodeId(scope)
      for (const assignment of this.byScope.get(scopeId) ?? []) applicable.push({ assignment, atScope: scope === node })
      for (const deny of this.deniesByScope.get(scopeId) ?? []) if (scope === node || deny.appliesToChildren) activeDenies.push(deny)
    }
    for (const assignment of this.root) applicable.push({ assignment, atScope: false })
    for (const deny of this.deniesByScope.get(TENANT_ROOT) ?? []) if (deny.appliesToChildren) activeDenies.push(deny)
    if (applicable.length === 0) return
    const armType = this.armTypeOf(node)
    const family = g.nodeFamily(node)
    for (const { assignment, atScope } of applicable) {
      const objectId = this.principals.objectId(assignment.principal)
      let allowed = armType === undefined ? [] : this.allowedProbes(assignment.role, armType)
      // Inherited grants of roles that prove nothing here (Reader below a subscription) cost nothing.
      if (!atScope && activeDenies.length === 0 && !allowed.some((p) => p.level !== 'read' || p.data === true || p.hop !== undefined)) continue
      const cutBy = new Set<string>()
      if (activeDenies.length > 0) {
        allowed = allowed.filter((probe) => {
          const deny = activeDenies.find((d) => denies(d, objectId, probe.op, probe.data === true))
          if (deny !== undefined) cutBy.add(deny.id)
          return deny === undefined
        })
      }
      const level = allowed.reduce<Level | undefined>((acc, p) => (acc === undefined ? p.level : maxLevel(acc, p.level)), undefined)
      const dataAccess = allowed.some((p) => p.data === true)
      const evidence = {
        source: assignment.id,
        detail: `${assignment.role.name} assigned at ${assignment.scope}${cutBy.size > 0 ? `, cut by deny assignment ${[...cutBy].sort().join(', ')}` : ''}`,
      }
      if (atScope) {
        // A deny that leaves nothing of the role at its own scope leaves no grant.
        if (allowed.length === 0 && cutBy.size > 0) continue
        const exclusions = declaredExclusions(assignment.role)
        this.sink.permission({
          from: assignment.principal,
          to: node,
          level: level ?? 'read',
          actions: cutBy.size > 0 ? allowed.map((p) => p.op) : declaredActions(assignment.role),
          via: assignment.role.name,
          caveats: assignment.caveats,
          evidence,
          ...(exclusions.length > 0 ? { extra: { notActions: exclusions.sort() } } : {}),
        })
      } else {
        const fanOut = level !== undefined && (atLeast(level, 'write') || dataAccess)
        // Inherited grants on a subscription only matter when they give control of it; on an identity the
        // can-assume hop says what matters.
        const worth = family === 'identity' ? false : family === 'account' || family === 'organization' ? level !== undefined && atLeast(level, 'write') : fanOut
        if (worth && level !== undefined) {
          this.sink.permission({
            from: assignment.principal,
            to: node,
            level,
            actions: allowed.map((p) => p.op),
            via: assignment.role.name,
            caveats: assignment.caveats,
            evidence: { ...evidence, detail: `${evidence.detail}, inherited by ${id}` },
          })
        }
      }
      if ((family === 'account' || family === 'organization') && allowed.some((p) => p.op === ROLE_ASSIGNMENT_WRITE)) {
        this.sink.insight(assignment.principal, 'has-admin-permissions', { scope: id, via: assignment.role.name, assignment: assignment.id }, evidence)
      }
      this.hops(assignment, node, allowed, evidence)
    }
  }

  private hops(assignment: RoleAssignment, node: number, allowed: readonly Probe[], evidence: { source: string; detail: string }): void {
    const g = this.graph
    const seen = new Set<string>()
    for (const probe of allowed) {
      if (probe.hop === undefined || seen.has(probe.hop)) continue
      seen.add(probe.hop)
      const method = METHOD_OF_HOP[probe.hop]
      const detail = { source: evidence.source, detail: `${evidence.detail}: ${probe.op}` }
      const caveats = assignment.caveats
      if (probe.hop === 'federated-credential') {
        this.sink.assume({ from: assignment.principal, to: node, method, caveats, evidence: detail })
      } else if (probe.hop === 'run-as-identity') {
        for (const identity of outTargets(g, node, 'can-authenticate-as')) {
          this.sink.assume({ from: assignment.principal, to: identity, method, caveats, evidence: detail })
        }
      } else {
        // Local accounts off: the admin kubeconfig is refused, Entra + Kubernetes RBAC decide instead.
        if (probe.op.endsWith('listClusterAdminCredential/action') && bool(g.nodeProps(node)['localAccountsDisabled']) === true) continue
        g.forEachEdge(node, 'in', 'attached-to', (_edge, cluster) => {
          if (g.nodeKind(cluster) !== 'k8s.cluster') return
          this.sink.permission({ from: assignment.principal, to: cluster, level: 'admin', actions: [probe.op], via: assignment.role.name, caveats, evidence: detail })
          this.sink.insight(assignment.principal, 'has-admin-permissions', { scope: g.nodeId(cluster), via: assignment.role.name, assignment: assignment.id }, detail)
        })
      }
    }
  }
}

export interface AzureRbacSummary {
  readonly assignments: number
  readonly unresolvedAssignments: number
  readonly denyAssignments: number
}

export function analyzeAzureRbac(graph: GraphView, sink: DerivationSink): AzureRbacSummary {
  const principals = new AzurePrincipals(graph)
  const read = readRoleAssignments(graph, principals, new RoleResolver(graph))
  const denyAssignments = readDenyAssignments(graph)
  if (read.assignments.length > 0) new AzureRbac(graph, sink, principals, read.assignments, denyAssignments).run()
  analyzeKeyVaultAccessPolicies(graph, sink, principals)
  analyzeAksAdminGroups(graph, sink, principals)
  return { assignments: read.assignments.length, unresolvedAssignments: read.unresolved, denyAssignments: denyAssignments.length }
}

