/**
 * @module Attack path data of a loaded snapshot, computed once and kept with it: the stored paths (the
 * scan's records), the snapshot's findings, and — only when choke points or a what-if ask for it — the
 * attack graph search (`analyzeAttackPaths`), which re-searches the in-memory graph.
 */
import type { AttackPath } from '../model/attack-path.js'
import type { Finding } from '../model/finding.js'
import { analyzeAttackPaths } from '../paths/find-attack-paths.js'
import type { PathAnalysis } from '../paths/find-attack-paths.js'
import { chokePoints, recommendationImpact } from '../paths/what-if.js'
import type { ChokePoint } from '../paths/what-if.js'
import type { Store } from '../store/store.js'
import type { LoadedSnapshot } from './graph-source.js'
import { pathFacets } from './path-view.js'
import { snapshotFindings } from './snapshot-findings.js'

export interface PathData {
  readonly paths: readonly AttackPath[]
  readonly byId: ReadonlyMap<string, AttackPath>
  readonly findings: readonly Finding[]
  readonly findingById: ReadonlyMap<string, Finding>
  /** The attack graph search, built on first use. */
  analysis(): PathAnalysis
  /** Choke points by limit, computed on first use (each candidate is a what-if). */
  chokePoints(limit: number): readonly ChokePoint[]
  /** Recommendations by the paths they break or reduce, computed on first use. */
  recommendationImpact(): ReturnType<typeof recommendationImpact>
  /** Counts over every path (the list's filter menus), computed on first use. */
  facets(): ReturnType<typeof pathFacets>
  /**
   * A value kept under `key` among the last few computed (filtered, sorted lists), so paging through
   * one list filters and sorts once.
   */
  memo<T>(key: string, compute: () => T): T
}

const MEMO_ENTRIES = 16

/** Stored attack paths of any snapshot, straight from the store (diff reads snapshots not in memory). */
export async function storedPaths(store: Store, snapshotId: string): Promise<AttackPath[]> {
  const records = await store.loadRecords(snapshotId, 'attack-path')
  // The scan stored them as AttackPath JSON (src/scan/persist.ts); they round-trip exactly.
  return records.map((record) => record.data as unknown as AttackPath)
}

async function loadPathData(store: Store, loaded: LoadedSnapshot): Promise<PathData> {
  const [paths, findings] = await Promise.all([storedPaths(store, loaded.id), snapshotFindings(store, loaded)])
  let analysis: PathAnalysis | undefined
  let impact: ReturnType<typeof recommendationImpact> | undefined
  let facets: ReturnType<typeof pathFacets> | undefined
  const chokes = new Map<number, readonly ChokePoint[]>()
  const memos = new Map<string, unknown>()
  const data: PathData = {
    paths,
    byId: new Map(paths.map((path) => [path.id, path])),
    findings,
    findingById: new Map(findings.map((finding) => [finding.id, finding])),
    analysis() {
      analysis ??= analyzeAttackPaths(loaded.graph, findings)
      return analysis
    },
    chokePoints(limit) {
      let points = chokes.get(limit)
      if (points === undefined) {
        points = chokePoints(data.analysis(), { limit })
        chokes.set(limit, points)
      }
      return points
    },
    recommendationImpact() {
      impact ??= recommendationImpact(paths)
      return impact
    },
    facets() {
      facets ??= pathFacets(paths)
      return facets
    },
    memo<T>(key: string, compute: () => T): T {
      if (memos.has(key)) {
        const value = memos.get(key) as T
        // Re-inserted: the Map's order is recency, the oldest entry goes first.
        memos.delete(key)
        memos.set(key, value)
        return value
      }
      const value = compute()
      memos.set(key, value)
      if (memos.size > MEMO_ENTRIES) memos.delete(memos.keys().next().value!)
      return value
    },
  }
  return data
}

/** Keyed by the loaded snapshot object: evicted from the graph source, its data goes with it. */
const cache = new WeakMap<LoadedSnapshot, Promise<PathData>>()

export function pathDataOf(store: Store, loaded: LoadedSnapshot): Promise<PathData> {
  let data = cache.get(loaded)
  if (data === undefined) {
    data = loadPathData(store, loaded)
    data.catch(() => cache.delete(loaded))
    cache.set(loaded, data)
  }
  return data
}
