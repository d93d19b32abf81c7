/** The dashboard frame: sign-in when the API asks for a token, navigation, top bar, and the page. */
import { useEffect, useState } from 'preact/hooks'
import { api, call, onUnauthorized } from './api/client.js'
import { saveToken } from './api/token.js'
import { useApi } from './api/use-api.js'
import { Link } from './components/link.js'
import { Loading, ProblemNotice } from './components/states.js'
import { dateTime } from './format.js'
import { SECTIONS, sectionOf } from './nav.js'
import { AttackPathsPage } from './pages/attack-paths.js'
import { ExplorerPage } from './pages/explorer.js'
import { GovernancePage } from './pages/governance.js'
import { InventoryPage } from './pages/inventory.js'
import { NotFoundPage } from './pages/not-found.js'
import { OverviewPage } from './pages/overview.js'
import { RecommendationsPage } from './pages/recommendations.js'
import { ResourcePage } from './pages/resource.js'
import { SecureScorePage } from './pages/secure-score.js'
import { SignInPage } from './pages/sign-in.js'
import type { Route } from './router.js'
import { useRoute } from './router.js'
import { SessionContext } from './session.js'
import { ThemeToggle } from './components/theme-toggle.js'

function Page(props: { route: Route }) {
  switch (props.route.path) {
    case '/':
      return <OverviewPage />
    case '/attack-paths':
      return <AttackPathsPage params={props.route.params} />
    case '/explorer':
      return <ExplorerPage />
    case '/recommendations':
      return <RecommendationsPage />
    case '/governance':
      return <GovernancePage />
    case '/inventory':
      return <InventoryPage params={props.route.params} />
    case '/resource':
      return <ResourcePage params={props.route.params} />
    case '/secure-score':
      return <SecureScorePage />
    default:
      return <NotFoundPage path={props.route.path} />
  }
}

function SnapshotBadge() {
  const latest = useApi(() => call(api.snapshots.$get({ query: { limit: '1' } })), [])
  const snapshot = latest.data?.items[0]
  if (snapshot === undefined) return latest.state === 'loading' ? null : <span class="badge">No snapshot yet</span>
  return (
    <span class="snapshot-badge" title={`Snapshot ${snapshot.id}`}>
      <span class="muted">Snapshot</span> <code>{snapshot.id}</code> <span class="muted">· {dateTime(snapshot.createdAt)}</span>
    </span>
  )
}

type SignIn = 'ok' | 'needed' | 'checking' | 'rejected'

export function App() {
  const route = useRoute()
  const [signIn, setSignIn] = useState<SignIn>('ok')
  const [attempt, setAttempt] = useState(0)
  const me = useApi(() => call(api.me.$get()), [attempt])
  useEffect(() => onUnauthorized(() => setSignIn((s) => (s === 'checking' ? 'rejected' : 'needed'))), [])
  useEffect(() => {
    if (me.state === 'ready') setSignIn((s) => (s === 'checking' ? 'ok' : s))
  }, [me.state])
  const section = sectionOf(route.path)
  useEffect(() => {
    document.title = section === undefined ? 'Skyhound' : `${section.label} · Skyhound`
  }, [section])

  if (signIn === 'needed' || signIn === 'rejected') {
    return (
      <SignInPage
        rejected={signIn === 'rejected'}
        onToken={(token) => {
          saveToken(token)
          setSignIn('checking')
          setAttempt((n) => n + 1)
        }}
      />
    )
  }
  if (me.state === 'error' && me.error.status !== 401) {
    return (
      <main class="centered">
        <ProblemNotice error={me.error} onRetry={me.reload} />
      </main>
    )
  }
  if (me.data === undefined || signIn === 'checking') return <Loading label="Connecting to Skyhound…" />
  const session = me.data

  return (
    <SessionContext.Provider value={session}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <div class="layout">
        <aside class="sidebar">
          <div class="brand">
            <img src="/favicon.svg" alt="" width="24" height="24" /> Skyhound
          </div>
          <nav aria-label="Main">
            <ul class="nav-list">
              {SECTIONS.map((s) => (
                <li key={s.path}>
                  <Link href={s.path} class="nav-link" current={section?.path === s.path}>
                    <span class="nav-icon" aria-hidden="true">
                      {s.icon}
                    </span>
                    {s.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div class="sidebar-footer">
            <ThemeToggle />
          </div>
        </aside>
        <div class="content">
          <header class="topbar">
            <SnapshotBadge />
            <span class="topbar-spacer" />
            {session.authMode === 'open' ? (
              <span class="badge badge-warn" title="No API tokens exist: anyone who can reach this loopback address is admin">
                Open local server
              </span>
            ) : (
              <span class="badge" title={`Token ${session.tokenId ?? ''}`}>
                {session.name} · {session.role}
              </span>
            )}
            {session.kind === 'token' && (
              <button
                type="button"
                class="button button-quiet"
                onClick={() => {
                  saveToken(undefined)
                  setSignIn('needed')
                }}
              >
                Sign out
              </button>
            )}
          </header>
          <main id="main" tabIndex={-1}>
            <Page route={route} />
          </main>
        </div>
      </div>
    </SessionContext.Provider>
  )
}
