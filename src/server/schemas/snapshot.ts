/** @module Zod schemas of snapshots: the list items and the summary (model/snapshot.ts). */
import { z } from '@hono/zod-openapi'
import { ISSUE_KINDS } from '../../model/issue.js'
import type { IssueKind } from '../../model/issue.js'
import { SEVERITIES } from '../../model/vocabulary.js'
import { list } from './common.js'

const Counts = z.record(z.string(), z.number().int())
const SeverityCounts = z.partialRecord(z.enum(SEVERITIES), z.number().int())

export const ScanIssueSchema = z
  .object({
    file: z.string(),
    location: z.string(),
    kind: z.enum(Object.keys(ISSUE_KINDS) as IssueKind[]),
    message: z.string(),
    hint: z.string().optional(),
  })
  .openapi('ScanIssue')

export const SnapshotSummarySchema = z
  .object({
    snapshot: z.object({
      id: z.string(),
      createdAt: z.string(),
      inputs: list(z.object({ path: z.string(), format: z.string(), bytes: z.number(), resources: z.number().int() })),
    }),
    resources: z.object({ total: z.number().int(), byProvider: Counts, byFamily: Counts, byKind: Counts }),
    edges: z.object({ total: z.number().int(), byKind: Counts, dangling: z.number().int() }),
    issues: list(ScanIssueSchema),
    findings: z.object({ total: z.number().int(), bySeverity: SeverityCounts }),
    attackPaths: z.object({ total: z.number().int(), byRisk: SeverityCounts }),
    secureScore: z.object({ current: z.number(), max: z.number(), percentage: z.number() }).nullable(),
  })
  .openapi('SnapshotSummary')

export const SnapshotListItemSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    resources: z.number().int(),
    findings: z.number().int(),
    attackPaths: z.number().int(),
    issues: z.number().int(),
  })
  .openapi('SnapshotListItem')
