/** @module `/rules`: the rule catalogue (built-in rules) with frameworks and remediation. */
import { createRoute, z } from '@hono/zod-openapi'
import { ruleMap } from '../../report/posture-snapshot.js'
import { ruleDetail, ruleSummary } from '../finding-view.js'
import { requireRole } from '../middleware/authenticate.js'
import { ApiProblem } from '../problem.js'
import { problemResponses, repeated } from '../schemas/common.js'
import { ProviderSchema } from '../schemas/graph.js'
import { RuleDetailSchema, RuleSummarySchema, SeveritySchema } from '../schemas/posture.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'

const view = { middleware: [requireRole('viewer')], security: BEARER_SECURITY, tags: ['rules'] }

const list = createRoute({
  ...view,
  method: 'get',
  path: '/',
  summary: 'The rule catalogue: filter by cloud, severity, control, framework or text',
  description: 'Role: viewer. Order: rule id.',
  request: {
    query: z.object({
      provider: repeated(ProviderSchema),
      severity: repeated(SeveritySchema),
      control: repeated(z.string().min(1).max(100)),
      framework: repeated(z.string().min(1).max(100)).openapi({ description: 'Framework id, e.g. cis-aws-foundations-3-0' }),
      q: z.string().max(200).optional().openapi({ description: 'Substring of the id, title or description' }),
    }),
  },
  responses: {
    200: { description: 'Rules', content: { 'application/json': { schema: z.object({ total: z.number().int(), items: z.array(RuleSummarySchema) }).openapi('RuleList') } } },
    ...problemResponses(400, 401, 403, 429),
  },
})

const detail = createRoute({
  ...view,
  method: 'get',
  path: '/{id}',
  summary: 'One rule: description, remediation (steps, CLI, Terraform), frameworks, target kinds',
  description: 'Role: viewer.',
  request: { params: z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The rule', content: { 'application/json': { schema: RuleDetailSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

export function ruleRoutes(_deps: ServerDeps) {
  const rules = ruleMap()
  const sorted = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : 1))
  return newRouter()
    .openapi(list, (c) => {
      const query = c.req.valid('query')
      const needle = query.q?.toLowerCase()
      const items = sorted
        .filter((rule) => query.provider.length === 0 || (rule.provider !== undefined && query.provider.includes(rule.provider)))
        .filter((rule) => query.severity.length === 0 || query.severity.includes(rule.severity))
        .filter((rule) => query.control.length === 0 || query.control.includes(rule.control))
        .map(ruleSummary)
        .filter((rule) => query.framework.length === 0 || query.framework.some((f) => rule.frameworks[f] !== undefined))
        .filter((rule) => needle === undefined || `${rule.id}\n${rule.title}\n${rules.get(rule.id)?.description ?? ''}`.toLowerCase().includes(needle))
      return c.json({ total: items.length, items }, 200)
    })
    .openapi(detail, (c) => {
      const { id } = c.req.valid('param')
      const rule = rules.get(id)
      if (rule === undefined) throw new ApiProblem('HTTP_NOT_FOUND', `no rule ${id}`, { hint: 'GET /api/v1/rules lists the rule ids' })
      return c.json(ruleDetail(rule), 200)
    })
}
