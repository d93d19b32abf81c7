/**
 * @module Joins role assignments to their principals and definitions within one file.
 * Assignments wait for the end of the file because the identity that owns a principal id
 * (a user-assigned identity, an AKS kubelet identity) may come in a later row. Definitions need no
 * wait: their node id is keyed by GUID (roleDefinitionNodeId), so edges resolve across files too.
 */
import type { EdgeInput, GraphFragment, JsonObject, NodeInput } from '../../model/graph-types.js'
import type { AzureKind } from './azure-kinds.js'
import { AZURE_KINDS } from './azure-kinds.js'
import { azurePrincipalNodeId } from '../ids.js'
import { asString } from '../shared/json-access.js'

const PRINCIPAL_KINDS: Readonly<Record<string, AzureKind>> = {
  user: 'azure.entra.user',
  group: 'azure.entra.group',
  foreigngroup: 'azure.entra.group',
  serviceprincipal: 'azure.entra.serviceprincipal',
}

interface RoleInfo {
  readonly roleName?: string
  readonly roleType?: string
}

export class RoleJoin {
  private readonly principals = new Map<string, string>()
  private readonly definitions = new Map<string, RoleInfo>()
  private pending: NodeInput[] = []

  /** `principalId` (an Entra object id) belongs to node `nodeId`. */
  principal(principalId: string, nodeId: string): void {
    this.principals.set(principalId.toLowerCase(), nodeId)
  }

  definition(guid: string, info: RoleInfo): void {
    this.definitions.set(guid.toLowerCase(), info)
  }

  assignment(node: NodeInput): void {
    this.pending.push(node)
  }

  /** Emits the waiting assignments with their principal edges and any principal placeholders. */
  flush(): GraphFragment {
    const nodes: NodeInput[] = []
    const edges: EdgeInput[] = []
    const placeholders = new Set<string>()
    for (const node of this.pending) {
      const props = node.props ?? {}
      const role = this.definitions.get(asString(props['roleDefinitionGuid']) ?? '')
      nodes.push(role === undefined ? node : { ...node, props: { ...props, ...compactRole(role) } })
      const principalId = asString(props['principalId'])
      if (principalId === undefined) continue
      const known = this.principals.get(principalId)
      const target = known ?? azurePrincipalNodeId(principalId)
      if (known === undefined && !placeholders.has(target)) {
        placeholders.add(target)
        nodes.push(principalPlaceholder(principalId, asString(props['principalType'])))
      }
      edges.push({ from: node.id, to: target, kind: 'attached-to', props: { role: 'principal' } })
    }
    this.pending = []
    return { nodes, edges }
  }
}

function compactRole(role: RoleInfo): JsonObject {
  const out: JsonObject = {}
  if (role.roleName !== undefined) out['roleName'] = role.roleName
  if (role.roleType !== undefined) out['roleType'] = role.roleType
  return out
}

function principalPlaceholder(objectId: string, principalType: string | undefined): NodeInput {
  const kind = PRINCIPAL_KINDS[principalType?.toLowerCase() ?? ''] ?? 'azure.entra.principal'
  return {
    id: azurePrincipalNodeId(objectId),
    kind,
    family: AZURE_KINDS[kind].family,
    provider: 'azure',
    // Entra principals are tenant-wide: no subscription scope.
    scope: '',
    props: { objectId: objectId.toLowerCase(), ...(principalType === undefined ? {} : { principalType }) },
  }
}
