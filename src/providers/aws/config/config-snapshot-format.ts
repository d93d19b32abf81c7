/**
 * @module `aws-config-snapshot`: Config snapshot/history files delivered to S3
 * (`{fileVersion, configSnapshotId, configurationItems}`, usually .json.gz, streamed item by item),
 * and the single-CI shapes: rule invoking events (`{configurationItem, messageType}`, also wrapped in
 * a Lambda event's `invokingEvent` string), oversized-change summaries, and a bare CI object.
 */
import type { DetectionSample, FormatAdapter, ReadContext } from '../../../formats/format-adapter.js'
import type { JsonObject } from '../../../model/graph-types.js'
import { headShape } from '../core/head-shape.js'
import { field, isObject, obj, str } from '../core/json.js'
import { accountNodesOnce } from '../core/account-once.js'
import { shapeOf } from '../core/sample-shape.js'
import { arrayItems, newTally, readConfigItem, readConfigItems, reportWithoutAccount } from './read-config-items.js'

const isBareItem = (keys: ReadonlySet<string>, resourceType: string | undefined): boolean =>
  (resourceType?.startsWith('AWS::') ?? false) &&
  (keys.has('configuration') || keys.has('configurationItemCaptureTime')) &&
  (keys.has('ARN') || keys.has('arn') || keys.has('resourceId'))

export function detectConfigSnapshot(sample: DetectionSample): boolean {
  const shape = shapeOf(sample)
  if (shape.root !== 'object') return false
  const { keys } = shape
  if (keys.has('configurationItems') && (keys.has('fileVersion') || keys.has('configSnapshotId'))) return true
  if ((keys.has('configurationItem') || keys.has('configurationItemSummary')) && keys.has('messageType')) return true
  if (keys.has('invokingEvent') && (keys.has('configRuleName') || keys.has('resultToken'))) return true
  return !shape.trailing && isBareItem(keys, shape.values.get('resourceType'))
}

/** The single CI of an event-shaped document, and whether it is only an oversized summary. */
function singleItem(doc: JsonObject): { item: JsonObject | undefined; oversized: boolean } {
  const event = obj(doc, 'invokingEvent') ?? doc
  const item = obj(event, 'configurationItem')
  if (item !== undefined) return { item, oversized: false }
  const summary = obj(event, 'configurationItemSummary')
  if (summary !== undefined) return { item: summary, oversized: true }
  return { item: field(doc, 'resourceType') === undefined ? undefined : doc, oversized: false }
}

async function readSingle(ctx: ReadContext): Promise<void> {
  const doc = await ctx.file.json()
  if (!isObject(doc)) throw new Error('expected a JSON object')
  const { item, oversized } = singleItem(doc)
  const tally = newTally()
  if (item === undefined) {
    ctx.issue({ location: 'configurationItem', kind: 'invalid-record', message: 'the event carries no configuration item' })
    return
  }
  readConfigItem(ctx, item, oversized ? 'configurationItemSummary' : 'configurationItem', tally, 0)
  if (oversized) {
    ctx.issue({
      location: 'configurationItemSummary',
      kind: 'unsupported',
      message: `oversized change notification for ${str(item, 'resourceType') ?? 'a resource'} ${str(item, 'resourceId') ?? ''}: only its summary is available`,
      hint: 'fetch the full item with `aws configservice get-resource-config-history` and scan that file too',
    })
  }
  reportWithoutAccount(ctx, 'configurationItem', tally)
}

export const awsConfigSnapshotFormat: FormatAdapter = {
  id: 'aws-config-snapshot',
  provider: 'aws',
  title: 'AWS Config snapshot/history file (S3 delivery) or Config rule event',
  detect: detectConfigSnapshot,
  async read(input) {
    const ctx = accountNodesOnce(input)
    const { text } = await ctx.file.head()
    if (!headShape(text).keys.has('configurationItems')) return readSingle(ctx)
    const tally = newTally()
    await readConfigItems(ctx, { label: 'configurationItems', items: arrayItems(ctx.file, 'configurationItems') }, tally)
    reportWithoutAccount(ctx, 'configurationItems', tally)
  },
}
