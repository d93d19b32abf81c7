/**
 * @module AWS::S3::Bucket → bucket node. The security facts live in `supplementaryConfiguration`,
 * whose values are JSON strings in S3 delivery: policy, ACL grants, public access block, default
 * encryption, versioning, logging and replication (→ `moves-data-to` the destination bucket).
 */
import type { JsonObject, JsonValue } from '../../../../model/graph-types.js'
import { bool, compact, field, isObject, obj, objects, str } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

const GROUP_URI = /acs\.amazonaws\.com\/groups\/(?:global|s3)\/(\w+)$/

/** `FullControl` / `FULL_CONTROL` / `ReadAcp` → the API spelling `FULL_CONTROL`, `READ_ACP`. */
function permissionName(value: string): string {
  return value.includes('_') ? value.toUpperCase() : value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()
}

function granteeOf(value: JsonValue | undefined): { grantee: string; granteeType: string } | undefined {
  if (typeof value === 'string') return { grantee: value, granteeType: 'group' }
  if (!isObject(value)) return undefined
  const uri = str(value, 'uri', 'URI')
  const group = uri === undefined ? undefined : GROUP_URI.exec(uri)?.[1]
  if (group !== undefined) return { grantee: group, granteeType: 'group' }
  const id = str(value, 'id', 'ID', 'identifier')
  if (id !== undefined) return { grantee: id, granteeType: 'canonical-user' }
  const email = str(value, 'emailAddress')
  if (email !== undefined) return { grantee: email, granteeType: 'email' }
  return undefined
}

export function normalizeAclGrants(acl: JsonObject | undefined): JsonObject[] {
  return objects(acl, 'grantList', 'grants').flatMap((grant) => {
    const grantee = granteeOf(field(grant, 'grantee'))
    const permission = str(grant, 'permission')
    return grantee === undefined || permission === undefined ? [] : [{ ...grantee, permission: permissionName(permission) }]
  })
}

function replicationOf(config: JsonObject | undefined): { props: JsonObject; destinations: string[] } | undefined {
  if (config === undefined) return undefined
  const destinations: string[] = []
  const rules = objects(config, 'rules').map((rule) => {
    const destination = obj(rule, 'destinationConfig', 'destination')
    const bucket = str(destination, 'bucketARN', 'bucketArn', 'bucket')
    const bucketArn = bucket === undefined ? undefined : bucket.startsWith('arn:') ? bucket : `arn:aws:s3:::${bucket}`
    const status = str(rule, 'status')
    if (bucketArn !== undefined && status?.toLowerCase() !== 'disabled') destinations.push(bucketArn)
    return compact({ id: str(rule, 'id'), status, destinationBucketArn: bucketArn, destinationAccount: str(destination, 'account') })
  })
  return { props: compact({ roleArn: str(config, 'roleARN', 'roleArn', 'role'), rules }), destinations }
}

export const mapBucket: ConfigMapper = (ci) => {
  const c = ci.configuration
  const s = ci.supplementary
  const problems: string[] = []
  const policy = parsePolicyDocument(field(obj(s, 'BucketPolicy'), 'policyText') ?? field(c, 'policy', 'bucketPolicy'))
  if (policy.error) problems.push(`bucket policy: ${policy.error}`)
  const acl = obj(s, 'AccessControlList') ?? obj(c, 'acl', 'accessControlList')
  const grants = normalizeAclGrants(acl)
  const block = obj(s, 'PublicAccessBlockConfiguration') ?? obj(c, 'publicAccessBlockConfiguration')
  const encryptionRules = objects(obj(s, 'ServerSideEncryptionConfiguration') ?? obj(c, 'bucketEncryption'), 'rules', 'serverSideEncryptionConfiguration')
  const byDefault = obj(encryptionRules[0], 'applyServerSideEncryptionByDefault', 'serverSideEncryptionByDefault')
  const versioning = obj(s, 'BucketVersioningConfiguration') ?? obj(c, 'versioningConfiguration')
  const logging = obj(s, 'BucketLoggingConfiguration') ?? obj(c, 'loggingConfiguration')
  const targetBucket = str(logging, 'destinationBucketName', 'targetBucket')
  // An item without supplementary data (a query row) says nothing about encryption or logging.
  const known = Object.keys(s).length > 0
  const replication = replicationOf(obj(s, 'BucketReplicationConfiguration') ?? obj(c, 'replicationConfiguration'))
  return {
    kind: 'aws.s3.bucket',
    name: str(c, 'name', 'bucketName') ?? ci.resourceName ?? ci.resourceId,
    props: compact({
      bucketName: str(c, 'name', 'bucketName') ?? ci.resourceName ?? ci.resourceId,
      createdAt: toIsoTimestamp(field(c, 'creationDate')),
      ownerId: str(obj(c, 'owner') ?? obj(acl, 'owner'), 'id'),
      resourcePolicy: policy.document,
      aclGrants: grants,
      publicAclGrants: grants.filter((g) => g['grantee'] === 'AllUsers' || g['grantee'] === 'AuthenticatedUsers'),
      publicAccessBlock:
        block === undefined
          ? undefined
          : {
              blockPublicAcls: bool(block, 'blockPublicAcls') ?? false,
              ignorePublicAcls: bool(block, 'ignorePublicAcls') ?? false,
              blockPublicPolicy: bool(block, 'blockPublicPolicy') ?? false,
              restrictPublicBuckets: bool(block, 'restrictPublicBuckets') ?? false,
            },
      encryption:
        encryptionRules.length === 0 && !known
          ? undefined
          : compact({
              enabled: encryptionRules.length > 0,
              algorithm: str(byDefault, 'sseAlgorithm', 'sSEAlgorithm'),
              kmsKeyId: str(byDefault, 'kmsMasterKeyID', 'kMSMasterKeyID', 'kmsMasterKeyId'),
              bucketKeyEnabled: bool(encryptionRules[0], 'bucketKeyEnabled'),
            }),
      versioning:
        versioning === undefined
          ? undefined
          : compact({ status: str(versioning, 'status') ?? 'Off', mfaDelete: bool(versioning, 'isMfaDeleteEnabled', 'mfaDelete') }),
      logging:
        logging === undefined && !known
          ? undefined
          : { enabled: targetBucket !== undefined, ...compact({ targetBucket, prefix: str(logging, 'logFilePrefix', 'targetPrefix') }) },
      replication: replication?.props,
    }),
    edges: (replication?.destinations ?? []).map((dest) => edge(ci.arn, dest, 'moves-data-to', { via: 's3-replication' })),
    problems,
  }
}
