/** @module Input formats read by the kubernetes provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'

export const KUBERNETES_FORMATS: readonly FormatAdapter[] = []
