/** @module Input formats read by the scanner provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'

export const SCANNER_FORMATS: readonly FormatAdapter[] = []
