/** @module The generated attack edge catalogue page (docs/attacks/README.md) and the title templates, from the registries. */
import { ATTACK_EDGES } from './edges/index.js'
import { TACTICS, TECHNIQUES } from './mitre.js'
import { TITLE_TEMPLATES } from './naming/titles.js'

const cell = (text: string): string => text.replace(/\|/g, '\\|')

export function renderAttackCatalogue(banner: string): string {
  const rows = ATTACK_EDGES.map((e) => {
    const pre = [...(e.prerequisites.insights ?? []), ...(e.prerequisites.edges ?? [])].map((p) => `\`${p}\``).join(', ')
    return `| [\`${e.id}\`](${e.id}.md) | ${cell(e.name)} | ${e.stage} | ${TACTICS[e.mitre.tactic].id} ${TACTICS[e.mitre.tactic].name} | ${TECHNIQUES[e.mitre.technique].id} ${cell(TECHNIQUES[e.mitre.technique].name)} | ${pre} |`
  })
  const templates = TITLE_TEMPLATES.map((t) => `| \`${t.id}\` | ${t.catalogue.length === 0 ? 'later families' : t.catalogue.join(', ')} |`)
  return [
    banner,
    '# Attack edge catalogue',
    '',
    `${ATTACK_EDGES.length} moves, in the order the search prefers them when two moves join the same pair of nodes. Each has a`,
    'page here, a file `src/paths/edges/<kebab-id>.ts` and a scenario `test/scenarios/<ID>.json`. How paths are built from',
    'them: [../attack-paths.md](../attack-paths.md).',
    '',
    '| id | move | stage | tactic | technique | reads |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '## Title templates',
    '',
    'The first template that matches a path names it; the rows of the reference catalogue (defender-cspm.md §1.5) each one reproduces:',
    '',
    '| template | catalogue rows |',
    '| --- | --- |',
    ...templates,
    '',
  ].join('\n')
}
