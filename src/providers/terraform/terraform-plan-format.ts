/** @module `terraform show -json <planfile>`: resources as they will be, creates marked `planned`. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { SkyhoundError } from '../../model/errors.js'
import { isObject } from '../shared/json-values.js'
import { detectPlan } from './tf-detect.js'
import { terraformFragment } from './tf-normalize.js'
import { resourcesOfPlan } from './tf-plan-reader.js'
import { readTerraformJson } from './tf-read-json.js'

async function read(ctx: ReadContext): Promise<void> {
  const value = await readTerraformJson(ctx.file)
  if (!isObject(value)) throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: not a Terraform plan`, { where: `${ctx.file.path}:file`, hint: 'use terraform show -json <planfile>' })
  const bad: string[] = []
  const resources = resourcesOfPlan(value, bad)
  for (const place of bad) ctx.issue({ location: place, kind: 'invalid-record', message: `${place} has no type, name or change`, hint: 'the resource is skipped' })
  terraformFragment(resources, ctx, 'terraform-plan')
}

export const terraformPlanFormat: FormatAdapter = {
  id: 'terraform-plan',
  provider: 'terraform',
  title: 'Terraform plan (terraform show -json <planfile>)',
  detect: detectPlan,
  read,
}
