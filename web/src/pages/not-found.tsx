import { Link } from '../components/link.js'
import { EmptyState } from '../components/states.js'

export function NotFoundPage(props: { path: string }) {
  return (
    <EmptyState title="No such page" icon="?">
      <p>
        Nothing lives at <code>{props.path}</code>. Go back to the <Link href="/">overview</Link>.
      </p>
    </EmptyState>
  )
}
