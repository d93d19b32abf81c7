/** @module Role assignments and deny assignments read from the graph, resolved to roles and principals. */
import type { GraphView } from '../../../graph/graph-view.js'
import type { JsonObject } from '../../../model/graph-types.js'
import { azureNodeId } from '../../../providers/ids.js'
import { azureRoleDefinitionNodeId } from '../../../providers/azure/azure-ids.js'
import { bool, field, obj, objects, str, strings } from '../json-read.js'
import type { AzurePrincipals } from './azure-principals.js'
import { builtinRoleByGuid, builtinRoleByName } from './azure-builtin-roles.js'
import type { AzureRole, PermissionBlock } from './azure-role.js'
import { roleAllows, roleFromProps } from './azure-role.js'

export const TENANT_ROOT = '/'

export interface RoleAssignment {
  readonly node: number
  readonly id: string
  readonly role: AzureRole
  readonly principal: number
  /** Lowercased ARM id of the scope, or `/` for the tenant root. */
  readonly scope: string
  readonly caveats: readonly string[]
}

export interface DenyAssignment {
  readonly node: number
  readonly id: string
  readonly name: string
  readonly scope: string
  readonly role: AzureRole
  readonly everyone: boolean
  readonly principals: ReadonlySet<string>
  readonly excluded: ReadonlySet<string>
  readonly appliesToChildren: boolean
}

/** The all-principals id deny assignments use ("Everyone"). */
const EVERYONE = '00000000-0000-0000-0000-000000000000'
const DENY_KINDS = ['azure.authorization.denyassignment', 'azure.unmapped.microsoft.authorization/denyassignments']

const scopeOf = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : value.trim() === '/' ? TENANT_ROOT : azureNodeId(value)

const lastSegment = (id: string): string => id.toLowerCase().replace(/\/+$/, '').split('/').pop() ?? ''

export class RoleResolver {
  private readonly cache = new Map<string, AzureRole | undefined>()

  constructor(private readonly graph: GraphView) {}

  /** Definition read from the input (by GUID-keyed node id), else the built-in table by GUID or name. */
  resolve(props: JsonObject): AzureRole | undefined {
    const reference = str(props['roleDefinitionId']) ?? str(props['roleDefinitionArmId'])
    const guid = str(props['roleDefinitionGuid']) ?? (reference === undefined ? undefined : lastSegment(reference))
    const name = str(props['roleName']) ?? str(props['roleDefinitionName'])
    const key = `${guid ?? ''}|${name ?? ''}`
    if (this.cache.has(key)) return this.cache.get(key)
    let role: AzureRole | undefined
    if (guid !== undefined) {
      const nodeId = azureRoleDefinitionNodeId(guid)
      const node = this.graph.indexOf(nodeId)
      if (node !== undefined && this.graph.nodeKind(node) === 'azure.authorization.roledefinition') {
        const definition = this.graph.nodeProps(node)
        if (definition['actions'] !== undefined || definition['permissions'] !== undefined) role = roleFromProps(nodeId, definition)
      }
      role ??= builtinRoleByGuid(guid)
    }
    if (role === undefined && name !== undefined) role = builtinRoleByName(name)
    this.cache.set(key, role)
    return role
  }
}

/**
 * The principal of an assignment: the identity that owns its object id anywhere in the input (the
 * adapter joins within one file only, so an assignment exported apart from its managed identity points
 * at an `azure-principal://` placeholder), else the node the adapter joined.
 */
function principalOf(graph: GraphView, node: number, props: JsonObject, principals: AzurePrincipals): number | undefined {
  const objectId = str(props['principalId'])
  const owner = objectId === undefined ? undefined : principals.nodeOf(objectId)
  if (owner !== undefined) return owner
  let joined: number | undefined
  graph.forEachEdge(node, 'out', 'attached-to', (edge, target) => {
    if (joined === undefined && graph.edgeProps(edge)['role'] === 'principal') joined = target
  })
  return joined
}

export interface AssignmentRead {
  readonly assignments: RoleAssignment[]
  /** Assignments whose role or principal is not in the input (reported as coverage gaps). */
  readonly unresolved: number
}

export function readRoleAssignments(graph: GraphView, principals: AzurePrincipals, roles: RoleResolver): AssignmentRead {
  const assignments: RoleAssignment[] = []
  let unresolved = 0
  for (const node of graph.nodesOfKind('azure.authorization.roleassignment')) {
    const props = graph.nodeProps(node)
    const role = roles.resolve(props)
    const principal = principalOf(graph, node, props, principals)
    const scope = scopeOf(str(props['scope']))
    if (role === undefined || principal === undefined || scope === undefined) {
      unresolved++
      continue
    }
    const condition = str(props['condition'])
    assignments.push({
      node,
      id: graph.nodeId(node),
      role,
      principal,
      scope,
      caveats: condition === undefined ? [] : [`role assignment condition: ${condition}`],
    })
  }
  return { assignments, unresolved }
}

function block(value: JsonObject): PermissionBlock {
  return {
    actions: strings(field(value, 'actions')),
    notActions: strings(field(value, 'notActions')),
    dataActions: strings(field(value, 'dataActions')),
    notDataActions: strings(field(value, 'notDataActions')),
  }
}

/** Deny assignments: ARG keeps them unmapped (`props.config` holds the ARM properties). */
export function readDenyAssignments(graph: GraphView): DenyAssignment[] {
  const denies: DenyAssignment[] = []
  for (const kind of DENY_KINDS) {
    for (const node of graph.nodesOfKind(kind)) {
      const props = graph.nodeProps(node)
      const p = obj(props['config']) ?? props
      const id = graph.nodeId(node)
      const principalIds = objects(field(p, 'principals')).map((x) => str(field(x, 'id'))?.toLowerCase()).filter((x): x is string => x !== undefined)
      const excluded = objects(field(p, 'excludePrincipals')).map((x) => str(field(x, 'id'))?.toLowerCase()).filter((x): x is string => x !== undefined)
      const scope = scopeOf(str(field(p, 'scope'))) ?? scopeOf(id.split('/providers/microsoft.authorization/')[0] || TENANT_ROOT)
      if (scope === undefined) continue
      const name = str(field(p, 'denyAssignmentName')) ?? graph.nodeName(node)
      denies.push({
        node,
        id,
        name,
        scope,
        role: { key: `deny:${id}`, name, blocks: objects(field(p, 'permissions')).map(block) },
        everyone: principalIds.includes(EVERYONE),
        principals: new Set(principalIds),
        excluded: new Set(excluded),
        appliesToChildren: bool(field(p, 'doNotApplyToChildScopes')) !== true,
      })
    }
  }
  return denies
}

/** True when `deny` blocks `operation` for the principal with `objectId`. */
export function denies(deny: DenyAssignment, objectId: string | undefined, operation: string, data: boolean): boolean {
  const applies = deny.everyone || (objectId !== undefined && deny.principals.has(objectId))
  if (!applies || (objectId !== undefined && deny.excluded.has(objectId))) return false
  return roleAllows(deny.role, operation, data)
}
