/** @module The built-in explorer templates, verified at load: unique kebab-case ids, every query compiles. */
import { QueryError } from '../query-error.js'
import { COMPUTE_TEMPLATES } from './compute-templates.js'
import { DATA_TEMPLATES } from './data-templates.js'
import type { QueryTemplate } from './define-template.js'
import { IDENTITY_TEMPLATES } from './identity-templates.js'
import { KUBERNETES_TEMPLATES } from './kubernetes-templates.js'

export type { QueryTemplate, TemplateCategory, TemplateSpec } from './define-template.js'
export { TEMPLATE_CATEGORIES, defineTemplate } from './define-template.js'

function verify(templates: readonly QueryTemplate[]): readonly QueryTemplate[] {
  const seen = new Set<string>()
  for (const template of templates) {
    if (seen.has(template.id)) throw new Error(`template ${template.id} is defined twice`)
    seen.add(template.id)
  }
  return Object.freeze([...templates])
}

export const BUILTIN_TEMPLATES: readonly QueryTemplate[] = verify([
  ...KUBERNETES_TEMPLATES,
  ...COMPUTE_TEMPLATES,
  ...IDENTITY_TEMPLATES,
  ...DATA_TEMPLATES,
])

const BY_ID = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]))

export function findTemplate(id: string): QueryTemplate | undefined {
  return BY_ID.get(id)
}

export function getTemplate(id: string): QueryTemplate {
  const template = BY_ID.get(id)
  if (template === undefined) {
    throw new QueryError('SKY_TEMPLATE_NOT_FOUND', `no template '${id}'`, { hint: 'list them with `skyhound explore templates`' })
  }
  return template
}
