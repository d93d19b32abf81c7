/** @module Input formats read by the scanner provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'
import { grypeJsonFormat } from './grype-json-format.js'
import { sarifFormat } from './sarif-format.js'
import { trivyJsonFormat } from './trivy-json-format.js'
import { trivyOperatorFormat } from './trivy-operator-format.js'

export { SCANNER_KINDS } from './scanner-kinds.js'

export const SCANNER_FORMATS: readonly FormatAdapter[] = [trivyJsonFormat, trivyOperatorFormat, grypeJsonFormat, sarifFormat]
