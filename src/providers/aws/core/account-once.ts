/** @module Emits each account node once per input, however many records of that account it holds. */
import type { ReadContext } from '../../../formats/format-adapter.js'

export function accountNodesOnce(ctx: ReadContext): ReadContext {
  const seen = new Set<string>()
  return {
    file: ctx.file,
    options: ctx.options,
    issue: (issue) => ctx.issue(issue),
    emit(fragment) {
      const nodes = fragment.nodes.filter((node) => {
        if (node.kind !== 'aws.account') return true
        if (seen.has(node.id)) return false
        seen.add(node.id)
        return true
      })
      ctx.emit(nodes.length === fragment.nodes.length ? fragment : { nodes, edges: fragment.edges })
    },
  }
}
