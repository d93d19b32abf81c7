/** @module `terraform show -json` of a state (every format_version), and raw tfstate v4 files. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { SkyhoundError } from '../../model/errors.js'
import { isObject, obj } from '../shared/json-values.js'
import { detectState } from './tf-detect.js'
import { terraformFragment } from './tf-normalize.js'
import { readTerraformJson } from './tf-read-json.js'
import { resourcesOfModule, resourcesOfRawState } from './tf-state-reader.js'

async function read(ctx: ReadContext): Promise<void> {
  const value = await readTerraformJson(ctx.file)
  if (!isObject(value)) throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: not a Terraform state`, { where: `${ctx.file.path}:file`, hint: 'use terraform show -json, or the terraform.tfstate file' })
  const bad: string[] = []
  const resources = value.version === 4 && Array.isArray(value.resources)
    ? resourcesOfRawState(value, bad)
    : resourcesOfModule(obj(obj(value.values)?.root_module), 'values.root_module', [], bad)
  for (const place of bad) ctx.issue({ location: place, kind: 'invalid-record', message: `${place} has no type or name`, hint: 'the resource is skipped' })
  terraformFragment(resources, ctx, 'terraform-state')
}

export const terraformStateFormat: FormatAdapter = {
  id: 'terraform-state',
  provider: 'terraform',
  title: 'Terraform state (terraform show -json, or raw tfstate v4)',
  detect: detectState,
  read,
}
