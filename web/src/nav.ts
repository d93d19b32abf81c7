/** The dashboard's sections, in navigation order. */
export interface Section {
  readonly path: string
  readonly label: string
  readonly icon: string
}

export const SECTIONS: readonly Section[] = [
  { path: '/', label: 'Overview', icon: '◧' },
  { path: '/attack-paths', label: 'Attack paths', icon: '⤳' },
  { path: '/explorer', label: 'Explorer', icon: '⌕' },
  { path: '/recommendations', label: 'Recommendations', icon: '✓' },
  { path: '/governance', label: 'Governance', icon: '⚑' },
  { path: '/inventory', label: 'Inventory', icon: '▤' },
  { path: '/secure-score', label: 'Secure score', icon: '◔' },
]

export function sectionOf(path: string): Section | undefined {
  if (path === '/resource') return SECTIONS.find((s) => s.path === '/inventory')
  return SECTIONS.find((s) => s.path === path)
}
