/**
 * @module One AWS Config configuration item in canonical form, whatever serialisation it came in:
 * S3 delivery / rule events (`awsAccountId`, `ARN`), the API (`accountId`, `arn`,
 * `relationshipName`, `configuration` as a JSON string), the old docs sample (`configurationStateID`,
 * `availibilityZone`) and advanced-query rows (only the selected fields).
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { configResourceArn, ec2Arn, parseArn } from '../core/arn.js'
import type { Ec2Segment } from '../core/arn.js'
import { field, isObject, obj, parseEmbeddedJson, str } from '../core/json.js'
import { tagsOf } from '../core/tags.js'
import { toIsoTimestamp } from '../core/timestamps.js'

export interface ConfigRelationship {
  readonly resourceType: string
  readonly resourceId: string | undefined
  readonly resourceName: string | undefined
  /** Verb phrase such as `Is attached to Instance` (`name` in S3 files, `relationshipName` in the API). */
  readonly name: string
}

export interface ConfigItem {
  readonly accountId: string
  /** Region as Config gives it (`global` for IAM). */
  readonly region: string
  readonly resourceType: string
  readonly resourceId: string
  readonly resourceName: string | undefined
  readonly arn: string
  readonly availabilityZone: string | undefined
  readonly capturedAt: string | undefined
  readonly createdAt: string | undefined
  readonly status: string | undefined
  readonly tags: Readonly<Record<string, string>>
  readonly relationships: readonly ConfigRelationship[]
  readonly configuration: JsonObject
  readonly supplementary: JsonObject
  /**
   * False when the item may lack fields (advanced-query rows hold only the selected ones, summaries
   * none): an absent flag then means "unknown", not the API default.
   */
  readonly complete: boolean
}

/** `value`, or the API default when the item is complete (absent means default), else unknown. */
export function orDefault<T>(ci: ConfigItem, value: T | undefined, fallback: T): T | undefined {
  return value ?? (ci.complete ? fallback : undefined)
}

export type ConfigItemResult =
  | { readonly item: ConfigItem }
  | { readonly error: string; readonly reason: 'invalid' | 'no-account' }

function supplementaryOf(value: JsonValue | undefined): JsonObject {
  const parsed = parseEmbeddedJson(value)
  if (!isObject(parsed)) return {}
  const out: JsonObject = {}
  for (const [key, entry] of Object.entries(parsed)) if (entry !== null) out[key] = parseEmbeddedJson(entry) ?? null
  return out
}

function relationshipsOf(value: JsonValue | undefined): ConfigRelationship[] {
  const list = Array.isArray(value) ? value.filter(isObject) : []
  return list.flatMap((rel) => {
    const resourceType = str(rel, 'resourceType')
    const name = str(rel, 'name', 'relationshipName')
    if (resourceType === undefined || name === undefined) return []
    return [{ resourceType, resourceId: str(rel, 'resourceId'), resourceName: str(rel, 'resourceName'), name }]
  })
}

/** Reads one CI in any of the documented key variants; an error names what is missing. */
export function normalizeConfigItem(raw: JsonValue, options: { readonly partial?: boolean } = {}): ConfigItemResult {
  if (!isObject(raw)) return { error: 'configuration item is not a JSON object', reason: 'invalid' }
  const resourceType = str(raw, 'resourceType')
  if (resourceType === undefined) return { error: 'configuration item has no resourceType', reason: 'invalid' }
  const givenArn = str(raw, 'ARN', 'arn')
  const parsedArn = givenArn === undefined ? undefined : parseArn(givenArn)
  const accountId = str(raw, 'awsAccountId', 'accountId') ?? (parsedArn?.account || undefined)
  const region = str(raw, 'awsRegion', 'region') ?? (parsedArn?.region || undefined) ?? (resourceType.startsWith('AWS::IAM::') ? 'global' : '')
  const resourceId = str(raw, 'resourceId') ?? str(raw, 'resourceName') ?? givenArn
  if (resourceId === undefined) {
    return { error: `${resourceType} item has neither resourceId, resourceName nor ARN`, reason: 'invalid' }
  }
  if (accountId === undefined) {
    return {
      error: `${resourceType} ${resourceId} has no account id (awsAccountId/accountId) and no ARN to take it from`,
      reason: 'no-account',
    }
  }
  const resourceName = str(raw, 'resourceName')
  const rawConfiguration = field(raw, 'configuration')
  const configuration = obj(raw, 'configuration') ?? {}
  if (typeof rawConfiguration === 'string' && rawConfiguration.trim() !== '' && !isObject(parseEmbeddedJson(rawConfiguration))) {
    return { error: `${resourceType} ${resourceId}: configuration is a string that is not a JSON object`, reason: 'invalid' }
  }
  return {
    item: {
      accountId,
      region,
      resourceType,
      resourceId,
      resourceName,
      arn: givenArn ?? configResourceArn(resourceType, resourceId, resourceName, accountId, region),
      availabilityZone: str(raw, 'availabilityZone', 'availibilityZone'),
      capturedAt: toIsoTimestamp(field(raw, 'configurationItemCaptureTime')),
      createdAt: toIsoTimestamp(field(raw, 'resourceCreationTime')),
      status: str(raw, 'configurationItemStatus'),
      tags: { ...tagsOf(field(configuration, 'tags')), ...tagsOf(field(raw, 'tags')) },
      relationships: relationshipsOf(field(raw, 'relationships')),
      configuration,
      supplementary: supplementaryOf(field(raw, 'supplementaryConfiguration')),
      complete: options.partial !== true && Object.keys(configuration).length > 0,
    },
  }
}

/** An EC2 reference (`sg-…`, `subnet-…`) in the ARN form of the item's account and region. */
export function ec2Ref(ci: ConfigItem, segment: Ec2Segment, id: string, owner?: string): string {
  return ec2Arn(segment, id, owner !== undefined && /^\d{12}$/.test(owner) ? owner : ci.accountId, ci.region)
}
