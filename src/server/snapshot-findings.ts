/**
 * @module The stored findings of a loaded snapshot, read once and shared: the posture index and the
 * attack-path and explorer routes all start from them. At 1M resources one copy is about 2 GB of heap, and
 * exemptions and grace periods replace only the findings they touch, so every view shares the rest.
 */
import type { Finding } from '../model/finding.js'
import type { Store } from '../store/store.js'
import type { LoadedSnapshot } from './graph-source.js'

// Keyed by the loaded snapshot: when the graph source lets a snapshot go, its findings go with it.
const LOADED = new WeakMap<LoadedSnapshot, Promise<readonly Finding[]>>()

export function snapshotFindings(store: Store, snapshot: LoadedSnapshot): Promise<readonly Finding[]> {
  let pending = LOADED.get(snapshot)
  if (pending === undefined) {
    pending = store.loadFindings(snapshot.id)
    // A failed read is not remembered: the next request tries again.
    pending.catch(() => LOADED.delete(snapshot))
    LOADED.set(snapshot, pending)
  }
  return pending
}
