/** @module Detectors for `terraform show -json` state and plan, and raw tfstate v4 (formats.md §A7). */
import type { DetectionSample } from '../../formats/format-adapter.js'
import type { JsonValue } from '../../model/graph-types.js'
import { isObject, str } from '../shared/json-values.js'

const PLAN_KEYS = ['planned_values', 'resource_changes', 'prior_state', 'resource_drift'] as const

/** PowerShell `>` writes UTF-16: the sample then holds NULs and a mangled BOM. */
export const readableHead = (head: string): string => head.split(String.fromCharCode(0)).join('').replace(/^[\uFFFD\uFEFF]+/, '')

export function isPlanValue(value: JsonValue | undefined): boolean {
  return isObject(value) && str(value.format_version) !== undefined && PLAN_KEYS.some((k) => k in value)
}

export function isStateValue(value: JsonValue | undefined): boolean {
  if (!isObject(value)) return false
  if (value.version === 4 && str(value.lineage) !== undefined && Array.isArray(value.resources)) return true
  return str(value.format_version) !== undefined && !PLAN_KEYS.some((k) => k in value) &&
    (isObject(value.values) || str(value.terraform_version) !== undefined)
}

export function detectPlan(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isPlanValue(sample.json)
  const head = readableHead(sample.head)
  return /^\s*\{\s*"format_version"\s*:/.test(head) && /"(planned_values|resource_changes|prior_state)"\s*:/.test(head)
}

export function detectState(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isStateValue(sample.json)
  const head = readableHead(sample.head)
  if (/^\s*\{\s*"version"\s*:\s*4\s*,/.test(head) && /"lineage"\s*:/.test(head)) return true
  return /^\s*\{\s*"format_version"\s*:/.test(head) && !/"(planned_values|resource_changes|prior_state)"\s*:/.test(head) && /"(values|terraform_version)"\s*:/.test(head)
}
