/**
 * @module Warns before a scan whose inputs are too large for node's heap limit. Node 20 allows about 4 GB
 * by default on a 64-bit machine, and a 1M-resource estate (1.8 GB of exports) needs more than 8 GB for the
 * whole pipeline; otherwise the scan ends after many minutes in an unexplained "heap out of memory".
 */
import { stat } from 'node:fs/promises'
import { getHeapStatistics } from 'node:v8'
import { collectInputs } from '../scan/collect-inputs.js'

/** Peak heap per byte of input seen on the demo estate (100k and 1M resources), rounded up. */
const HEAP_PER_INPUT_BYTE = 6
const BASE_HEAP = 512 * 1_048_576

const gb = (bytes: number): string => `${(bytes / 1_073_741_824).toFixed(1)} GB`

/** The advice line, or undefined when the inputs fit the heap node was started with. */
export async function heapAdvice(paths: readonly string[], limit = getHeapStatistics().heap_size_limit): Promise<string | undefined> {
  let bytes = 0
  for (const input of await collectInputs(paths)) bytes += await stat(input.path).then((s) => s.size, () => 0)
  const needed = BASE_HEAP + bytes * HEAP_PER_INPUT_BYTE
  if (needed <= limit) return undefined
  const mb = Math.ceil(needed / 1_048_576 / 1_024) * 1_024
  return (
    `warning: the inputs hold ${gb(bytes)}; a scan of that size needs about ${gb(needed)} of heap and node allows ${gb(limit)}. ` +
    `If the scan stops with "heap out of memory", run it as NODE_OPTIONS=--max-old-space-size=${mb} skyhound scan …`
  )
}
