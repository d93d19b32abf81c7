/** @module Input formats read by the terraform provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'
import { terraformPlanFormat } from './terraform-plan-format.js'
import { terraformStateFormat } from './terraform-state-format.js'

export { TERRAFORM_KINDS } from './terraform-kinds.js'

export const TERRAFORM_FORMATS: readonly FormatAdapter[] = [terraformPlanFormat, terraformStateFormat]
