/** @module `terraform show -json` of a state (every format_version), and raw tfstate v4 files. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { obj } from '../shared/json-values.js'
import { detectState } from './tf-detect.js'
import { readTerraformDocument } from './tf-read-json.js'
import { resourcesOfModule, resourcesOfRawState } from './tf-state-reader.js'

const read = (ctx: ReadContext): Promise<void> =>
  readTerraformDocument(ctx, {
    format: 'terraform-state',
    what: 'state',
    hint: 'use terraform show -json, or the terraform.tfstate file',
    skipped: 'type or name',
    resources: (state, bad) =>
      state.version === 4 && Array.isArray(state.resources)
        ? resourcesOfRawState(state, bad)
        : resourcesOfModule(obj(obj(state.values)?.root_module), 'values.root_module', [], bad),
  })

export const terraformStateFormat: FormatAdapter = {
  id: 'terraform-state',
  provider: 'terraform',
  title: 'Terraform state (terraform show -json, or raw tfstate v4)',
  detect: detectState,
  read,
}
