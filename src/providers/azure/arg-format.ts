/** @module The `azure-resource-graph` format: Resource Graph rows of any table into graph fragments. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { detectResourceGraph } from './arg-detect.js'
import { resourceGraphRows } from './arg-rows.js'
import { looksDepthTruncated, toArmRow } from './arm-row.js'
import { mapRow } from './map-row.js'
import { RoleJoin } from './role-join.js'
import { RowSink } from './row-sink.js'

const ROW_HINT = 'export full rows (include `id`, `type` and `properties`), or fix this row and scan again'

async function readResourceGraph(ctx: ReadContext): Promise<void> {
  const join = new RoleJoin()
  const out = new RowSink(join)
  let truncatedRows = 0
  let firstTruncated = ''
  try {
    for await (const { location, value } of resourceGraphRows(ctx.file)) {
      const row = toArmRow(value)
      if (typeof row === 'string') {
        ctx.issue({ location, kind: 'invalid-record', message: row, hint: ROW_HINT })
        continue
      }
      out.record(ctx, `${location} (${row.type} ${row.name})`, ROW_HINT, () => mapRow(row, out))
      if (looksDepthTruncated(row)) {
        truncatedRows++
        firstTruncated ||= location
      }
    }
  } finally {
    // Runs on truncation too: assignments read before the damage keep their principal edges.
    ctx.emit(join.flush())
    if (truncatedRows > 0) {
      ctx.issue({
        location: firstTruncated,
        kind: 'invalid-record',
        message: `${truncatedRows} row(s) hold "System.Collections.Hashtable"-style strings instead of nested properties`,
        hint: 'PowerShell ConvertTo-Json cut the rows at its default -Depth 2: export again with `ConvertTo-Json -Depth 100`',
      })
    }
  }
}

export const resourceGraphFormat: FormatAdapter = {
  id: 'azure-resource-graph',
  provider: 'azure',
  title: 'Azure Resource Graph output (az graph query, REST, Search-AzGraph): resources, resourcecontainers, authorizationresources',
  detect: detectResourceGraph,
  read: readResourceGraph,
}
