/**
 * @module Cloud Storage buckets: uniform access, public access prevention and legacy ACLs. Public
 * IAM members (allUsers / allAuthenticatedUsers) come from the IAM_POLICY content, on every node.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { asBoolean, asObject, asString, compact, lower, objects } from '../../shared/json-access.js'
import type { AssetMapper } from '../asset-mapper.js'

const PUBLIC_ENTITIES = new Set(['allusers', 'allauthenticatedusers'])

const publicAcl = (acl: unknown): JsonObject[] =>
  objects(acl)
    .filter((entry) => PUBLIC_ENTITIES.has(lower(entry['entity']) ?? ''))
    .map((entry) => compact({ entity: asString(entry['entity']), role: asString(entry['role']) }))

export const mapBucket: AssetMapper = (ctx) => {
  const iam = asObject(ctx.data['iamConfiguration'])
  const uniform = asBoolean(asObject(iam?.['uniformBucketLevelAccess'])?.['enabled']) ?? asBoolean(asObject(iam?.['bucketPolicyOnly'])?.['enabled'])
  return compact({
    uniformBucketLevelAccess: uniform ?? false,
    publicAccessPrevention: lower(iam?.['publicAccessPrevention']) ?? 'inherited',
    storageClass: lower(ctx.data['storageClass']),
    versioningEnabled: asBoolean(asObject(ctx.data['versioning'])?.['enabled']) ?? false,
    loggingEnabled: asObject(ctx.data['logging'])?.['logBucket'] !== undefined,
    retentionPolicy: asObject(ctx.data['retentionPolicy']),
    defaultKmsKeyName: asString(asObject(ctx.data['encryption'])?.['defaultKmsKeyName']),
    // Legacy ACLs still apply while uniform access is off.
    publicAcl: [...publicAcl(ctx.data['acl']), ...publicAcl(ctx.data['defaultObjectAcl'])],
    website: asObject(ctx.data['website']) !== undefined ? true : undefined,
  })
}
