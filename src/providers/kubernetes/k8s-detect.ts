/** @module Detectors for Kubernetes inputs (formats.md §A7), strict enough not to claim ARG/CAI/ARM files. */
import type { DetectionSample } from '../../formats/format-adapter.js'
import type { JsonValue } from '../../model/graph-types.js'
import { isObject, obj, str } from '../shared/json-values.js'
import { LIST_KIND } from './k8s-read-session.js'

const YAML_EXTENSIONS = new Set(['.yaml', '.yml'])

export function looksLikeK8sObject(value: JsonValue | undefined): boolean {
  if (!isObject(value)) return false
  const kind = str(value.kind)
  const apiVersion = str(value.apiVersion)
  // GCP REST kinds (`compute#instance`) and ARM fields never look like `Pod` with `v1`/`apps/v1`.
  return kind !== undefined && /^[A-Z][A-Za-z0-9]*$/.test(kind) && apiVersion !== undefined &&
    /^([a-z0-9.-]+\/)?v\d+((alpha|beta)\d+)?$/.test(apiVersion) && obj(value.metadata) !== undefined
}

export function isK8sListValue(value: JsonValue | undefined): boolean {
  if (!isObject(value) || !Array.isArray(value.items)) return false
  const kind = str(value.kind)
  if (kind === undefined || !LIST_KIND.test(kind) || str(value.apiVersion) === undefined) return false
  const first = value.items[0]
  if (first === undefined) return true
  // Typed lists (`PodList` from the API) leave kind/apiVersion off their items.
  return kind === 'List' ? looksLikeK8sObject(first) : isObject(first) && obj(first.metadata) !== undefined
}

const isYaml = (sample: DetectionSample): boolean =>
  YAML_EXTENSIONS.has(sample.extension) || (!/^\s*[[{]/.test(sample.head) && /^apiVersion:\s*\S/m.test(sample.head))

/** kubectl `-o json` of a List (keys in kubectl order, or a typed `*List`), or `-o yaml` of one. */
export function detectK8sList(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isK8sListValue(sample.json)
  const head = sample.head
  if (/^\s*\{/.test(head)) {
    if (/^\s*\{\s*"apiVersion"\s*:\s*"v1"\s*,\s*"items"\s*:\s*\[\s*(\]|\{\s*"apiVersion"\s*:)/.test(head)) return true
    const beforeItems = head.slice(0, Math.max(0, head.indexOf('"items"')))
    return /^\s*\{\s*"(kind|apiVersion)"/.test(head) && /"kind"\s*:\s*"[A-Z][A-Za-z0-9]*List"/.test(beforeItems)
  }
  return isYaml(sample) && /^apiVersion:\s*\S/m.test(head) && /^items:/m.test(head)
}

/** Plain manifests: YAML (multi-document), one JSON object, or a JSON array of objects. */
export function detectK8sManifest(sample: DetectionSample): boolean {
  const json = sample.json
  if (json !== undefined) {
    if (Array.isArray(json)) return json.length > 0 && json.every(looksLikeK8sObject)
    return looksLikeK8sObject(json) || isK8sListValue(json)
  }
  const head = sample.head
  if (/^\s*[[{]/.test(head)) {
    return !sample.complete && /^\s*\[?\s*\{\s*"(apiVersion|kind)"\s*:\s*"[^"#]+"\s*,\s*"(kind|apiVersion)"\s*:/.test(head) && /"metadata"\s*:/.test(head)
  }
  if (!isYaml(sample)) return false
  return /^apiVersion:\s*\S/m.test(head) && /^kind:\s*[A-Z][A-Za-z0-9]*\s*$/m.test(head)
}
