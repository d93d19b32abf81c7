/**
 * @module Node-indexed scratch arrays (memo marks, visit stamps) that query runs on the same graph reuse.
 * At 1M nodes each is 1–4 MB; allocating them afresh per run made every query add megabytes of external
 * memory, and V8 answers external-memory growth with major collections, which over a multi-gigabyte heap
 * of graph and findings cost hundreds of milliseconds: the p95 of millisecond queries. A run takes zeroed
 * buffers here and hands them back when it ends (runs are synchronous, so no two share one).
 */
import type { GraphView } from '../../graph/graph-view.js'

const POOLS = new WeakMap<GraphView, ArrayBuffer[]>()
/** Buffers kept per graph between runs: enough for a deeply nested query, bounded at 8 × 4 bytes × nodes. */
const KEEP = 8

export class RunScratch {
  private readonly taken: ArrayBuffer[] = []

  constructor(private readonly graph: GraphView) {}

  private buffer(bytes: number): ArrayBuffer {
    const pool = POOLS.get(this.graph)
    const index = pool === undefined ? -1 : pool.findIndex((b) => b.byteLength === bytes)
    let buffer: ArrayBuffer
    if (index >= 0) {
      buffer = pool!.splice(index, 1)[0]!
      new Uint8Array(buffer).fill(0)
    } else buffer = new ArrayBuffer(bytes)
    this.taken.push(buffer)
    return buffer
  }

  /** One zeroed byte per node. */
  int8(): Int8Array {
    return new Int8Array(this.buffer(this.graph.nodeCount))
  }

  /** One zeroed byte per node. */
  uint8(): Uint8Array {
    return new Uint8Array(this.buffer(this.graph.nodeCount))
  }

  /** One zeroed 32-bit int per node. */
  int32(): Int32Array {
    return new Int32Array(this.buffer(this.graph.nodeCount * 4))
  }

  /** Returns every buffer of the run to the graph's pool; the run's arrays must not be used afterwards. */
  release(): void {
    let pool = POOLS.get(this.graph)
    if (pool === undefined) POOLS.set(this.graph, (pool = []))
    for (const buffer of this.taken) if (pool.length < KEEP) pool.push(buffer)
    this.taken.length = 0
  }
}
