/**
 * @module Trivy JSON: SchemaVersion 2 reports (image, fs, repo, vm), the legacy bare array of
 * results, and `trivy k8s` reports (`Resources[]` or the older `Vulnerabilities[]` wrapping).
 */
import type { DetectionSample, FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'
import { isObject, num, obj, objects, str, strings } from '../shared/json-values.js'
import type { ArtifactTarget } from './artifact-target.js'
import { fileTarget, hostTarget, imageTarget, cloudVmTarget } from './artifact-target.js'
import { ScanReport } from './artifact-findings.js'
import { readTrivyK8s } from './trivy-k8s.js'
import { addTrivyResult } from './trivy-results.js'

function artifactOf(report: JsonObject, path: string): ArtifactTarget {
  const name = str(report.ArtifactName) ?? ''
  const type = str(report.ArtifactType)
  const metadata = obj(report.Metadata) ?? {}
  if (type === 'vm') return /^(ami|ebs):/.test(name) ? fileTarget(name) : hostTarget(name)
  const vm = cloudVmTarget(name)
  if (vm !== undefined) return vm
  if (type === undefined || type === 'container_image' || type === 'container-image') {
    const image = imageTarget(name, strings(metadata.RepoDigests), strings(metadata.RepoTags))
    if (image !== undefined) return image
  }
  return fileTarget(name === '' ? path : name)
}

/** Legacy reports have no artifact name: the first OS result's target names the image. */
function legacyArtifact(results: readonly JsonObject[], path: string): ArtifactTarget {
  for (const r of results) {
    const target = str(r.Target)
    if (target !== undefined && /\(.+\)\s*$/.test(target)) {
      const image = imageTarget(target)
      if (image !== undefined) return image
    }
  }
  return fileTarget(str(results[0]?.Target) ?? path)
}

export function isTrivyReport(value: JsonValue | undefined): boolean {
  if (Array.isArray(value)) {
    const first = value[0]
    return isObject(first) && str(first.Target) !== undefined && ('Vulnerabilities' in first || 'Type' in first || 'Class' in first)
  }
  if (!isObject(value)) return false
  if (num(value.SchemaVersion) !== undefined && (Array.isArray(value.Results) || str(value.ArtifactName) !== undefined)) return true
  return str(value.ClusterName) !== undefined && (Array.isArray(value.Resources) || Array.isArray(value.Vulnerabilities) || Array.isArray(value.Misconfigurations))
}

function detect(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isTrivyReport(sample.json)
  return /^\s*\{\s*"(SchemaVersion"\s*:\s*\d|ClusterName"\s*:)/.test(sample.head) ||
    /^\s*\[\s*\{\s*"Target"\s*:/.test(sample.head)
}

async function read(ctx: ReadContext): Promise<void> {
  const value = await ctx.file.json()
  const report = new ScanReport(ctx.file.path, 'trivy-json')
  if (Array.isArray(value)) {
    const results = value.filter(isObject)
    const findings = report.artifact(legacyArtifact(results, ctx.file.path), 'trivy')
    results.forEach((r) => addTrivyResult(findings, r))
  } else if (isObject(value) && str(value.ClusterName) !== undefined && !Array.isArray(value.Results)) {
    readTrivyK8s(value, report, ctx)
  } else if (isObject(value)) {
    const findings = report.artifact(artifactOf(value, ctx.file.path), 'trivy')
    objects(value.Results).forEach((r) => addTrivyResult(findings, r))
  } else {
    throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: not a Trivy report`, { where: `${ctx.file.path}:file`, hint: 'use trivy --format json' })
  }
  ctx.emit(report.fragment())
}

export const trivyJsonFormat: FormatAdapter = {
  id: 'trivy-json',
  provider: 'scanner',
  title: 'Trivy JSON report (image, fs, repo, vm, k8s; SchemaVersion 2 and legacy)',
  detect,
  read,
}
