/**
 * An attack path drawn with Cytoscape and the dagre layout, left to right from the internet or entry to
 * the target. Colours come from the theme's CSS variables and follow light/dark changes. The canvas is
 * for the eye; the node list beside it (PathNodeList) is the keyboard and screen-reader way in.
 */
import cytoscape from 'cytoscape'
import type { Core, ElementDefinition } from 'cytoscape'
import dagre from 'cytoscape-dagre'
import { useEffect, useRef } from 'preact/hooks'
import type { PathDetail } from '../api/attack-paths.js'

cytoscape.use(dagre)

/**
 * Cytoscape injects a <style> element unless one with this id exists; the CSP (style-src 'self') refuses
 * inline styles, so a placeholder takes the id and paths-explorer.css carries the one rule it wanted.
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet'
  if (document.getElementById(id) !== null) return
  const placeholder = document.createElement('meta')
  placeholder.id = id
  document.head.appendChild(placeholder)
}

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim()
  return value === '' ? fallback : value
}

const short = (text: string, max = 22): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

function styles(): cytoscape.StylesheetJson {
  const text = cssVar('--text', '#1b2430')
  const surface = cssVar('--surface', '#ffffff')
  const border = cssVar('--border', '#d8dee6')
  const accent = cssVar('--accent', '#1f5fbf')
  const muted = cssVar('--muted', '#5b6878')
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        width: 124,
        height: 50,
        'background-color': surface,
        'border-width': 2,
        'border-color': border,
        label: 'data(label)',
        color: text,
        'font-size': 10,
        'text-wrap': 'wrap',
        'text-max-width': '116px',
        'text-valign': 'center',
        'text-halign': 'center',
      },
    },
    { selector: 'node[role = "internet"]', style: { shape: 'ellipse', width: 80, 'border-color': muted } },
    { selector: 'node[role = "entry"]', style: { 'border-color': cssVar('--high', '#d9480f'), 'border-width': 3 } },
    { selector: 'node[role = "target"]', style: { 'border-color': cssVar('--critical', '#b3261e'), 'border-width': 3 } },
    { selector: 'node[role = "related"]', style: { 'border-style': 'dashed', opacity: 0.85 } },
    { selector: 'node[recommendations > 0]', style: { 'background-color': cssVar('--warn-bg', '#fff4d6'), color: cssVar('--warn-text', '#6b4b00') } },
    { selector: 'node:selected', style: { 'border-color': accent, 'border-width': 4, 'overlay-opacity': 0 } },
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': muted,
        'target-arrow-color': muted,
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: muted,
        'text-background-color': surface,
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
      },
    },
    { selector: 'edge[kind = "guards"]', style: { 'line-style': 'dashed', width: 1, 'target-arrow-shape': 'none' } },
  ]
}

function elements(graph: PathDetail['graph']): ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => ({
      data: {
        id: node.id,
        label: `${short(node.name)}\n${short(node.kind, 24)}`,
        role: node.role,
        recommendations: node.recommendations,
      },
    })),
    ...graph.edges.map((edge) => ({
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        label: edge.step === null ? 'guards' : String(edge.step + 1),
      },
    })),
  ]
}

export function PathGraph(props: { graph: PathDetail['graph']; selected: string | undefined; onSelect: (id: string) => void }) {
  const container = useRef<HTMLDivElement>(null)
  const cy = useRef<Core | undefined>(undefined)
  const onSelect = useRef(props.onSelect)
  onSelect.current = props.onSelect

  useEffect(() => {
    if (container.current === null) return
    claimCytoscapeStylesheet()
    const instance = cytoscape({
      container: container.current,
      elements: elements(props.graph),
      style: styles(),
      layout: { name: 'dagre', rankDir: 'LR', nodeSep: 24, rankSep: 44, padding: 12 } as cytoscape.LayoutOptions,
      minZoom: 0.3,
      maxZoom: 2,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
    })
    instance.on('tap', 'node', (event) => onSelect.current(event.target.id() as string))
    cy.current = instance
    // Theme changes (system or the toggle) restyle the canvas: it cannot read CSS variables itself.
    const restyle = () => instance.style(styles())
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    media.addEventListener('change', restyle)
    const observer = new MutationObserver(restyle)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    return () => {
      media.removeEventListener('change', restyle)
      observer.disconnect()
      instance.destroy()
      cy.current = undefined
    }
  }, [props.graph])

  useEffect(() => {
    const instance = cy.current
    if (instance === undefined) return
    instance.nodes().unselect()
    if (props.selected !== undefined) instance.getElementById(props.selected).select()
  }, [props.selected, props.graph])

  return <div ref={container} class="path-graph" role="img" aria-label={`Attack path graph with ${props.graph.nodes.length} nodes; the list of nodes follows`} />
}
