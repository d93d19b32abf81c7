/**
 * @module `/explorer`: run a query (AST JSON or text) on a snapshot's in-memory graph, the built-in
 * templates, saved queries and share links (src/query). Runs and saved-query writes need role analyst;
 * reading templates, saved queries and links needs viewer. A query error is a 400 problem whose
 * `position` (line, column, length) and `excerpt` (a caret line) point into the text.
 */
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { JsonObject } from '../../model/graph-types.js'
import type { QueryNode } from '../../query/ast/query-node.js'
import type { QueryResult } from '../../query/eval/run-query.js'
import { QueryError } from '../../query/query-error.js'
import { resolveQuery, runQuery, templateSummary } from '../../query/query-service.js'
import { decodeShareLink, encodeShareLink } from '../../query/share-link.js'
import { findTemplate, listTemplates } from '../../query/index.js'
import { printQuery } from '../../query/text/print-query.js'
import type { SavedQueryRecord } from '../../store/saved-query-store.js'
import type { AppEnv } from '../app-env.js'
import type { LoadedSnapshot } from '../graph-source.js'
import { requireRole } from '../middleware/authenticate.js'
import { pathDataOf } from '../path-data.js'
import { ApiProblem, problemOf, problemResponse } from '../problem.js'
import { list, problemResponses } from '../schemas/common.js'
import {
  RunAstRequestSchema,
  RunResultSchema,
  RunTemplateRequestSchema,
  RunTextRequestSchema,
  SaveQueryRequestSchema,
  SavedQueryNameSchema,
  SavedQuerySchema,
  ShareDecodeRequestSchema,
  ShareEncodeRequestSchema,
  ShareLinkSchema,
  TemplateCategorySchema,
  TemplateSchema,
  UpdateQueryRequestSchema,
} from '../schemas/explorer.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { snapshotRef } from './snapshot-ref.js'

/** A run's wall-clock budget on the server: a slow query fails with a clear problem instead of holding a worker. */
export const RUN_TIMEOUT_MS = 10_000

const role = (needed: 'viewer' | 'analyst') => ({ middleware: [requireRole(needed)], security: BEARER_SECURITY, tags: ['explorer'] })
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } })
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } })

const TemplateParam = z.object({ id: z.string().min(1).max(120).openapi({ param: { name: 'id', in: 'path' }, example: 'k8s-rbac-off-unrestricted-access' }) })
const NameParam = z.object({ name: SavedQueryNameSchema.openapi({ param: { name: 'name', in: 'path' } }) })

const runAst = createRoute({
  ...role('analyst'),
  method: 'post',
  path: '/run',
  summary: 'Run a query given as AST JSON',
  description: `Role: analyst. Runs stop after ${RUN_TIMEOUT_MS / 1000} s or the traversal budget (400, code SKY_USAGE, errors[0].path "query.limit").`,
  request: { body: body(RunAstRequestSchema) },
  responses: { 200: json(RunResultSchema, 'Matching nodes with their matched sub-paths'), ...problemResponses(400, 401, 403, 404, 413, 429) },
})

const runText = createRoute({
  ...role('analyst'),
  method: 'post',
  path: '/run-text',
  summary: 'Run a query written in the text syntax (docs/explorer.md)',
  description: 'Role: analyst. A syntax error is a 400 problem with `position` and `excerpt` (a caret under the error).',
  request: { body: body(RunTextRequestSchema) },
  responses: { 200: json(RunResultSchema, 'Matching nodes with their matched sub-paths'), ...problemResponses(400, 401, 403, 404, 413, 429) },
})

const templatesList = createRoute({
  ...role('viewer'),
  method: 'get',
  path: '/templates',
  summary: 'Built-in query templates',
  description: 'Role: viewer.',
  request: {
    query: z.object({
      category: TemplateCategorySchema.optional(),
      q: z.string().max(200).optional().openapi({ description: 'Text in the id, title or description' }),
    }),
  },
  responses: { 200: json(z.object({ items: list(TemplateSchema) }).openapi('ExplorerTemplates'), 'Templates'), ...problemResponses(400, 401, 403, 429) },
})

