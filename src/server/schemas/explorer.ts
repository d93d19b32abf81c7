/** @module Zod schemas of the explorer routes: runs, templates, saved queries, share links. */
import { z } from '@hono/zod-openapi'
import { TEMPLATE_CATEGORIES } from '../../query/templates/define-template.js'
import { JsonObjectSchema, list } from './common.js'
import { EdgeKindSchema, FamilySchema, ProviderSchema } from './graph.js'

/** Rows one run may return; `total` still counts every match. */
export const MAX_RUN_ROWS = 5_000
export const DEFAULT_RUN_ROWS = 500
export const MAX_QUERY_TEXT = 20_000

export const QueryJsonSchema = JsonObjectSchema.openapi('ExplorerQuery', {
  description: 'The query AST as JSON (`{ type: "securitygraphquery", version, properties }`, docs/explorer.md); validated on the server',
})

const RunOptionsShape = {
  limit: z.number().int().min(1).max(MAX_RUN_ROWS).default(DEFAULT_RUN_ROWS).openapi({ description: `Rows returned, 1–${MAX_RUN_ROWS}` }),
  snapshot: z.string().min(1).max(200).default('latest'),
}

export const RunAstRequestSchema = z.object({ query: QueryJsonSchema, ...RunOptionsShape }).openapi('ExplorerRunAst')
export const RunTextRequestSchema = z
  .object({ text: z.string().min(1).max(MAX_QUERY_TEXT).openapi({ example: "MATCH (c:k8s.cluster) WHERE HAS_INSIGHT(c, 'rbac-disabled') RETURN c" }), ...RunOptionsShape })
  .openapi('ExplorerRunText')
export const RunTemplateRequestSchema = z.object(RunOptionsShape).openapi('ExplorerRunTemplate')

export const ResultNodeSchema = z
  .object({ id: z.string(), kind: z.string(), family: FamilySchema, provider: ProviderSchema, name: z.string() })
  .openapi('ExplorerResultNode')

export const RunResultSchema = z
  .object({
    snapshot: z.object({ id: z.string(), createdAt: z.string() }),
    query: QueryJsonSchema.openapi({ description: 'The canonical AST that ran' }),
    text: z.string().openapi({ description: 'The same query as canonical text' }),
    shareCode: z.string().openapi({ description: 'Share link code: the dashboard opens `/explorer#q=<code>`' }),
    total: z.number().int().openapi({ description: 'Every match, also those beyond `limit`' }),
    truncated: z.boolean(),
    rows: list(
      z.object({
        node: ResultNodeSchema,
        match: list(z.object({ from: z.string(), kind: EdgeKindSchema, to: z.string() })).openapi({ description: 'Edges of the matched sub-path' }),
      }),
    ),
    matchNodes: list(z.object({ id: z.string(), name: z.string(), kind: z.string() })).openapi({ description: 'Names of the nodes the matched sub-paths pass through' }),
    stats: z.object({ start: z.string(), candidates: z.number().int(), edgeVisits: z.number().int(), elapsedMs: z.number() }),
  })
  .openapi('ExplorerResult')

export const TemplateCategorySchema = z.enum(TEMPLATE_CATEGORIES)

export const TemplateSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    category: TemplateCategorySchema,
    references: list(z.string()),
    needs: list(z.string()),
    text: z.string(),
    query: QueryJsonSchema,
  })
  .openapi('ExplorerTemplate')

export const SavedQuerySchema = z
  .object({
    name: z.string(),
    owner: z.string(),
    description: z.string(),
    query: QueryJsonSchema,
    text: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('SavedQuery')

export const SavedQueryNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\w .:-]+$/, 'letters, digits, spaces and . _ : - only')

export const SaveQueryRequestSchema = z
  .object({
    name: SavedQueryNameSchema,
    description: z.string().max(2_000).default(''),
    query: QueryJsonSchema.optional(),
    text: z.string().min(1).max(MAX_QUERY_TEXT).optional(),
  })
  .refine((body) => (body.query === undefined) !== (body.text === undefined), { message: 'send either `query` (AST JSON) or `text`, not both' })
  .openapi('SaveQueryRequest')

export const UpdateQueryRequestSchema = z
  .object({
    description: z.string().max(2_000).optional(),
    query: QueryJsonSchema.optional(),
    text: z.string().min(1).max(MAX_QUERY_TEXT).optional(),
  })
  .refine((body) => body.query === undefined || body.text === undefined, { message: 'send `query` or `text`, not both' })
  .openapi('UpdateQueryRequest')

export const ShareEncodeRequestSchema = z
  .object({ query: QueryJsonSchema.optional(), text: z.string().min(1).max(MAX_QUERY_TEXT).optional() })
  .refine((body) => (body.query === undefined) !== (body.text === undefined), { message: 'send either `query` (AST JSON) or `text`' })
  .openapi('ShareEncodeRequest')

export const ShareDecodeRequestSchema = z
  .object({ link: z.string().min(1).max(70_000).openapi({ description: 'A share code or any URL carrying it as `q=`' }) })
  .openapi('ShareDecodeRequest')

export const ShareLinkSchema = z
  .object({ code: z.string(), path: z.string().openapi({ example: '/explorer#q=eyJ0eXBlIjoi…' }), query: QueryJsonSchema, text: z.string() })
  .openapi('ShareLink')
