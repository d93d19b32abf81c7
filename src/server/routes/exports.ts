/**
 * @module `GET /exports/findings`: a snapshot's findings as SARIF 2.1.0, OCSF, CSV or JSON, as a download.
 * CSV streams in batches (a 1M-resource snapshot never holds the whole text); the JSON formats are one
 * document each and are built before sending.
 */
import { createRoute, z } from '@hono/zod-openapi'
import type { Finding } from '../../model/finding.js'
import { formatCsv } from '../../report/csv.js'
import type { ExportInput } from '../../report/export-input.js'
import { EXPORT_FORMATS, FORMATTERS } from '../../report/formatters.js'
import type { ExportFormat } from '../../report/formatters.js'
import { requireRole } from '../middleware/authenticate.js'
import { postureSourceOf } from '../posture-index.js'
import { SnapshotQuerySchema, problemResponses } from '../schemas/common.js'
import type { ServerDeps } from '../server-deps.js'
import { SERVER_VERSION } from '../version.js'
import { FindingFilterQuerySchema, findingFilterOf, ofOwners } from './findings.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { jsonChunks } from '../../report/json-document.js'
import { jsonDocument } from '../../report/json.js'
import { ocsfDocument } from '../../report/ocsf.js'
import { sarifDocument } from '../../report/sarif.js'

const CSV_BATCH = 5_000

const download = createRoute({
  tags: ['exports'],
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  method: 'get',
  path: '/findings',
  summary: "Download a snapshot's findings as SARIF, OCSF, CSV or JSON",
  description:
    'Role: viewer. Takes the findings filters; the default is unhealthy and exempted findings (`includePassed=true` adds healthy ones). Same documents as `skyhound export`.',
  request: {
    query: SnapshotQuerySchema.extend(FindingFilterQuerySchema.shape).extend({
      format: z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]).openapi({ description: 'sarif, ocsf, csv or json' }),
      includePassed: z.enum(['true', 'false']).default('false'),
      ocsfClass: z.enum(['compliance', 'detection']).default('compliance'),
    }),
  },
  responses: {
    200: {
      description: 'The export (Content-Disposition: attachment)',
      content: {
        'application/sarif+json': { schema: z.string() },
        'application/json': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

/** Pulls the next chunk only when the client has read the last one, so a slow download holds one batch. */
function textStream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next()
      if (next.done === true) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
  })
}

function csvStream(input: ExportInput): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let offset = 0
  return new ReadableStream({
    pull(controller) {
      if (offset === 0 && input.findings.length === 0) {
        controller.enqueue(encoder.encode(formatCsv(input)))
        controller.close()
        return
      }
      const batch = input.findings.slice(offset, offset + CSV_BATCH)
      const text = formatCsv({ ...input, findings: batch })
      // Every batch repeats the header line; only the first one keeps it.
      controller.enqueue(encoder.encode(offset === 0 ? text : text.slice(text.indexOf('\r\n') + 2)))
      offset += CSV_BATCH
      if (offset >= input.findings.length) controller.close()
    },
  })
}

export function exportRoutes(deps: ServerDeps) {
  const posture = postureSourceOf(deps.store, deps.graphs)
  return newRouter().openapi(download, async (c) => {
    const query = c.req.valid('query')
    const index = await posture.get(query.snapshot)
    const includePassed = query.includePassed === 'true'
    const filter = findingFilterOf(query)
    const statuses = filter.statuses ?? (includePassed ? ['unhealthy', 'healthy', 'exempted'] : ['unhealthy', 'exempted'])
    // index.findings is already ranked by risk, as `skyhound export` orders them.
    const findings: readonly Finding[] = await ofOwners(deps.store, query.owner, index.filtered({ ...filter, statuses }))
    const input: ExportInput = { snapshot: index.snapshot.summary.snapshot, findings, rules: index.rules, toolVersion: SERVER_VERSION }
    const formatter = FORMATTERS[query.format]
    const headers = {
      'Content-Type': `${formatter.mediaType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="skyhound-${index.snapshot.id.replace(/[^\w.-]/g, '_')}.${formatter.extension}"`,
      'X-Skyhound-Findings': String(findings.length),
    }
    if (query.format === 'csv') return c.body(csvStream(input), 200, headers)
    const document =
      query.format === 'sarif'
        ? sarifDocument(input, { includePassed })
        : query.format === 'ocsf'
          ? ocsfDocument(input, { includePassed, class: query.ocsfClass })
          : jsonDocument(input)
    return c.body(textStream(jsonChunks(document)), 200, headers)
  })
}
