/** @module Input formats read by the terraform provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'

export const TERRAFORM_FORMATS: readonly FormatAdapter[] = []
