/** The latest snapshot summary, which the overview and the pending-engine pages read. */
import { api, call } from './client.js'
import { useApi } from './use-api.js'

export type SnapshotSummary = Awaited<ReturnType<typeof loadSummary>>

function loadSummary(id: string) {
  return call(api.snapshots[':id'].$get({ param: { id: encodeURIComponent(id) } }))
}

export function useSummary(id = 'latest') {
  return useApi(() => loadSummary(id), [id])
}
