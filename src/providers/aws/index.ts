/** @module Input formats read by the aws provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'

export const AWS_FORMATS: readonly FormatAdapter[] = []
