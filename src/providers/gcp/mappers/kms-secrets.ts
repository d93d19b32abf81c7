/** @module KMS key rings and keys, Secret Manager secrets and versions: metadata only (CAI has no payloads). */
import { asObject, asString, compact, lower, objects, strings } from '../../shared/json-access.js'
import type { AssetMapper } from '../asset-mapper.js'

export const mapCryptoKey: AssetMapper = (ctx) => {
  const template = asObject(ctx.data['versionTemplate'])
  return compact({
    purpose: lower(ctx.data['purpose']),
    rotationPeriod: asString(ctx.data['rotationPeriod']),
    nextRotationTime: asString(ctx.data['nextRotationTime']),
    protectionLevel: lower(template?.['protectionLevel']),
    algorithm: lower(template?.['algorithm']),
    primaryState: lower(asObject(ctx.data['primary'])?.['state']),
    destroyScheduledDuration: asString(ctx.data['destroyScheduledDuration']),
    importOnly: ctx.data['importOnly'] === true ? true : undefined,
  })
}

export const mapSecret: AssetMapper = (ctx) => {
  const replication = asObject(ctx.data['replication'])
  const userManaged = asObject(replication?.['userManaged'])
  return compact({
    replication: replication === undefined ? undefined : userManaged !== undefined ? 'user-managed' : 'automatic',
    replicaLocations: objects(userManaged?.['replicas']).flatMap((r) => asString(r['location']) ?? []),
    rotationPeriod: asString(asObject(ctx.data['rotation'])?.['rotationPeriod']),
    nextRotationTime: asString(asObject(ctx.data['rotation'])?.['nextRotationTime']),
    expireTime: asString(ctx.data['expireTime']),
    topics: objects(ctx.data['topics']).flatMap((t) => asString(t['name']) ?? []),
    versionAliases: Object.keys(asObject(ctx.data['versionAliases']) ?? {}),
    kmsKeyName: asString(asObject(asObject(replication?.['automatic'])?.['customerManagedEncryption'])?.['kmsKeyName']),
    annotations: strings(Object.keys(asObject(ctx.data['annotations']) ?? {})),
  })
}

export const mapSecretVersion: AssetMapper = (ctx) =>
  compact({ state: lower(ctx.data['state']), createTime: asString(ctx.data['createTime']), destroyTime: asString(ctx.data['destroyTime']) })
