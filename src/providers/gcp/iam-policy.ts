/**
 * @module IAM policies kept on the node they are attached to, in the shape the GCP permission
 * analysis reads: bindings with role, members and condition; public members called out.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { asArray, asNumber, asObject, asString, compact, strings } from '../shared/json-access.js'

const PUBLIC_MEMBERS = new Set(['allUsers', 'allAuthenticatedUsers'])

export function normalizeIamPolicy(policy: JsonObject): JsonObject {
  const bindings = asArray(policy['bindings']).flatMap((value): JsonObject[] => {
    const binding = asObject(value)
    const role = asString(binding?.['role'])
    if (binding === undefined || role === undefined) return []
    const condition = asObject(binding['condition'])
    return [
      compact({
        role,
        members: strings(binding['members']),
        condition:
          condition === undefined
            ? undefined
            : compact({
                title: asString(condition['title']),
                expression: asString(condition['expression']),
                description: asString(condition['description']),
              }),
      }),
    ]
  })
  const publicBindings = bindings.flatMap((binding) =>
    strings(binding['members'])
      .filter((member) => PUBLIC_MEMBERS.has(member))
      .map((member) => ({ role: binding['role'] ?? null, member })),
  )
  return compact({
    iamBindings: bindings,
    iamVersion: asNumber(policy['version']),
    iamEtag: asString(policy['etag']),
    iamAuditConfigs: asArray(policy['auditConfigs']).length > 0 ? [...asArray(policy['auditConfigs'])] : undefined,
    publicBindings,
  })
}
