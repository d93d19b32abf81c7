/** @module The `snapshot` block that graph-backed responses carry, naming the snapshot they describe. */
import { z } from '@hono/zod-openapi'
import type { LoadedSnapshot } from '../graph-source.js'

export const SnapshotRefSchema = z
  .object({ id: z.string(), createdAt: z.string() })
  .openapi('SnapshotRef', { description: 'The snapshot this response was computed from' })

export function snapshotRef(loaded: LoadedSnapshot): z.infer<typeof SnapshotRefSchema> {
  return { id: loaded.id, createdAt: loaded.summary.snapshot.createdAt }
}
