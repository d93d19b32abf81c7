/**
 * @module `aws-config-api`: configuration items returned by the Config API / CLI
 * (`get-resource-config-history` → `configurationItems`, `batch-get-resource-config` →
 * `baseConfigurationItems`, aggregator variants capitalised), with `arn`/`accountId` keys and
 * `configuration` often a JSON string.
 */
import type { DetectionSample, FormatAdapter } from '../../../formats/format-adapter.js'
import { headShape } from '../core/head-shape.js'
import { accountNodesOnce } from '../core/account-once.js'
import { shapeOf } from '../core/sample-shape.js'
import { arrayItems, newTally, readConfigItems, reportWithoutAccount } from './read-config-items.js'

const ITEM_KEYS = ['configurationItems', 'baseConfigurationItems', 'BaseConfigurationItems', 'ConfigurationItems'] as const
const IDENTITY_KEYS = ['arn', 'accountId', 'resourceType', 'resourceId', 'ARN', 'awsAccountId']

export function detectConfigApi(sample: DetectionSample): boolean {
  const shape = shapeOf(sample)
  if (shape.root !== 'object' || shape.keys.has('fileVersion') || shape.keys.has('configSnapshotId')) return false
  const key = ITEM_KEYS.find((k) => shape.keys.has(k))
  if (key === undefined) return false
  const first = shape.firstItemType.get(key)
  if (first === undefined) return true
  const itemKeys = shape.firstItemKeys.get(key)
  return first === 'object' && itemKeys !== undefined && IDENTITY_KEYS.some((k) => itemKeys.has(k))
}

export const awsConfigApiFormat: FormatAdapter = {
  id: 'aws-config-api',
  provider: 'aws',
  title: 'AWS Config API configuration items (get-resource-config-history, batch-get-resource-config)',
  detect: detectConfigApi,
  async read(input) {
    const ctx = accountNodesOnce(input)
    const { text } = await ctx.file.head()
    const shape = headShape(text)
    const key = ITEM_KEYS.find((k) => shape.keys.has(k)) ?? 'configurationItems'
    const tally = newTally()
    await readConfigItems(ctx, { label: key, items: arrayItems(ctx.file, key) }, tally)
    reportWithoutAccount(ctx, key, tally)
  },
}
