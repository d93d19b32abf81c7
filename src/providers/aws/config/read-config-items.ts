/**
 * @module The record loop shared by the Config readers: each item is normalized and mapped on its
 * own, so a bad item becomes an `invalid-record` issue naming `<array>[i]` and the rest is kept;
 * a break in the file after some items is a `parse-error` issue, before any item an error.
 */
import type { ReadContext } from '../../../formats/format-adapter.js'
import type { InputFile } from '../../../formats/input-file.js'
import { isSkyhoundError } from '../../../model/errors.js'
import type { JsonValue } from '../../../model/graph-types.js'
import { normalizeConfigItem } from './config-item.js'
import type { ConfigItem } from './config-item.js'
import { isDeleted, mapConfigItem } from './map-config-item.js'

export interface ItemSource {
  /** Array name for issue locations, e.g. `configurationItems`. */
  readonly label: string
  readonly items: AsyncIterable<{ readonly index: number; readonly value: JsonValue }>
  /** Items hold only some fields (advanced-query rows). */
  readonly partial?: boolean
}

/** The elements of one top-level array (`''` = the root array), as `{index, value}`. */
export function arrayItems(file: InputFile, key: string): AsyncGenerator<{ index: number; value: JsonValue }> {
  return file.streamArray(key === '' ? [] : [key])
}

export interface ReadTally {
  read: number
  deleted: number
  /** Indexes of items that lacked an account id (reported once, by the caller). */
  readonly withoutAccount: number[]
}

const describe = (ci: ConfigItem): string => `${ci.resourceType} ${ci.resourceName ?? ci.resourceId}`

/** Maps one raw item, reporting its problems (or counting it when deleted or without account). */
export function readConfigItem(ctx: ReadContext, raw: JsonValue, location: string, tally: ReadTally, index: number, partial = false): void {
  const result = normalizeConfigItem(raw, { partial })
  if ('error' in result) {
    if (result.reason === 'no-account') {
      tally.withoutAccount.push(index)
      return
    }
    ctx.issue({ location, kind: 'invalid-record', message: result.error, hint: 'this item was skipped; the rest of the file was read' })
    return
  }
  const ci = result.item
  if (isDeleted(ci)) {
    tally.deleted++
    return
  }
  try {
    const mapped = mapConfigItem(ci, { source: ctx.file.path, location })
    ctx.emit(mapped.fragment)
    tally.read++
    for (const problem of mapped.problems) {
      ctx.issue({
        location: `${location} (${describe(ci)})`,
        kind: 'invalid-record',
        message: problem,
        hint: 'the resource was kept without this part',
      })
    }
  } catch (error) {
    ctx.issue({
      location: `${location} (${describe(ci)})`,
      kind: 'invalid-record',
      message: `cannot map ${describe(ci)}: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'this item was skipped; the rest of the file was read',
    })
  }
}

/** Reads every item of `source`; a truncated file keeps the items read before the break. */
export async function readConfigItems(ctx: ReadContext, source: ItemSource, tally: ReadTally): Promise<void> {
  let seen = 0
  try {
    for await (const { index, value } of source.items) {
      seen++
      readConfigItem(ctx, value, `${source.label}[${index}]`, tally, index, source.partial)
    }
  } catch (error) {
    if (!isSkyhoundError(error) || seen === 0) throw error
    const prefix = `${ctx.file.path}:`
    ctx.issue({
      location: error.where?.startsWith(prefix) ? error.where.slice(prefix.length) : `${source.label}[${seen}]`,
      kind: 'parse-error',
      message: `${error.message} (${seen} items before the break were read)`,
      ...(error.hint === undefined ? {} : { hint: error.hint }),
    })
  }
}

export function newTally(): ReadTally {
  return { read: 0, deleted: 0, withoutAccount: [] }
}

/** One issue for all items that lacked an account id (advanced-query rows that did not SELECT it). */
export function reportWithoutAccount(ctx: ReadContext, label: string, tally: ReadTally): void {
  if (tally.withoutAccount.length === 0) return
  const place = (i: number): string => (label === 'line' ? `line ${i}` : `${label}[${i}]`)
  const shown = tally.withoutAccount.slice(0, 5).map(place)
  ctx.issue({
    location: shown.join(', ') + (tally.withoutAccount.length > 5 ? ', …' : ''),
    kind: 'invalid-record',
    message: `${tally.withoutAccount.length} item(s) have no account id and no ARN, so they cannot be given canonical ids`,
    hint: 'select accountId and awsRegion (or arn) in the query, e.g. SELECT accountId, awsRegion, arn, resourceId, resourceType, configuration, …',
  })
}
