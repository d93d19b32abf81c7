/** @module New, resolved and changed attack paths between two snapshots (by the stable path id). */
import type { AttackPath } from '../model/attack-path.js'

export interface PathChange {
  readonly id: string
  readonly title: string
  readonly before: { readonly risk: string; readonly count: number; readonly title: string }
  readonly after: { readonly risk: string; readonly count: number; readonly title: string }
}

export interface PathDiff {
  readonly new: readonly AttackPath[]
  readonly resolved: readonly AttackPath[]
  readonly changed: readonly PathChange[]
  readonly unchanged: number
}

export function diffPaths(before: readonly AttackPath[], after: readonly AttackPath[]): PathDiff {
  const old = new Map(before.map((p) => [p.id, p]))
  const now = new Map(after.map((p) => [p.id, p]))
  const changed: PathChange[] = []
  let unchanged = 0
  for (const [id, p] of now) {
    const q = old.get(id)
    if (q === undefined) continue
    if (q.risk !== p.risk || q.count !== p.count || q.title !== p.title) {
      changed.push({ id, title: p.title, before: { risk: q.risk, count: q.count, title: q.title }, after: { risk: p.risk, count: p.count, title: p.title } })
    } else unchanged++
  }
  return {
    new: after.filter((p) => !old.has(p.id)),
    resolved: before.filter((p) => !now.has(p.id)),
    changed,
    unchanged,
  }
}
