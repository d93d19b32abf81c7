/**
 * @module Recognizes Cloud Asset Inventory output (formats.md §A3, §A7): GCS-export NDJSON (snake_case),
 * `gcloud asset list --format=json` arrays (camelCase), REST `{assets: […]}` pages, one asset per file.
 */
import type { DetectionSample } from '../../formats/format-adapter.js'
import type { JsonValue } from '../../model/graph-types.js'
import { asArray, asString, isObject } from '../shared/json-access.js'

function isAsset(value: JsonValue | undefined): boolean {
  if (!isObject(value)) return false
  const name = asString(value['name'])
  return name !== undefined && name.startsWith('//') && asString(value['asset_type'] ?? value['assetType']) !== undefined
}

const someAsset = (values: readonly JsonValue[]): boolean => values.slice(0, 5).some(isAsset)

const NAME = /"name"\s*:\s*"\/\/[a-z0-9.-]+\.googleapis\.com\//
const TYPE = /"(asset_type|assetType)"\s*:\s*"/

export function detectCloudAssetInventory(sample: DetectionSample): boolean {
  const { json } = sample
  if (Array.isArray(json)) return someAsset(json)
  if (isObject(json)) return isAsset(json) || someAsset(asArray(json['assets']))
  if (isAsset(sample.firstLine)) return true
  // Large or damaged arrays: only the head is known.
  const head = sample.head.trimStart()
  return (head.startsWith('[') || head.startsWith('{')) && NAME.test(head) && TYPE.test(head)
}
