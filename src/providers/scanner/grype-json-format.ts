/** @module Grype JSON (`grype <target> -o json`): matches merged with their related (NVD) records. */
import type { DetectionSample, FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'
import { arr, isObject, num, obj, objects, str, strings } from '../shared/json-values.js'
import type { ArtifactTarget } from './artifact-target.js'
import { cloudVmTarget, fileTarget, imageTarget } from './artifact-target.js'
import { ScanReport } from './artifact-findings.js'
import type { VulnRecord } from './vulnerability.js'
import { isRemoteCodeExecution, normalizeSeverity } from './vulnerability.js'

/** The most useful CVSS entry: newest major version first, NVD preferred at equal version. */
function bestCvss(entries: readonly JsonObject[]): { score?: number; vector?: string } {
  const ranked = entries
    .map((e) => ({ e, version: Number.parseFloat(str(e.version) ?? '0'), nvd: /nvd/i.test(str(e.source) ?? '') }))
    .sort((a, b) => b.version - a.version || Number(b.nvd) - Number(a.nvd))
  const best = ranked[0]?.e
  if (best === undefined) return {}
  const score = num(obj(best.metrics)?.baseScore)
  const vector = str(best.vector)
  return { ...(score === undefined ? {} : { score }), ...(vector === undefined ? {} : { vector }) }
}

export function grypeVuln(match: JsonObject): VulnRecord | undefined {
  const vuln = obj(match.vulnerability)
  const id = str(vuln?.id)
  if (vuln === undefined || id === undefined) return undefined
  const related = objects(match.relatedVulnerabilities)
  let severity = normalizeSeverity(vuln.severity)
  if (severity === 'unknown') severity = related.map((r) => normalizeSeverity(r.severity)).find((s) => s !== 'unknown') ?? 'unknown'
  const { score, vector } = bestCvss([...objects(vuln.cvss), ...related.flatMap((r) => objects(r.cvss))])
  const fix = obj(vuln.fix)
  const versions = strings(fix?.versions)
  const artifact = obj(match.artifact)
  const pkg = str(artifact?.name)
  const installed = str(artifact?.version)
  const text = [str(vuln.description), ...related.map((r) => str(r.description))]
  return {
    id,
    severity,
    rce: isRemoteCodeExecution({ text, ...(vector === undefined ? {} : { vector }) }),
    ...(vector === undefined ? {} : { vector }),
    ...(score === undefined ? {} : { cvss: score }),
    ...(pkg === undefined ? {} : { package: pkg }),
    ...(installed === undefined ? {} : { installed }),
    ...(str(fix?.state) === 'fixed' && versions.length > 0 ? { fixed: versions.join(', ') } : {}),
    ...(arr(vuln.knownExploited).length > 0 ? { knownExploited: true } : {}),
  }
}

function targetOf(source: JsonObject | undefined, path: string): ArtifactTarget {
  const target = source?.target
  if (isObject(target)) {
    const image = str(source?.type) === 'image'
      ? imageTarget(str(target.userInput), strings(target.repoDigests), strings(target.tags))
      : undefined
    if (image !== undefined) return image
    const name = str(target.userInput) ?? str(target.path) ?? path
    return cloudVmTarget(name) ?? fileTarget(name)
  }
  const name = str(target) ?? path
  return cloudVmTarget(name) ?? fileTarget(name)
}

export const isGrypeReport = (value: JsonValue | undefined): boolean =>
  isObject(value) && Array.isArray(value.matches) && (str(obj(value.descriptor)?.name) === 'grype' || obj(value.source) !== undefined)

function detect(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isGrypeReport(sample.json)
  return /^\s*\{\s*"matches"\s*:\s*\[/.test(sample.head) && /"(vulnerability|relatedVulnerabilities|matchDetails)"/.test(sample.head)
}

async function read(ctx: ReadContext): Promise<void> {
  const value = await ctx.file.json()
  if (!isObject(value)) throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: not a Grype report`, { where: `${ctx.file.path}:file`, hint: 'use grype -o json' })
  const report = new ScanReport(ctx.file.path, 'grype-json')
  const findings = report.artifact(targetOf(obj(value.source), ctx.file.path), 'grype')
  findings.vulnScanned = true
  objects(value.matches).forEach((match, index) => {
    const v = grypeVuln(match)
    if (v === undefined) ctx.issue({ location: `matches[${index}]`, kind: 'invalid-record', message: `matches[${index}] has no vulnerability.id`, hint: 'the match is skipped' })
    else findings.addVuln(v)
  })
  ctx.emit(report.fragment())
}

export const grypeJsonFormat: FormatAdapter = {
  id: 'grype-json',
  provider: 'scanner',
  title: 'Grype JSON report',
  detect,
  read,
}
