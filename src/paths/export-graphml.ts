/** @module Attack paths as GraphML (yEd, Gephi, Cytoscape): one node per resource, one edge per step, path ids on each. */
import type { AttackPath } from '../model/attack-path.js'

const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function pathsToGraphml(paths: readonly AttackPath[]): string {
  const nodes = new Map<string, { kind: string; family: string; provider: string; name: string; roles: Set<string> }>()
  const note = (id: string, info: { kind: string; family: string; provider: string; name: string } | undefined, role: string): void => {
    const entry = nodes.get(id) ?? { kind: info?.kind ?? 'skyhound.internet', family: info?.family ?? 'internet', provider: info?.provider ?? 'skyhound', name: info?.name ?? id, roles: new Set<string>() }
    if (info !== undefined) Object.assign(entry, { kind: info.kind, family: info.family, provider: info.provider, name: info.name })
    entry.roles.add(role)
    nodes.set(id, entry)
  }
  const edges = new Map<string, { from: string; to: string; edge: string; attackEdge: string; technique: string; paths: string[] }>()
  for (const path of paths) {
    note(path.entry.id, path.entry, 'entry')
    note(path.target.id, path.target, 'target')
    for (const step of path.steps) {
      for (const id of [step.from, step.to]) if (!nodes.has(id)) note(id, undefined, 'step')
      const key = `${step.from}\u0000${step.to}\u0000${step.attackEdge}`
      const edge = edges.get(key) ?? { from: step.from, to: step.to, edge: step.edge, attackEdge: step.attackEdge, technique: step.mitre.technique, paths: [] }
      edge.paths.push(path.id)
      edges.set(key, edge)
    }
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...['kind', 'family', 'provider', 'name', 'roles'].map((k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...['edge', 'attackEdge', 'technique', 'paths'].map((k) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="attack-paths" edgedefault="directed">',
  ]
  const ids = [...nodes.keys()].sort()
  for (const id of ids) {
    const n = nodes.get(id)!
    lines.push(`    <node id="${xml(id)}">`)
    lines.push(`      <data key="kind">${xml(n.kind)}</data><data key="family">${xml(n.family)}</data><data key="provider">${xml(n.provider)}</data>`)
    lines.push(`      <data key="name">${xml(n.name)}</data><data key="roles">${[...n.roles].sort().join(' ')}</data>`)
    lines.push('    </node>')
  }
  let i = 0
  for (const e of [...edges.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.attackEdge.localeCompare(b.attackEdge))) {
    lines.push(`    <edge id="e${i++}" source="${xml(e.from)}" target="${xml(e.to)}">`)
    lines.push(`      <data key="edge">${xml(e.edge)}</data><data key="attackEdge">${e.attackEdge}</data><data key="technique">${xml(e.technique)}</data><data key="paths">${e.paths.join(' ')}</data>`)
    lines.push('    </edge>')
  }
  lines.push('  </graph>', '</graphml>', '')
  return lines.join('\n')
}
