import { Link } from '../components/link.js'
import { PendingEnginePage } from './pending-engine.js'

export function ExplorerPage() {
  return (
    <PendingEnginePage
      title="Cloud security explorer"
      subtitle="Ask the security graph questions across every cloud"
      icon="⌕"
      emptyTitle="The explorer is not available in this version yet"
      explanation={
        <>
          <p>
            The explorer will let you pick resource kinds, add conditions on insights, recommendations and
            connections (nested as deep as you need), and see every match with the sub-path that matched.
          </p>
          <p class="muted small">
            Meanwhile, the <Link href="/inventory">inventory</Link> filters resources by cloud, family, kind, scope and tag.
          </p>
        </>
      }
    />
  )
}
