/** @module `/score`: the secure score of a snapshot (overall, per control, per scope, chosen scopes) and its history. */
import { createRoute, z } from '@hono/zod-openapi'
import { ruleMap } from '../../report/posture-snapshot.js'
import { scoreSelector } from '../../score/compute-secure-score.js'
import { scoreHistory } from '../../score/score-history.js'
import { parseSelector } from '../../score/score-scopes.js'
import type { ScopeScoreDetail } from '../../score/score-types.js'
import { requireRole } from '../middleware/authenticate.js'
import { postureSourceOf } from '../posture-index.js'
import type { PostureIndex } from '../posture-index.js'
import { SnapshotQuerySchema, problemResponses, repeated } from '../schemas/common.js'
import { ScoreHistoryEntrySchema, ScoreSchema } from '../schemas/posture.js'
import { createScorePoints } from '../score-points.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { snapshotRef } from './snapshot-ref.js'

const view = { middleware: [requireRole('viewer')], security: BEARER_SECURITY, tags: ['score'] }

const current = createRoute({
  ...view,
  method: 'get',
  path: '/',
  summary: 'Secure score: overall, per control, per built-in scope, and for the scopes asked for',
  description:
    'Role: viewer. Reference formula (docs/secure-score.md). `scope` takes a scope id, `rg:<id>`, `org:<id>`, `tag:key=value`, `provider:<p>` or `all`; roll-ups weight member scopes by resource count.',
  request: {
    query: SnapshotQuerySchema.extend({
      scope: repeated(z.string().min(1).max(2000)).openapi({ description: 'Repeat for several; each is scored separately' }),
    }),
  },
  responses: {
    200: { description: 'The score', content: { 'application/json': { schema: ScoreSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const history = createRoute({
  ...view,
  method: 'get',
  path: '/history',
  summary: 'The secure score of the stored snapshots, with each delta and the recommendations that caused it',
  description: 'Role: viewer. Oldest first. Exemptions apply as of each snapshot time.',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50).openapi({ description: 'Newest snapshots to include' }) }) },
  responses: {
    200: { description: 'History', content: { 'application/json': { schema: z.object({ history: z.array(ScoreHistoryEntrySchema) }).openapi('ScoreHistory') } } },
    ...problemResponses(400, 401, 403, 429),
  },
})

export function scoreRoutes(deps: ServerDeps) {
  const posture = postureSourceOf(deps.store, deps.graphs)
  const points = createScorePoints(deps.store, ruleMap())
  // The built-in scopes (thousands of resource groups on a large estate) are the same for every request of an index.
  const scopeLists = new WeakMap<PostureIndex, Omit<ScopeScoreDetail, 'controls'>[]>()
  const scopesOf = (index: PostureIndex) => {
    let scopes = scopeLists.get(index)
    if (scopes === undefined) {
      scopes = index.report.scopes.map(({ controls: _controls, ...scope }) => scope)
      scopeLists.set(index, scopes)
    }
    return scopes
  }
  return newRouter()
    .openapi(current, async (c) => {
      const query = c.req.valid('query')
      const index = await posture.get(query.snapshot)
      const { report } = index
            // parseSelector throws SKY_USAGE (400) naming the selector it cannot read.
      const selected = query.scope.map((text) => scoreSelector(parseSelector(text, index.snapshot.graph, index.scopeIds()), index.entries()))
      return c.json(
        {
          snapshot: snapshotRef(index.snapshot),
          current: report.current,
          max: report.max,
          percentage: report.percentage,
          controls: report.controls,
          scopes: scopesOf(index),
          selected,
          exemptions: index.exemptions,
        },
        200,
      )
    })
    .openapi(history, async (c) => {
      const { limit } = c.req.valid('query')
      return c.json({ history: scoreHistory(await points.points(limit)) }, 200)
    })
}
