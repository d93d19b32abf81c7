import { EmptyState } from './states.js'

/** Shown wherever a page needs a snapshot and the store has none. */
export function NoSnapshot() {
  return (
    <EmptyState title="No snapshot yet" icon="☁">
      <p>Skyhound has not scanned anything into this store yet.</p>
      <p>
        Try the demo estate with <code>skyhound demo</code>, or scan your own exports with{' '}
        <code>skyhound scan &lt;paths&gt;</code>. This page updates by itself when the snapshot lands.
      </p>
    </EmptyState>
  )
}
