/** @module The generated catalogue of built-in explorer templates (docs/explorer-templates.md). */
import { printQuery } from '../text/print-query.js'
import type { QueryTemplate, TemplateCategory } from './define-template.js'
import { TEMPLATE_CATEGORIES } from './define-template.js'
import { BUILTIN_TEMPLATES } from './index.js'

const CATEGORY_TITLES: Readonly<Record<TemplateCategory, string>> = {
  kubernetes: 'Kubernetes',
  containers: 'Containers and images',
  compute: 'Virtual machines and serverless',
  identity: 'Identities and permissions',
  data: 'Data stores',
  secrets: 'Secrets',
}

function section(template: QueryTemplate): string {
  return [
    `### \`${template.id}\``,
    '',
    `**${template.title}.** ${template.description}`,
    '',
    `- Follows: ${template.references.join('; ')}`,
    `- Reads: ${template.needs.join('; ')}`,
    `- Run: \`skyhound explore --template ${template.id}\``,
    '',
    '```cypher',
    template.text,
    '```',
    '',
    '<details><summary>Canonical form</summary>',
    '',
    '```cypher',
    printQuery(template.query),
    '```',
    '',
    '</details>',
    '',
  ].join('\n')
}

export function renderTemplateCatalogue(banner: string): string {
  const byCategory = TEMPLATE_CATEGORIES.map((category) => ({ category, templates: BUILTIN_TEMPLATES.filter((t) => t.category === category) })).filter(
    (group) => group.templates.length > 0,
  )
  return [
    banner,
    '# Explorer templates',
    '',
    `${BUILTIN_TEMPLATES.length} built-in queries (\`skyhound explore templates\`). Each runs as is with`,
    '`skyhound explore --template <id>`, or serves as a starting point: copy its text into `--query` and edit it.',
    'The language is described in [explorer.md](explorer.md); "Follows" names the rows of the reference',
    'catalogues (`defender-cspm.md` §1.5 attack paths, §2.4 explorer templates) or the request it answers;',
    '"Reads" names the insights and edges an analysis must have derived for the template to find anything.',
    '',
    ...byCategory.map(({ category, templates }) => `- [${CATEGORY_TITLES[category]}](#${CATEGORY_TITLES[category].toLowerCase().replace(/[^a-z0-9]+/g, '-')}): ${templates.map((t) => `\`${t.id}\``).join(', ')}`),
    '',
    ...byCategory.flatMap(({ category, templates }) => [`## ${CATEGORY_TITLES[category]}`, '', ...templates.map(section)]),
  ].join('\n')
}
