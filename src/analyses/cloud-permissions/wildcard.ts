/** @module Compiled wildcard patterns (`Microsoft.Storage/*`, `*.setIamPolicy`, `iam.serviceAccounts.*`). */

const sensitive = new WeakMap<readonly string[], RegExp | null>()
const insensitive = new WeakMap<readonly string[], RegExp | null>()

const body = (pattern: string): string => pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')

/**
 * One regular expression for a whole pattern list, compiled once per list object (role tables and
 * definitions are long-lived arrays): `*` matches any run of characters, across `/` and `.`, the way
 * Azure and GCP patterns read.
 */
function compiled(patterns: readonly string[], caseInsensitive: boolean): RegExp | null {
  const cache = caseInsensitive ? insensitive : sensitive
  let regex = cache.get(patterns)
  if (regex === undefined) {
    regex = patterns.length === 0 ? null : new RegExp(`^(?:${patterns.map(body).join('|')})$`, caseInsensitive ? 'i' : '')
    cache.set(patterns, regex)
  }
  return regex
}

export function matchesAny(patterns: readonly string[], value: string, caseInsensitive: boolean): boolean {
  const regex = compiled(patterns, caseInsensitive)
  return regex !== null && regex.test(value)
}
