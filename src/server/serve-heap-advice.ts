/**
 * @module Warns when the snapshot to serve is too large for node's heap. The server holds the graph, the
 * findings and their indexes: 13.7 GB of heap for the 1M-resource demo estate (docs/api.md), while node 20
 * allows about 4 GB by default, so without the flag the first request ends in "heap out of memory".
 */
import { getHeapStatistics } from 'node:v8'

/** Heap per resource measured on the demo estate at 1M resources (13.7 GB), rounded up. */
const HEAP_PER_RESOURCE = 15_000
const BASE_HEAP = 256 * 1_048_576

/** The advice, or undefined when a snapshot of `resources` fits the heap node was started with. */
export function serveHeapAdvice(resources: number, limit = getHeapStatistics().heap_size_limit): string | undefined {
  const needed = BASE_HEAP + resources * HEAP_PER_RESOURCE
  if (needed <= limit) return undefined
  const mb = Math.ceil(needed / 1_048_576 / 1_024) * 1_024
  return (
    `the latest snapshot has ${resources} resources; serving it needs about ${(needed / 1_073_741_824).toFixed(1)} GB of heap ` +
    `and node allows ${(limit / 1_073_741_824).toFixed(1)} GB: start the server as NODE_OPTIONS=--max-old-space-size=${mb} skyhound serve`
  )
}
