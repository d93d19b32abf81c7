/** @module Input formats read by the gcp provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'

export const GCP_FORMATS: readonly FormatAdapter[] = []
