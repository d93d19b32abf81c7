/**
 * A structural validator of SARIF 2.1.0 (OASIS Standard, sarif-schema-2.1.0.json) in zod, mirroring the
 * parts Skyhound writes: the required properties, enums and value ranges of sarifLog, run, tool,
 * toolComponent, reportingDescriptor, result, message, location, logicalLocation, suppression and
 * invocation, with `additionalProperties: false` where the schema has it. The official schema is not
 * vendored: it could not be fetched into this repository.
 */
import { z } from 'zod'

const propertyBag = z.looseObject({ tags: z.array(z.string()).optional() })
const message = z.strictObject({ text: z.string().optional(), markdown: z.string().optional(), id: z.string().optional(), arguments: z.array(z.string()).optional(), properties: propertyBag.optional() })
  .refine((m) => m.text !== undefined || m.id !== undefined, 'a message has text or id')
const multiformat = z.strictObject({ text: z.string(), markdown: z.string().optional(), properties: propertyBag.optional() })
const level = z.enum(['none', 'note', 'warning', 'error'])

const reportingConfiguration = z.strictObject({
  enabled: z.boolean().optional(),
  level: level.optional(),
  rank: z.number().min(-1).max(100).optional(),
  parameters: propertyBag.optional(),
  properties: propertyBag.optional(),
})

const reportingDescriptor = z.strictObject({
  id: z.string(),
  deprecatedIds: z.array(z.string()).optional(),
  guid: z.string().optional(),
  name: z.string().optional(),
  shortDescription: multiformat.optional(),
  fullDescription: multiformat.optional(),
  messageStrings: z.record(z.string(), multiformat).optional(),
  defaultConfiguration: reportingConfiguration.optional(),
  helpUri: z.url().optional(),
  help: multiformat.optional(),
  properties: propertyBag.optional(),
})

const toolComponent = z.strictObject({
  name: z.string(),
  guid: z.string().optional(),
  fullName: z.string().optional(),
  version: z.string().optional(),
  semanticVersion: z.string().optional(),
  informationUri: z.url().optional(),
  organization: z.string().optional(),
  rules: z.array(reportingDescriptor).optional(),
  properties: propertyBag.optional(),
})

const logicalLocation = z.strictObject({
  name: z.string().optional(),
  index: z.int().min(-1).optional(),
  fullyQualifiedName: z.string().optional(),
  decoratedName: z.string().optional(),
  parentIndex: z.int().min(-1).optional(),
  kind: z.string().optional(),
  properties: propertyBag.optional(),
})

const location = z.strictObject({
  id: z.int().min(-1).optional(),
  physicalLocation: z.looseObject({}).optional(),
  logicalLocations: z.array(logicalLocation).optional(),
  message: message.optional(),
  properties: propertyBag.optional(),
})

const suppression = z.strictObject({
  guid: z.string().optional(),
  kind: z.enum(['inSource', 'external']),
  status: z.enum(['accepted', 'underReview', 'rejected']).optional(),
  justification: z.string().optional(),
  location: location.optional(),
  properties: propertyBag.optional(),
})

const result = z.strictObject({
  ruleId: z.string().optional(),
  ruleIndex: z.int().min(-1).optional(),
  kind: z.enum(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']).optional(),
  level: level.optional(),
  message,
  locations: z.array(location).optional(),
  partialFingerprints: z.record(z.string(), z.string()).optional(),
  fingerprints: z.record(z.string(), z.string()).optional(),
  suppressions: z.array(suppression).optional(),
  rank: z.number().min(-1).max(100).optional(),
  properties: propertyBag.optional(),
})

const invocation = z.strictObject({
  executionSuccessful: z.boolean(),
  startTimeUtc: z.iso.datetime().optional(),
  endTimeUtc: z.iso.datetime().optional(),
  properties: propertyBag.optional(),
})

const run = z.strictObject({
  tool: z.strictObject({ driver: toolComponent, extensions: z.array(toolComponent).optional(), properties: propertyBag.optional() }),
  automationDetails: z.strictObject({ id: z.string().optional(), guid: z.string().optional(), description: message.optional(), properties: propertyBag.optional() }).optional(),
  invocations: z.array(invocation).optional(),
  results: z.array(result).optional(),
  properties: propertyBag.optional(),
})

export const sarifLog = z
  .strictObject({
    $schema: z.url().optional(),
    version: z.literal('2.1.0'),
    runs: z.array(run).nullable(),
    properties: propertyBag.optional(),
  })
  .superRefine((log, ctx) => {
    // A result's ruleIndex must point at its ruleId in the driver's rules (SARIF §3.27.6).
    for (const [r, run] of (log.runs ?? []).entries()) {
      const rules = run.tool.driver.rules ?? []
      for (const [i, res] of (run.results ?? []).entries()) {
        if (res.ruleIndex !== undefined && res.ruleIndex >= 0 && rules[res.ruleIndex]?.id !== res.ruleId) {
          ctx.addIssue({ code: 'custom', path: ['runs', r, 'results', i, 'ruleIndex'], message: 'ruleIndex does not point at ruleId' })
        }
      }
    }
  })
