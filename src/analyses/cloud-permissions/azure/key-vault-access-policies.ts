/**
 * @module Key Vault access policies: on a vault without RBAC authorization each policy grants its
 * principal the listed key, secret and certificate permissions, with no role assignment involved.
 * Vaults with RBAC authorization ignore their policies (the adapter flags them), so they grant nothing.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { DerivationSink, Level } from '../derivation-sink.js'
import { maxLevel } from '../derivation-sink.js'
import { nodeEvidence } from '../graph-walk.js'
import { bool, objects, str, strings } from '../json-read.js'
import type { AzurePrincipals } from './azure-principals.js'

/** Permissions that only read or use what the vault holds; anything else changes it. */
const READS = new Set(['get', 'list', 'decrypt', 'unwrapkey', 'sign', 'verify', 'getissuers', 'listissuers', 'backup'])
const CATEGORIES = ['secrets', 'keys', 'certificates', 'storage'] as const

export function analyzeKeyVaultAccessPolicies(graph: GraphView, sink: DerivationSink, principals: AzurePrincipals): void {
  for (const vault of graph.nodesOfKind('azure.keyvault.vault')) {
    const props = graph.nodeProps(vault)
    if (bool(props['rbacAuthorization']) === true || bool(props['accessPoliciesIgnored']) === true) continue
    objects(props['accessPolicies']).forEach((policy, i) => {
      const objectId = str(policy['objectId'])
      const principal = objectId === undefined ? undefined : principals.nodeOf(objectId)
      if (principal === undefined) return
      const actions: string[] = []
      let level: Level | undefined
      for (const category of CATEGORIES) {
        for (const permission of strings(policy[category])) {
          const verb = permission.toLowerCase()
          actions.push(`${category}/${verb}`)
          const granted: Level = READS.has(verb) ? 'read' : 'write'
          level = level === undefined ? granted : maxLevel(level, granted)
        }
      }
      if (level === undefined) return
      const via = `${graph.nodeId(vault)}#accessPolicies[${i}]`
      sink.permission({
        from: principal,
        to: vault,
        level,
        actions,
        via,
        evidence: nodeEvidence(graph, vault, `access policy ${i} for object ${objectId ?? ''}: ${actions.join(', ')}`),
      })
    })
  }
}
