/**
 * Where the dashboard keeps the bearer token: sessionStorage, so it is gone when the tab closes and is
 * never sent anywhere but this origin's API.
 */
const KEY = 'skyhound.token'

export function readToken(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(KEY) ?? undefined
  } catch {
    return undefined
  }
}

export function saveToken(token: string | undefined): void {
  try {
    if (token === undefined) sessionStorage.removeItem(KEY)
    else sessionStorage.setItem(KEY, token)
  } catch {
    // Storage can be disabled; the token then lasts only for this page.
  }
}
