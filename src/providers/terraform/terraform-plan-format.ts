/** @module `terraform show -json <planfile>`: resources as they will be, creates marked `planned`. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { detectPlan } from './tf-detect.js'
import { resourcesOfPlan } from './tf-plan-reader.js'
import { readTerraformDocument } from './tf-read-json.js'

const read = (ctx: ReadContext): Promise<void> =>
  readTerraformDocument(ctx, {
    format: 'terraform-plan',
    what: 'plan',
    hint: 'use terraform show -json <planfile>',
    skipped: 'type, name or change',
    resources: resourcesOfPlan,
  })

export const terraformPlanFormat: FormatAdapter = {
  id: 'terraform-plan',
  provider: 'terraform',
  title: 'Terraform plan (terraform show -json <planfile>)',
  detect: detectPlan,
  read,
}
