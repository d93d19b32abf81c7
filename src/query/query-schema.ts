/**
 * @module The zod schema of the query JSON (the share-link format), for callers that validate requests
 * (the HTTP server) and for `validateQuery`. Structure only: names are checked against the vocabulary
 * by `validate-query.ts`, which also gives "did you mean" hints a schema enum cannot.
 */
import { z } from 'zod'
import { DIRECTIONS } from './ast/connection-condition-node.js'
import { GROUP_OPERATORS } from './ast/condition-group-node.js'
import { PROPERTY_OPERATORS } from './ast/values.js'

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()])
const propertyValue = z.union([scalar, z.array(scalar)])

export const sourceSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('entity'), properties: z.strictObject({ source: z.string().min(1) }) }),
  z.strictObject({ type: z.literal('family'), properties: z.strictObject({ source: z.string().min(1) }) }),
])

export const propertyConditionSchema = z.strictObject({
  type: z.literal('property'),
  properties: z.strictObject({
    path: z.array(z.string().min(1)).min(1),
    operator: z.enum(PROPERTY_OPERATORS),
    value: propertyValue.optional(),
  }),
})

export const insightConditionSchema = z.strictObject({
  type: z.literal('insight'),
  properties: z.strictObject({
    id: z.string().min(1),
    params: z.record(z.string(), propertyValue).optional(),
  }),
})

export const recommendationConditionSchema = z.strictObject({
  type: z.literal('recommendation'),
  properties: z.strictObject({
    ruleIds: z.array(z.string().min(1)).optional(),
    severities: z.array(z.string()).optional(),
    status: z.string().optional(),
  }),
})

export const vulnerabilityConditionSchema = z.strictObject({
  type: z.literal('vulnerability'),
  properties: z.strictObject({
    cves: z.array(z.string().min(1)).optional(),
    severities: z.array(z.string()).optional(),
    rce: z.boolean().optional(),
    fixable: z.boolean().optional(),
  }),
})

/** The input shapes, as the schema accepts them (before canonicalisation). */
export type SourceInput = z.infer<typeof sourceSchema>
export type PropertyConditionInput = z.infer<typeof propertyConditionSchema>
export interface ConditionGroupInput {
  readonly type: 'conditiongroup'
  readonly properties: { readonly operator: (typeof GROUP_OPERATORS)[number]; readonly conditions: readonly ConditionInput[] }
}
export interface ConnectionConditionInput {
  readonly type: 'connection'
  readonly properties: {
    readonly name: string | readonly string[]
    readonly direction: (typeof DIRECTIONS)[number]
    readonly minHops?: number | undefined
    readonly maxHops?: number | undefined
    readonly edge?: ConditionInput | undefined
    readonly target: DatasourceInput
  }
}
export type ConditionInput =
  | ConditionGroupInput
  | PropertyConditionInput
  | z.infer<typeof insightConditionSchema>
  | z.infer<typeof recommendationConditionSchema>
  | z.infer<typeof vulnerabilityConditionSchema>
  | ConnectionConditionInput
export interface DatasourceInput {
  readonly type: 'datasource'
  readonly properties: { readonly sources: readonly SourceInput[]; readonly conditions?: ConditionInput | undefined }
}
export interface QueryInput {
  readonly type: 'securitygraphquery'
  readonly version: 1
  readonly properties: { readonly source: DatasourceInput }
}

export const conditionSchema: z.ZodType<ConditionInput> = z.lazy(() =>
  z.discriminatedUnion('type', [
    conditionGroupSchema,
    propertyConditionSchema,
    insightConditionSchema,
    recommendationConditionSchema,
    vulnerabilityConditionSchema,
    connectionConditionSchema,
  ]),
)

export const conditionGroupSchema = z.strictObject({
  type: z.literal('conditiongroup'),
  properties: z.strictObject({
    operator: z.enum(GROUP_OPERATORS),
    conditions: z.array(conditionSchema),
  }),
})

const hops = z.number().int().min(0)

export const datasourceSchema: z.ZodType<DatasourceInput> = z.lazy(() =>
  z.strictObject({
    type: z.literal('datasource'),
    properties: z.strictObject({
      sources: z.array(sourceSchema),
      conditions: conditionSchema.optional(),
    }),
  }),
)

export const connectionConditionSchema = z.strictObject({
  type: z.literal('connection'),
  properties: z.strictObject({
    name: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    direction: z.enum(DIRECTIONS),
    minHops: hops.optional(),
    maxHops: hops.optional(),
    edge: conditionSchema.optional(),
    target: datasourceSchema,
  }),
})

/** The whole query JSON: `{ type: 'securitygraphquery', version: 1, properties: { source } }`. */
export const queryJsonSchema: z.ZodType<QueryInput> = z.strictObject({
  type: z.literal('securitygraphquery'),
  version: z.literal(1),
  properties: z.strictObject({ source: datasourceSchema }),
})
