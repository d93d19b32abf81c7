/**
 * A tiny History API router: the location is the state (shareable URLs, back/forward work), and
 * `navigate` / <Link> change it without reloading. The server answers every dashboard path with
 * index.html.
 */
import { useEffect, useState } from 'preact/hooks'

export interface Route {
  readonly path: string
  readonly params: URLSearchParams
}

const listeners = new Set<() => void>()

function currentRoute(): Route {
  return { path: location.pathname, params: new URLSearchParams(location.search) }
}

export function navigate(href: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', href)
  else history.pushState(null, '', href)
  for (const listener of listeners) listener()
  if (!options.replace) window.scrollTo(0, 0)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute)
  useEffect(() => {
    const update = () => setRoute(currentRoute())
    listeners.add(update)
    window.addEventListener('popstate', update)
    return () => {
      listeners.delete(update)
      window.removeEventListener('popstate', update)
    }
  }, [])
  return route
}

/** `path?query` from a path and parameters, dropping empty values. */
export function href(path: string, params: Record<string, string | readonly string[] | number | undefined> = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item))
    else search.set(key, String(value))
  }
  const query = search.toString()
  return query === '' ? path : `${path}?${query}`
}

/** Click handler for same-origin links: plain left clicks navigate in place, others keep browser behaviour. */
export function followLink(event: MouseEvent, target: string): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  navigate(target)
}
