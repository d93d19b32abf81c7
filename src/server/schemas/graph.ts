/** @module Zod schemas of graph records as the API returns them (ARCHITECTURE.md §2). */
import { z } from '@hono/zod-openapi'
import { EDGE_KIND_IDS, FAMILY_IDS, INSIGHT_ID_LIST, PROVIDER_IDS } from '../../model/vocabulary.js'
import { JsonObjectSchema, list, pageSchema } from './common.js'

export const ProviderSchema = z.enum(PROVIDER_IDS).openapi('Provider')
export const FamilySchema = z.enum(FAMILY_IDS).openapi('Family')
export const EdgeKindSchema = z.enum(EDGE_KIND_IDS).openapi('EdgeKind')
export const InsightIdSchema = z.enum(INSIGHT_ID_LIST).openapi('InsightId')
export const DirectionSchema = z.enum(['out', 'in'])

export const EvidenceSchema = z
  .object({ source: z.string(), detail: z.string().optional(), location: z.string().optional() })
  .openapi('Evidence', { description: 'Where a fact came from: an input and a place in it, or the analysis that derived it' })

export const ProvenanceSchema = z
  .object({ file: z.string(), format: z.string(), location: z.string().optional() })
  .openapi('Provenance')

export const InsightSchema = z
  .object({ id: InsightIdSchema, params: JsonObjectSchema, evidence: list(EvidenceSchema) })
  .openapi('Insight')

const TagsSchema = z.record(z.string(), z.string())

export const NodeSchema = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ example: 'aws.ec2.instance' }),
    family: FamilySchema,
    provider: ProviderSchema,
    scope: z.string().openapi({ description: "Id of the node's account, subscription, project or cluster" }),
    name: z.string(),
    region: z.string().optional(),
    tags: TagsSchema,
    props: JsonObjectSchema,
    insights: list(InsightSchema),
    provenance: list(ProvenanceSchema),
  })
  .openapi('Node')

export const NodeSummarySchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    family: FamilySchema,
    provider: ProviderSchema,
    scope: z.string(),
    scopeName: z.string().nullable().openapi({ description: 'Name of the scope node, when the snapshot has it' }),
    name: z.string(),
    region: z.string().nullable(),
    tags: TagsSchema,
    insights: list(InsightIdSchema),
  })
  .openapi('NodeSummary')

export const NodeRefSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.string(), family: FamilySchema, provider: ProviderSchema })
  .openapi('NodeRef')

export const EdgeItemSchema = z
  .object({
    kind: EdgeKindSchema,
    direction: DirectionSchema,
    node: NodeRefSchema.openapi({ description: 'The node at the other end of the edge' }),
    props: JsonObjectSchema,
    evidence: list(EvidenceSchema),
  })
  .openapi('EdgeItem')

export const EdgePageSchema = pageSchema(EdgeItemSchema).openapi('EdgePage')

export const EdgeCountsSchema = z.object({ total: z.number().int(), byKind: z.record(z.string(), z.number().int()) })