const templateShow = createRoute({
  ...role('viewer'),
  method: 'get',
  path: '/templates/{id}',
  summary: 'One template with its query as AST and text, and its share code',
  description: 'Role: viewer.',
  request: { params: TemplateParam },
  responses: {
    200: json(TemplateSchema.extend({ shareCode: z.string() }).openapi('ExplorerTemplateDetail'), 'The template'),
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const templateRun = createRoute({
  ...role('analyst'),
  method: 'post',
  path: '/templates/{id}/run',
  summary: 'Run a built-in template',
  description: 'Role: analyst.',
  request: { params: TemplateParam, body: body(RunTemplateRequestSchema) },
  responses: { 200: json(RunResultSchema, 'The template’s matches'), ...problemResponses(400, 401, 403, 404, 413, 429) },
})

const savedList = createRoute({
  ...role('viewer'),
  method: 'get',
  path: '/saved',
  summary: 'Saved queries, by name',
  description: 'Role: viewer.',
  request: { query: z.object({ owner: z.string().max(200).optional() }) },
  responses: { 200: json(z.object({ items: list(SavedQuerySchema) }).openapi('SavedQueries'), 'Saved queries'), ...problemResponses(400, 401, 403, 429, 503) },
})

const savedShow = createRoute({
  ...role('viewer'),
  method: 'get',
  path: '/saved/{name}',
  summary: 'One saved query',
  description: 'Role: viewer.',
  request: { params: NameParam },
  responses: { 200: json(SavedQuerySchema, 'The saved query'), ...problemResponses(400, 401, 403, 404, 429, 503) },
})

const savedCreate = createRoute({
  ...role('analyst'),
  method: 'post',
  path: '/saved',
  summary: 'Save a query under a new name',
  description: 'Role: analyst. Audited. The query is validated; a name in use is a 400 (update it with PUT).',
  request: { body: body(SaveQueryRequestSchema) },
  responses: { 201: json(SavedQuerySchema, 'Saved'), ...problemResponses(400, 401, 403, 413, 429, 503) },
})

const savedUpdate = createRoute({
  ...role('analyst'),
  method: 'put',
  path: '/saved/{name}',
  summary: "Change a saved query's description or query",
  description: 'Role: analyst. Audited.',
  request: { params: NameParam, body: body(UpdateQueryRequestSchema) },
  responses: { 200: json(SavedQuerySchema, 'Updated'), ...problemResponses(400, 401, 403, 404, 413, 429, 503) },
})

const savedDelete = createRoute({
  ...role('analyst'),
  method: 'delete',
  path: '/saved/{name}',
  summary: 'Delete a saved query',
  description: 'Role: analyst. Audited.',
  request: { params: NameParam },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(400, 401, 403, 404, 429, 503) },
})

const shareEncode = createRoute({
  ...role('viewer'),
  method: 'post',
  path: '/share',
  summary: 'Encode a query (AST or text) as a share link',
  description: 'Role: viewer. The code is the canonical query JSON in base64url; the dashboard reads it from `#q=`.',
  request: { body: body(ShareEncodeRequestSchema) },
  responses: { 200: json(ShareLinkSchema, 'The link'), ...problemResponses(400, 401, 403, 413, 429) },
})

const shareDecode = createRoute({
  ...role('viewer'),
  method: 'post',
  path: '/share/decode',
  summary: 'Decode a share link (the code, or any URL carrying `q=`) into its query',
  description: 'Role: viewer.',
  request: { body: body(ShareDecodeRequestSchema) },
  responses: { 200: json(ShareLinkSchema, 'The query'), ...problemResponses(400, 401, 403, 413, 429) },
})

/** The problem for a query error: a 400 naming the query code, with the position in the text when there is one. */
function queryProblem(c: Context<AppEnv>, error: QueryError, field: string): Response {
  const problem = problemOf(
    new ApiProblem('HTTP_BAD_REQUEST', error.message, {
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      errors:
        error.issues.length > 0
          ? error.issues.map((issue) => ({ path: `${field}${issue.path.replace(/^\$/, '')}`, message: issue.message }))
          : [{ path: error.queryCode === 'SKY_QUERY_LIMIT' ? 'query.limit' : field, message: error.message }],
    }),
    c.req.path,
    c.get('requestId'),
  )
  return problemResponse(c, {
    ...problem,
    code: error.code,
    type: `urn:skyhound:problem:${error.queryCode}`,
    ...({ queryCode: error.queryCode } as object),
    ...(error.position === undefined ? {} : ({ position: error.position, excerpt: error.excerpt } as object)),
  })
}

/** Which request field a query error points at, by route. */
function queryField(path: string): string {
  if (path.endsWith('/run-text')) return 'json.text'
  if (path.endsWith('/share/decode')) return 'json.link'
  if (/\/templates\/[^/]+\/run$/.test(path)) return 'template'
  return 'json.query'
}

function matchNodes(loaded: LoadedSnapshot, result: QueryResult): { id: string; name: string; kind: string }[] {
  const seen = new Map<string, { id: string; name: string; kind: string }>()
  for (const row of result.rows) {
    for (const edge of row.match) {
      for (const id of [edge.from, edge.to]) {
        if (seen.has(id)) continue
        const v = loaded.graph.indexOf(id)
        seen.set(id, v === undefined ? { id, name: id, kind: 'unknown' } : { id, name: loaded.graph.nodeName(v), kind: loaded.graph.nodeKind(v) })
      }
    }
  }
  return [...seen.values()]
}

const asJson = (query: QueryNode): JsonObject => JSON.parse(JSON.stringify(query)) as JsonObject

/** The built-in templates as the API shows them; they never change while the server runs. */
type TemplateItem = Omit<ReturnType<typeof templateSummary>, 'query'> & { readonly query: JsonObject }
let templateItems: readonly TemplateItem[] | undefined
function templateList(): readonly TemplateItem[] {
  templateItems ??= listTemplates().map((t) => ({ ...templateSummary(t), query: asJson(t.query) }))
  return templateItems
}

export function explorerRoutes(deps: ServerDeps) {
  async function run(input: QueryNode | JsonObject | string, options: { limit: number; snapshot: string }) {
    const loaded = await deps.graphs.get(options.snapshot)
    const data = await pathDataOf(deps.store, loaded)
    const { query, limit } = resolveQuery(input)
    // Run the resolved AST once; a text LIMIT may only lower the requested row count.
    const maxRows = limit === undefined ? options.limit : Math.min(limit, options.limit)
    const result = runQuery(loaded.graph, query, { findings: data.findings, limits: { maxRows, timeoutMs: RUN_TIMEOUT_MS } })
    return {
      snapshot: snapshotRef(loaded),
      query: asJson(query),
      text: printQuery(query),
      shareCode: encodeShareLink(query),
      total: result.total,
      truncated: result.truncated,
      rows: result.rows,
      matchNodes: matchNodes(loaded, result),
      stats: result.stats,
    }
  }

  function templateOf(id: string) {
    const template = findTemplate(id)
    if (template === undefined) {
      throw new ApiProblem('HTTP_NOT_FOUND', `no built-in template ${id}`, { hint: 'GET /api/v1/explorer/templates lists the ids' })
    }
    return template
  }

  async function savedOf(name: string): Promise<SavedQueryRecord> {
    const saved = await deps.store.savedQueries.getQuery(name)
    if (saved === undefined) {
      throw new ApiProblem('HTTP_NOT_FOUND', `no saved query named ${name}`, { hint: 'GET /api/v1/explorer/saved lists the names' })
    }
    return saved
  }

  const ownerOf = (c: Context<AppEnv>): string => {
    const principal = c.get('principal')
    return principal?.kind === 'token' ? principal.name : 'local'
  }

  const link = (query: QueryNode) => {
    const code = encodeShareLink(query)
    return { code, path: `/explorer#q=${code}`, query: asJson(query), text: printQuery(query) }
  }

  return newRouter()
    .openapi(runAst, async (c) => {
      const request = c.req.valid('json')
      return c.json(await run(request.query, request), 200)
    })
    .openapi(runText, async (c) => {
      const request = c.req.valid('json')
      return c.json(await run(request.text, request), 200)
    })
    .openapi(templatesList, (c) => {
      const { category, q } = c.req.valid('query')
      const needle = q?.trim().toLowerCase()
      const items = templateList()
        .filter((t) => category === undefined || t.category === category)
        .filter((t) => needle === undefined || needle === '' || [t.id, t.title, t.description].some((s) => s.toLowerCase().includes(needle)))
      return c.json({ items }, 200)
    })
    .openapi(templateShow, (c) => {
      const template = templateOf(c.req.valid('param').id)
      return c.json({ ...templateSummary(template), query: asJson(template.query), shareCode: encodeShareLink(template.query) }, 200)
    })
    .openapi(templateRun, async (c) => {
      const template = templateOf(c.req.valid('param').id)
      return c.json(await run(template.query, c.req.valid('json')), 200)
    })
    .openapi(savedList, async (c) => {
      const { owner } = c.req.valid('query')
      const items = await deps.store.savedQueries.listQueries(owner === undefined ? {} : { owner })
      return c.json({ items }, 200)
    })
    .openapi(savedShow, async (c) => c.json(await savedOf(c.req.valid('param').name), 200))
    .openapi(savedCreate, async (c) => {
      const request = c.req.valid('json')
      if ((await deps.store.savedQueries.getQuery(request.name)) !== undefined) {
        throw new ApiProblem('HTTP_BAD_REQUEST', `a saved query is already named ${request.name}`, {
          hint: `PUT /api/v1/explorer/saved/${encodeURIComponent(request.name)} changes it; or pick another name.`,
          errors: [{ path: 'json.name', message: 'name in use' }],
        })
      }
      const { query } = resolveQuery(request.text ?? request.query ?? '')
      const now = new Date().toISOString()
      const record: SavedQueryRecord = {
        name: request.name,
        owner: ownerOf(c),
        description: request.description,
        query: asJson(query),
        text: printQuery(query),
        createdAt: now,
        updatedAt: now,
      }
      await deps.store.savedQueries.saveQuery(record)
      return c.json(record, 201)
    })
    .openapi(savedUpdate, async (c) => {
      const request = c.req.valid('json')
      const { name } = c.req.valid('param')
      const saved = await savedOf(name)
      const input = request.text ?? request.query
      const query = input === undefined ? undefined : resolveQuery(input).query
      const record: SavedQueryRecord = {
        ...saved,
        description: request.description ?? saved.description,
        ...(query === undefined ? {} : { query: asJson(query), text: printQuery(query) }),
        updatedAt: new Date().toISOString(),
      }
      await deps.store.savedQueries.saveQuery(record, { replace: true })
      return c.json(await savedOf(name), 200)
    })
    .openapi(savedDelete, async (c) => {
      const { name } = c.req.valid('param')
      if (!(await deps.store.savedQueries.deleteQuery(name))) await savedOf(name)
      return c.body(null, 204)
    })
    .openapi(shareEncode, (c) => {
      const request = c.req.valid('json')
      return c.json(link(resolveQuery(request.text ?? request.query ?? '').query), 200)
    })
    .openapi(shareDecode, (c) => c.json(link(decodeShareLink(c.req.valid('json').link)), 200))
    .onError((error, c) => {
      // Query errors are the caller's to fix: a 400 pointing into the text; anything else goes to the app's handler.
      if (error instanceof QueryError) return queryProblem(c, error, queryField(c.req.path))
      throw error
    })
}
