/** @module The shape of a Terraform type → graph node mapping, and what mappers may look up. */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import type { EdgeKind, Family, Provider } from '../../model/vocabulary.js'
import type { ClusterIdentity } from '../shared/cluster-identity.js'
import { isObject, str } from '../shared/json-values.js'
import type { TfResource } from './tf-resource.js'

export interface MapContext {
  /** The account/region most ARNs of the file name, for ids Terraform leaves as bare ids. */
  readonly awsAccount?: string
  readonly awsRegion?: string
  /** Every `id` → `arn` pair in the file (`sg-123` → its ARN), so references resolve exactly. */
  readonly awsArnById: ReadonlyMap<string, string>
  /** IAM role/user/group/profile name → ARN (paths included), keyed `<type>:<name>`. */
  readonly iamArnByName: ReadonlyMap<string, string>
  /** GCP service account email → CAI name (which uses the unique id), from the same file. */
  readonly gcpServiceAccountIdByEmail: ReadonlyMap<string, string>
  readonly cluster: ClusterIdentity
}

/** An edge of the mapped node; a missing end means the node itself. */
export interface TfLink {
  readonly from?: string
  readonly to?: string
  readonly kind: EdgeKind
  readonly props?: JsonObject
}

export interface TfMapped {
  /** Canonical id; undefined when the values cannot give one (a planned resource without its ARN yet). */
  readonly id: string | undefined
  readonly name?: string
  readonly scope?: string
  readonly region?: string
  readonly tags?: Readonly<Record<string, string>>
  readonly props?: JsonObject
  readonly links?: readonly TfLink[]
  /** Other ids of the resource (NodeInput.aliases), as the live adapter gives them. */
  readonly aliases?: readonly string[]
}

export interface TfMapping {
  readonly kind: string
  readonly family: Family
  readonly provider: Exclude<Provider, 'terraform' | 'scanner' | 'skyhound'>
  /** True for resources that configure another node (bucket policy, SG rule): their values are not that node's config. */
  readonly attaches?: boolean
  map(values: JsonObject, ctx: MapContext, resource: TfResource): TfMapped
}

/** Terraform nests single blocks in one-element lists (`metadata_options[0]`). */
export const block = (value: JsonValue | undefined): JsonObject | undefined => {
  const first = Array.isArray(value) ? value[0] : value
  return isObject(first) ? first : undefined
}

/** Parses an embedded JSON policy string; the document stays a string when it does not parse. */
export function policyDocument(value: JsonValue | undefined): JsonValue | undefined {
  const text = str(value)
  if (text === undefined) return isObject(value) ? value : undefined
  try {
    return JSON.parse(text) as JsonValue
  } catch {
    return text
  }
}

export function tagMap(value: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isObject(value)) return out
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v
  return out
}
