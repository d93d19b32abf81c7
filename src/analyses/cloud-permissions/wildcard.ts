/** @module Compiled wildcard patterns (`Microsoft.Storage/*`, `*.setIamPolicy`, `iam.serviceAccounts.*`). */

const cache = new Map<string, RegExp>()

/** `*` matches any run of characters (across `/` and `.`), the way Azure and GCP patterns read. */
export function wildcardRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  const key = `${caseInsensitive ? 'i' : 's'}:${pattern}`
  let regex = cache.get(key)
  if (regex === undefined) {
    const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')
    regex = new RegExp(`^${body}$`, caseInsensitive ? 'i' : '')
    cache.set(key, regex)
  }
  return regex
}

export function matchesAny(patterns: readonly string[], value: string, caseInsensitive: boolean): boolean {
  for (const pattern of patterns) if (wildcardRegExp(pattern, caseInsensitive).test(value)) return true
  return false
}
