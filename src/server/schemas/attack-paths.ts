/** @module Zod schemas of the attack path routes: list items, detail with its graph, choke points, what-if, diff. */
import { z } from '@hono/zod-openapi'
import { RISK_CATEGORIES } from '../../model/attack-path.js'
import { SEVERITIES } from '../../model/vocabulary.js'
import { EdgeKindSchema, EvidenceSchema, FamilySchema, InsightSchema, ProviderSchema } from './graph.js'
import { JsonObjectSchema, list } from './common.js'

export const RiskSchema = z.enum(SEVERITIES).openapi('Risk', { description: 'low < medium < high < critical' })
export const RiskCategorySchema = z.enum(RISK_CATEGORIES).openapi('RiskCategory')

export const PathNodeSchema = z
  .object({ id: z.string(), kind: z.string(), family: FamilySchema, provider: ProviderSchema, name: z.string() })
  .openapi('PathNode')

export const MitreSchema = z
  .object({ tactic: z.string().openapi({ example: 'TA0001 Initial Access' }), technique: z.string().openapi({ example: 'T1190 Exploit Public-Facing Application' }) })
  .openapi('Mitre')

export const PathSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'ap-75ef1e9fa9cca2ba' }),
    title: z.string(),
    risk: RiskSchema,
    categories: list(RiskCategorySchema),
    entry: PathNodeSchema,
    target: PathNodeSchema,
    providers: list(ProviderSchema),
    count: z.number().int().openapi({ description: 'Paths in the (entry, target) group this best path stands for' }),
    length: z.number().int().openapi({ description: 'Steps of the best path' }),
    riskScore: z.number(),
    potentialImpact: z.string(),
    crossesCloud: z.boolean(),
    tactics: list(z.string()).openapi({ description: 'MITRE tactics of the steps, in order, without repeats' }),
  })
  .openapi('AttackPathSummary')

export const PathGroupSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    count: z.number().int(),
    byRisk: z.record(z.string(), z.number().int()),
  })
  .openapi('AttackPathGroup')

export const PathFacetsSchema = z
  .object({
    risk: z.record(z.string(), z.number().int()),
    category: z.record(z.string(), z.number().int()),
    provider: z.record(z.string(), z.number().int()),
    entryKind: z.record(z.string(), z.number().int()),
    targetKind: z.record(z.string(), z.number().int()),
  })
  .openapi('AttackPathFacets', { description: 'Counts over every path of the snapshot (before filters), for the filter menus' })

export const RecommendationSchema = z
  .object({
    findingId: z.string(),
    ruleId: z.string(),
    title: z.string(),
    severity: RiskSchema,
    nodeId: z.string(),
    nodeName: z.string(),
    message: z.string(),
    breaksPath: z.boolean().openapi({ description: 'Its fix removes a move of this path (otherwise it only reduces risk)' }),
  })
  .openapi('PathRecommendation')

export const RecommendationsSchema = z.object({
  breaks: list(RecommendationSchema).openapi({ description: 'Fixes that break the path' }),
  additional: list(RecommendationSchema).openapi({ description: 'Fixes that reduce its risk without breaking it' }),
})

export const PathStepSchema = z
  .object({
    index: z.number().int(),
    from: PathNodeSchema,
    edge: EdgeKindSchema,
    to: PathNodeSchema,
    attackEdge: z.string().openapi({ example: 'EXPLOIT_EXPOSED_WORKLOAD' }),
    mitre: MitreSchema,
    evidence: list(EvidenceSchema),
  })
  .openapi('AttackStep')

export const GraphNodeRoleSchema = z.enum(['internet', 'entry', 'step', 'target', 'related'])

export const PathGraphSchema = z
  .object({
    nodes: list(
      PathNodeSchema.extend({
        role: GraphNodeRoleSchema.openapi({ description: '`related`: not on the path, but a finding there affects it (a security group, say)' }),
        recommendations: z.number().int(),
      }),
    ),
    edges: list(
      z.object({
        id: z.string(),
        source: z.string(),
        target: z.string(),
        kind: z.string().openapi({ description: 'Security-graph edge kind, or `guards` for a related node' }),
        attackEdge: z.string().nullable(),
        step: z.number().int().nullable(),
        mitre: MitreSchema.nullable(),
      }),
    ),
  })
  .openapi('AttackPathGraph', { description: 'Nodes and edges for a graph view (Cytoscape elements)' })

export const PathNodeDetailSchema = PathNodeSchema.extend({
  insights: list(InsightSchema),
  reachedBy: list(z.object({ step: z.number().int(), attackEdge: z.string(), mitre: MitreSchema, evidence: list(EvidenceSchema) })).openapi({
    description: 'The steps that reach this node, with their evidence (exposure route, permissions)',
  }),
  recommendations: RecommendationsSchema,
}).openapi('AttackPathNodeDetail')

export const PathDetailSchema = PathSummarySchema.extend({
  steps: list(PathStepSchema),
  details: JsonObjectSchema.openapi({ description: 'Risk factors, exploitability, impact, target reasons (docs/attack-paths.md)' }),
  graph: PathGraphSchema,
  nodes: list(PathNodeDetailSchema),
  recommendations: RecommendationsSchema,
}).openapi('AttackPathDetail')

export const ChokePointSchema = z
  .object({
    kind: z.enum(['node', 'edge']),
    id: z.string(),
    name: z.string(),
    attackEdge: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    onPaths: z.number().int(),
    breaks: z.number().int().openapi({ description: 'Paths that disappear when it is removed (a what-if)' }),
    brokenPathIds: list(z.string()),
  })
  .openapi('ChokePoint')

export const RecommendationImpactSchema = z
  .object({
    findingId: z.string(),
    ruleId: z.string(),
    title: z.string(),
    nodeId: z.string(),
    nodeName: z.string(),
    breaks: z.number().int(),
    reduces: z.number().int(),
  })
  .openapi('RecommendationImpact')

const MAX_CHANGES = 500

export const WhatIfRequestSchema = z
  .object({
    removeNodes: z.array(z.string().min(1).max(2048)).max(MAX_CHANGES).default([]),
    removeEdges: z
      .array(z.object({ from: z.string().min(1).max(2048), to: z.string().min(1).max(2048), kind: EdgeKindSchema.optional() }))
      .max(MAX_CHANGES)
      .default([]),
    applyFixes: z.array(z.string().min(1).max(4096)).max(MAX_CHANGES).default([]).openapi({ description: 'Finding ids, or rule ids (every finding of the rule)' }),
  })
  .refine((change) => change.removeNodes.length + change.removeEdges.length + change.applyFixes.length > 0, {
    message: 'name at least one change: removeNodes, removeEdges or applyFixes',
  })
  .openapi('WhatIfRequest')

export const PathChangeSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    before: z.object({ risk: z.string(), count: z.number().int(), title: z.string() }),
    after: z.object({ risk: z.string(), count: z.number().int(), title: z.string() }),
  })
  .openapi('AttackPathChange')
