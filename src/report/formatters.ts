/** @module FORMATTERS: every export format by id, with a typed options interface per key (STYLE.md §8.4). */
import { formatCsv } from './csv.js'
import type { ExportInput } from './export-input.js'
import { formatJson } from './json.js'
import type { JsonOptions } from './json.js'
import { formatOcsf } from './ocsf.js'
import type { OcsfOptions } from './ocsf.js'
import { formatSarif } from './sarif.js'
import type { SarifOptions } from './sarif.js'

export interface FormatterOptionsMap {
  json: JsonOptions
  csv: Record<string, never>
  sarif: SarifOptions
  ocsf: OcsfOptions
}
export type ExportFormat = keyof FormatterOptionsMap

export interface Formatter<O> {
  readonly title: string
  readonly mediaType: string
  readonly extension: string
  format(input: ExportInput, options: O): string
}

export const FORMATTERS: { readonly [K in ExportFormat]: Formatter<FormatterOptionsMap[K]> } = {
  json: { title: 'Skyhound findings JSON', mediaType: 'application/json', extension: 'json', format: formatJson },
  csv: { title: 'CSV, one row per finding', mediaType: 'text/csv', extension: 'csv', format: (input) => formatCsv(input) },
  sarif: { title: 'SARIF 2.1.0', mediaType: 'application/sarif+json', extension: 'sarif', format: formatSarif },
  ocsf: { title: 'OCSF 1.1.0 Compliance Finding (2003) or Detection Finding (2004)', mediaType: 'application/json', extension: 'ocsf.json', format: formatOcsf },
}

export const EXPORT_FORMATS = Object.keys(FORMATTERS) as ExportFormat[]
export const isExportFormat = (value: unknown): value is ExportFormat => typeof value === 'string' && (EXPORT_FORMATS as string[]).includes(value)
