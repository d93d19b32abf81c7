/** @module Streaming an iterable into multi-row INSERTs, one bounded batch alive at a time. */

/**
 * Pulls `source` lazily, so a million-node iterable never becomes one array; an exception thrown by the
 * iterable propagates unchanged (the caller's transaction rolls back). Returns the number of rows written.
 */
export async function writeInBatches<T, R>(
  source: Iterable<T>,
  size: number,
  toRow: (item: T, seq: number) => R,
  flush: (rows: R[]) => Promise<void>,
): Promise<number> {
  let batch: R[] = []
  let seq = 0
  for (const item of source) {
    batch.push(toRow(item, seq++))
    if (batch.length >= size) {
      await flush(batch)
      batch = []
    }
  }
  if (batch.length > 0) await flush(batch)
  return seq
}
