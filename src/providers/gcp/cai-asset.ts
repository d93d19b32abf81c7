/**
 * @module One Cloud Asset Inventory record with its keys normalized: the GCS export writes proto
 * names in snake_case (`asset_type`, `iam_policy`, `update_time`), `gcloud … --format=json` and REST
 * write camelCase (formats.md §A3). Everything but `resource.data` (the service's own camelCase,
 * whose keys are data, e.g. label names) is camelized once, here.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { asObject, asString, isObject, strings } from '../shared/json-access.js'

export interface CaiAsset {
  readonly name: string
  /** Canonical asset type (`compute.googleapis.com/Instance`), old `google.*` names translated. */
  readonly assetType: string
  readonly ancestors: readonly string[]
  readonly updateTime: string | undefined
  readonly resource: JsonObject | undefined
  /** `resource.data`, `{}` when the record carries no RESOURCE content. */
  readonly data: JsonObject
  readonly iamPolicy: JsonObject | undefined
  readonly orgPolicy: readonly JsonValue[] | undefined
}

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

function camelize(value: JsonValue, skipData: boolean): JsonValue {
  if (Array.isArray(value)) return value.map((item) => camelize(item, false))
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const [key, item] of Object.entries(value)) {
    const name = camel(key)
    out[name] = skipData && name === 'data' ? item : camelize(item, name === 'resource')
  }
  return out
}

/** Forseti / v1beta1 exports used `google.*` type names. */
const LEGACY_TYPES: Readonly<Record<string, string>> = {
  'google.cloud.resourcemanager.Organization': 'cloudresourcemanager.googleapis.com/Organization',
  'google.cloud.resourcemanager.Folder': 'cloudresourcemanager.googleapis.com/Folder',
  'google.cloud.resourcemanager.Project': 'cloudresourcemanager.googleapis.com/Project',
  'google.compute.Instance': 'compute.googleapis.com/Instance',
  'google.compute.Disk': 'compute.googleapis.com/Disk',
  'google.compute.Firewall': 'compute.googleapis.com/Firewall',
  'google.compute.Network': 'compute.googleapis.com/Network',
  'google.compute.Subnetwork': 'compute.googleapis.com/Subnetwork',
  'google.compute.Address': 'compute.googleapis.com/Address',
  'google.compute.ForwardingRule': 'compute.googleapis.com/ForwardingRule',
  'google.compute.BackendService': 'compute.googleapis.com/BackendService',
  'google.cloud.storage.Bucket': 'storage.googleapis.com/Bucket',
  'google.cloud.sql.Instance': 'sqladmin.googleapis.com/Instance',
  'google.container.Cluster': 'container.googleapis.com/Cluster',
  'google.iam.ServiceAccount': 'iam.googleapis.com/ServiceAccount',
  'google.iam.ServiceAccountKey': 'iam.googleapis.com/ServiceAccountKey',
  'google.iam.Role': 'iam.googleapis.com/Role',
  'google.cloud.kms.KeyRing': 'cloudkms.googleapis.com/KeyRing',
  'google.cloud.kms.CryptoKey': 'cloudkms.googleapis.com/CryptoKey',
}

/** The asset, or the reason it cannot be mapped. */
export function toCaiAsset(raw: JsonValue): CaiAsset | string {
  if (!isObject(raw)) return 'record is not a JSON object'
  const record = camelize(raw, false) as JsonObject
  const name = asString(record['name'])
  if (name === undefined || !name.startsWith('//')) return 'record has no full resource `name` (//service.googleapis.com/…)'
  const type = asString(record['assetType'])
  if (type === undefined) return `${name}: record has no \`asset_type\`/\`assetType\``
  const resource = asObject(record['resource'])
  const orgPolicy = record['orgPolicy']
  return {
    name,
    assetType: LEGACY_TYPES[type] ?? type,
    ancestors: strings(record['ancestors']),
    updateTime: asString(record['updateTime']),
    resource,
    data: asObject(resource?.['data']) ?? {},
    iamPolicy: asObject(record['iamPolicy']),
    orgPolicy: Array.isArray(orgPolicy) ? orgPolicy : undefined,
  }
}
