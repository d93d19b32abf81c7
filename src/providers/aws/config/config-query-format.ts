/**
 * @module `aws-config-query`: advanced query results (`select-resource-config`,
 * `select-aggregate-resource-config`): `{Results: ["<json string>", …], QueryInfo}`, each result a
 * JSON string with only the selected fields. Also the decoded rows as a JSON array or JSON lines.
 */
import type { DetectionSample, FormatAdapter, ReadContext } from '../../../formats/format-adapter.js'
import type { JsonValue } from '../../../model/graph-types.js'
import { headShape } from '../core/head-shape.js'
import { isObject } from '../core/json.js'
import { accountNodesOnce } from '../core/account-once.js'
import { shapeOf } from '../core/sample-shape.js'
import { arrayItems, newTally, readConfigItem, readConfigItems, reportWithoutAccount } from './read-config-items.js'
import type { ReadTally } from './read-config-items.js'

const AWS_ROW = /^\s*[[{][\s\S]{0,4000}?"resourceType"\s*:\s*"AWS::/

const isAwsRow = (value: JsonValue | undefined): boolean =>
  isObject(value) && typeof value['resourceType'] === 'string' && value['resourceType'].startsWith('AWS::')

export function detectConfigQuery(sample: DetectionSample): boolean {
  const shape = shapeOf(sample)
  if (shape.root === 'object' && shape.keys.has('Results') && shape.keys.has('QueryInfo')) {
    const first = shape.firstItemType.get('Results')
    return first === undefined || first === 'string' || first === 'object'
  }
  if (shape.root === 'array') return shape.firstItemKeys.get('')?.has('resourceType') === true && AWS_ROW.test(sample.head)
  // JSON lines of decoded rows.
  return shape.root === 'object' && shape.trailing && isAwsRow(sample.firstLine)
}

/** Results entries are JSON strings; decoded rows (objects) are accepted as they are. */
function* decoded(value: JsonValue, location: string, ctx: ReadContext): Generator<JsonValue> {
  if (typeof value !== 'string') {
    yield value
    return
  }
  try {
    yield JSON.parse(value) as JsonValue
  } catch (error) {
    ctx.issue({
      location,
      kind: 'invalid-record',
      message: `result is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'this row was skipped; the rest of the file was read',
    })
  }
}

async function* decodedItems(
  ctx: ReadContext,
  items: AsyncIterable<{ index: number; value: JsonValue }>,
  label: string,
): AsyncGenerator<{ index: number; value: JsonValue }> {
  for await (const { index, value } of items) for (const row of decoded(value, `${label}[${index}]`, ctx)) yield { index, value: row }
}

async function readLines(ctx: ReadContext, tally: ReadTally): Promise<void> {
  for await (const { line, text } of ctx.file.lines()) {
    if (text.trim() === '') continue
    for (const row of decoded(text, `line ${line}`, ctx)) readConfigItem(ctx, row, `line ${line}`, tally, line, true)
  }
}

export const awsConfigQueryFormat: FormatAdapter = {
  id: 'aws-config-query',
  provider: 'aws',
  title: 'AWS Config advanced query results (select-resource-config)',
  detect: detectConfigQuery,
  async read(input) {
    const ctx = accountNodesOnce(input)
    const { text } = await ctx.file.head()
    const shape = headShape(text)
    const tally = newTally()
    if (shape.root === 'object' && shape.keys.has('Results')) {
      await readConfigItems(ctx, { label: 'Results', items: decodedItems(ctx, arrayItems(ctx.file, 'Results'), 'Results'), partial: true }, tally)
      reportWithoutAccount(ctx, 'Results', tally)
    } else if (shape.root === 'array') {
      await readConfigItems(ctx, { label: 'rows', items: arrayItems(ctx.file, ''), partial: true }, tally)
      reportWithoutAccount(ctx, 'rows', tally)
    } else {
      await readLines(ctx, tally)
      reportWithoutAccount(ctx, 'line', tally)
    }
  },
}
