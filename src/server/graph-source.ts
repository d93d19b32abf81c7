/**
 * @module The snapshot graphs the server answers from, held in memory. The newest snapshot is the
 * "current" one; `refresh()` (called on a timer by the server, and by requests when the last check is
 * stale) notices a newer snapshot and loads it in the background while the previous one keeps serving.
 */
import { GraphBuilder } from '../graph/graph-builder.js'
import type { SecurityGraph } from '../graph/security-graph.js'
import { SkyhoundError } from '../model/errors.js'
import type { SnapshotSummary } from '../model/snapshot.js'
import type { Store } from '../store/store.js'

export interface LoadedSnapshot {
  readonly id: string
  readonly summary: SnapshotSummary
  readonly graph: SecurityGraph
  /** Epoch ms when loading finished. */
  readonly loadedAt: number
  readonly loadMs: number
}

export interface GraphSourceEvents {
  onLoadStart?(id: string): void
  onLoaded?(snapshot: LoadedSnapshot): void
  onLoadFailed?(id: string, error: unknown): void
}

export interface GraphSourceOptions extends GraphSourceEvents {
  /** A request checks the store for a newer snapshot when the last check is older than this (ms). */
  readonly checkIntervalMs?: number
  /** Snapshots kept in memory besides the current one (older ones being paged or compared). */
  readonly keepOlder?: number
  readonly now?: () => number
}

export interface GraphSource {
  /** The newest loaded snapshot, or undefined when the store holds none. */
  current(): Promise<LoadedSnapshot | undefined>
  /** A snapshot by id or `latest`; SKY_SNAPSHOT_NOT_FOUND when there is none. */
  get(id: string): Promise<LoadedSnapshot>
  /** The current snapshot if one is loaded, without touching the store. */
  peek(): LoadedSnapshot | undefined
  /** Checks the store now; resolves when the newest snapshot is loaded. */
  refresh(): Promise<LoadedSnapshot | undefined>
  /** Drops a snapshot from memory (it was deleted). */
  forget(id: string): void
  /** Checks every `intervalMs` in the background until `close()`. */
  watch(intervalMs: number): void
  close(): void
}

function notFound(id: string, location: string): SkyhoundError {
  return new SkyhoundError('SKY_SNAPSHOT_NOT_FOUND', `no snapshot ${id} in the store`, {
    where: location,
    hint: 'GET /api/v1/snapshots lists the ids; `latest` names the newest',
  })
}

export async function loadSnapshot(store: Store, id: string, now: () => number = Date.now): Promise<LoadedSnapshot> {
  const started = now()
  const summary = await store.getSnapshot(id)
  if (summary === undefined) throw notFound(id, store.location)
  const builder = new GraphBuilder()
  for await (const node of store.loadNodes(id)) builder.addNode(node)
  for await (const edge of store.loadEdges(id)) builder.addEdge(edge)
  const { graph } = builder.build()
  const loadedAt = now()
  return { id, summary, graph, loadedAt, loadMs: loadedAt - started }
}

export function createGraphSource(store: Store, options: GraphSourceOptions = {}): GraphSource {
  const now = options.now ?? Date.now
  const checkIntervalMs = options.checkIntervalMs ?? 5_000
  const keepOlder = options.keepOlder ?? 2
  /** Insertion order is recency order: the oldest entry is evicted first. */
  const cache = new Map<string, Promise<LoadedSnapshot>>()
  let currentId: string | undefined
  let currentLoaded: LoadedSnapshot | undefined
  let lastCheck = Number.NEGATIVE_INFINITY
  let checking: Promise<LoadedSnapshot | undefined> | undefined
  let timer: NodeJS.Timeout | undefined

  function touch(id: string, loading: Promise<LoadedSnapshot>): void {
    cache.delete(id)
    cache.set(id, loading)
    for (const key of cache.keys()) {
      if (cache.size <= keepOlder + 1) break
      if (key !== currentId) cache.delete(key)
    }
  }

  function load(id: string): Promise<LoadedSnapshot> {
    const cached = cache.get(id)
    if (cached !== undefined) {
      touch(id, cached)
      return cached
    }
    options.onLoadStart?.(id)
    const loading = loadSnapshot(store, id, now).then(
      (loaded) => {
        options.onLoaded?.(loaded)
        return loaded
      },
      (error: unknown) => {
        cache.delete(id)
        options.onLoadFailed?.(id, error)
        throw error
      },
    )
    touch(id, loading)
    return loading
  }

  async function check(): Promise<LoadedSnapshot | undefined> {
    lastCheck = now()
    const latest = await store.latestSnapshotId()
    if (latest === undefined) {
      currentId = undefined
      currentLoaded = undefined
      return undefined
    }
    currentId = latest
    const loaded = await load(latest)
    // A slower, older load must not replace a newer current snapshot.
    if (currentId === loaded.id) currentLoaded = loaded
    return loaded
  }

  function refresh(): Promise<LoadedSnapshot | undefined> {
    checking ??= check().finally(() => {
      checking = undefined
    })
    return checking
  }

  async function current(): Promise<LoadedSnapshot | undefined> {
    if (now() - lastCheck >= checkIntervalMs || currentLoaded === undefined) {
      const pending = refresh()
      // Serve the previous snapshot while a newer one loads; wait only when there is nothing to serve.
      if (currentLoaded === undefined) return pending
      pending.catch(() => undefined)
    }
    return currentLoaded
  }

  return {
    current,
    async get(id) {
      if (id === 'latest') {
        const loaded = await current()
        if (loaded === undefined) throw notFound(id, store.location)
        return loaded
      }
      if (currentLoaded?.id === id) return currentLoaded
      return load(id)
    },
    peek: () => currentLoaded,
    refresh,
    forget(id) {
      cache.delete(id)
      if (currentLoaded?.id === id) {
        currentLoaded = undefined
        currentId = undefined
        lastCheck = Number.NEGATIVE_INFINITY
      }
    },
    watch(intervalMs) {
      if (timer !== undefined) return
      timer = setInterval(() => {
        refresh().catch(() => undefined)
      }, intervalMs)
      timer.unref()
    },
    close() {
      if (timer !== undefined) clearInterval(timer)
      timer = undefined
      cache.clear()
    },
  }
}
