/** @module Input formats read by the azure provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'

export const AZURE_FORMATS: readonly FormatAdapter[] = []
