/**
 * @module IAM wildcards: `*` (any run of characters) and `?` (one character) in actions (matched
 * case-insensitively) and ARNs (case-sensitively). Besides matching a concrete value, a pattern can be
 * compared with another pattern: "can they name a common value" (an allow on some objects of a bucket)
 * and "does one name every value of the other" (a deny that covers them all).
 */

export interface Glob {
  /** The text as written in the policy. */
  readonly source: string
  /** What is matched: lowercased for actions, policy variables replaced by `*` for ARNs. */
  readonly pattern: string
  /** True for `*` alone: matches every value. */
  readonly all: boolean
  readonly wildcard: boolean
  test(value: string): boolean
}

const escapeRegExp = (text: string): string => text.replace(/[.+^${}()|[\]\\/]/g, '\\$&')

export const hasWildcard = (text: string): boolean => text.includes('*') || text.includes('?')

function build(source: string, caseInsensitive: boolean): Glob {
  const pattern = caseInsensitive ? source.toLowerCase() : source
  const norm = caseInsensitive ? (value: string): string => value.toLowerCase() : (value: string): string => value
  if (pattern === '*') return { source, pattern, all: true, wildcard: true, test: () => true }
  if (!hasWildcard(pattern)) return { source, pattern, all: false, wildcard: false, test: (value) => norm(value) === pattern }
  const star = pattern.indexOf('*')
  if (star === pattern.length - 1 && !pattern.includes('?')) {
    const prefix = pattern.slice(0, -1)
    return { source, pattern, all: false, wildcard: true, test: (value) => norm(value).startsWith(prefix) }
  }
  const body = pattern
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegExp(ch)))
    .join('')
  const regex = new RegExp(`^${body}$`, 's')
  return { source, pattern, all: false, wildcard: true, test: (value) => regex.test(norm(value)) }
}

const actionCache = new Map<string, Glob>()
const arnCache = new Map<string, Glob>()

/** Action pattern (`s3:Get*`), compiled once per distinct text. */
export function actionGlob(source: string): Glob {
  let glob = actionCache.get(source)
  if (glob === undefined) {
    glob = build(source, true)
    actionCache.set(source, glob)
  }
  return glob
}

/** ARN pattern; policy variables (`${aws:username}`) become `*` because their value is not known here. */
export function arnGlob(source: string): Glob {
  let glob = arnCache.get(source)
  if (glob === undefined) {
    glob = build(source.replace(/\$\{[^}]*\}/g, '*'), false)
    glob = { ...glob, source }
    arnCache.set(source, glob)
  }
  return glob
}

const isPrefixPattern = (p: string): boolean => p.indexOf('*') === p.length - 1 && !p.includes('?')

/** Whether some value matches both patterns (either may contain wildcards). */
export function globsIntersect(a: string, b: string): boolean {
  if (a === '*' || b === '*') return true
  const aPlain = !hasWildcard(a)
  const bPlain = !hasWildcard(b)
  if (aPlain && bPlain) return a === b
  if (isPrefixPattern(a) && (bPlain || isPrefixPattern(b))) return bPlain ? b.startsWith(a.slice(0, -1)) : a.startsWith(b.slice(0, -1)) || b.startsWith(a.slice(0, -1))
  if (isPrefixPattern(b) && aPlain) return a.startsWith(b.slice(0, -1))
  const la = a.length
  const lb = b.length
  const memo = new Int8Array((la + 1) * (lb + 1))
  const go = (i: number, j: number): boolean => {
    const key = i * (lb + 1) + j
    const seen = memo[key]!
    if (seen !== 0) return seen === 1
    let result: boolean
    if (i === la && j === lb) result = true
    else if (i < la && a[i] === '*') result = go(i + 1, j) || (j < lb && go(i, j + 1))
    else if (j < lb && b[j] === '*') result = go(i, j + 1) || (i < la && go(i + 1, j))
    else if (i < la && j < lb) result = (a[i] === '?' || b[j] === '?' || a[i] === b[j]) && go(i + 1, j + 1)
    else result = false
    memo[key] = result ? 1 : -1
    return result
  }
  return go(0, 0)
}

/**
 * Whether every value named by `target` is matched by `pattern` (sound, not complete: a `?` in the
 * target is covered only by `?` or `*`, a `*` in the target only by `*`).
 */
export function globCovers(pattern: string, target: string): boolean {
  if (pattern === '*') return true
  if (!hasWildcard(pattern)) return pattern === target && !hasWildcard(target)
  // `X*` covers every value that starts with X, whatever wildcards the target holds after it.
  if (isPrefixPattern(pattern)) return target.startsWith(pattern.slice(0, -1))
  const la = pattern.length
  const lb = target.length
  const memo = new Int8Array((la + 1) * (lb + 1))
  const go = (i: number, j: number): boolean => {
    const key = i * (lb + 1) + j
    const seen = memo[key]!
    if (seen !== 0) return seen === 1
    let result: boolean
    if (i === la) result = j === lb
    else if (pattern[i] === '*') result = go(i + 1, j) || (j < lb && go(i, j + 1))
    else if (j === lb || target[j] === '*') result = false
    else if (target[j] === '?') result = pattern[i] === '?' && go(i + 1, j + 1)
    else result = (pattern[i] === '?' || pattern[i] === target[j]) && go(i + 1, j + 1)
    memo[key] = result ? 1 : -1
    return result
  }
  return go(0, 0)
}

/** The service prefix of an action pattern (`s3` of `s3:Get*`); undefined when the service is a wildcard. */
export function serviceOf(action: string): string | undefined {
  const colon = action.indexOf(':')
  if (colon < 0) return undefined
  const service = action.slice(0, colon).toLowerCase()
  return hasWildcard(service) ? undefined : service
}
