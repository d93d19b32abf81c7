/** @module Entra object ids ↔ graph nodes: who a role assignment, deny assignment or access policy names. */
import type { GraphView } from '../../../graph/graph-view.js'
import { azurePrincipalNodeId } from '../../../providers/azure/azure-ids.js'
import { str } from '../json-read.js'

const PRINCIPAL_PREFIX = 'azure-principal://'

/** Kinds whose node carries the object id of an Entra principal. */
const PRINCIPAL_KINDS = [
  'azure.managedidentity.userassignedidentity',
  'azure.managedidentity.systemassignedidentity',
  'azure.entra.user',
  'azure.entra.group',
  'azure.entra.serviceprincipal',
  'azure.entra.principal',
]

export class AzurePrincipals {
  private readonly byObjectId = new Map<string, number>()
  private readonly objectIdOf = new Map<number, string>()

  constructor(private readonly graph: GraphView) {
    for (const kind of PRINCIPAL_KINDS) {
      for (const node of graph.nodesOfKind(kind)) {
        const props = graph.nodeProps(node)
        const id = graph.nodeId(node)
        const objectId = (str(props['principalId']) ?? str(props['objectId']) ?? (id.startsWith(PRINCIPAL_PREFIX) ? id.slice(PRINCIPAL_PREFIX.length) : undefined))?.toLowerCase()
        if (objectId === undefined) continue
        this.objectIdOf.set(node, objectId)
        // A managed identity's own node wins over the principal placeholder of another file.
        const known = this.byObjectId.get(objectId)
        if (known === undefined || graph.nodeId(known).startsWith(PRINCIPAL_PREFIX)) this.byObjectId.set(objectId, node)
      }
    }
  }

  /** The node of an object id: the identity that owns it, else its `azure-principal://` placeholder. */
  nodeOf(objectId: string): number | undefined {
    const key = objectId.trim().toLowerCase()
    return this.byObjectId.get(key) ?? this.graph.indexOf(azurePrincipalNodeId(key))
  }

  objectId(node: number): string | undefined {
    return this.objectIdOf.get(node)
  }
}
