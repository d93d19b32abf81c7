/** @module Trivy results (shared by image, legacy and k8s reports) → normalized findings. */
import type { JsonObject } from '../../model/graph-types.js'
import { isObject, num, obj, objects, str, strings } from '../shared/json-values.js'
import type { ArtifactFindings } from './artifact-findings.js'
import type { VulnRecord } from './vulnerability.js'
import { isRemoteCodeExecution, normalizeCwe, normalizeSeverity, secretKeyIds } from './vulnerability.js'

export function trivyVuln(v: JsonObject): VulnRecord | undefined {
  const id = str(v.VulnerabilityID)
  if (id === undefined) return undefined
  const cvss = obj(v.CVSS) ?? {}
  const source = str(v.SeveritySource)
  const entry = obj(source === undefined ? undefined : cvss[source]) ?? obj(cvss.nvd) ?? Object.values(cvss).find(isObject)
  const vector = str(entry?.V3Vector) ?? str(entry?.V40Vector) ?? str(entry?.V2Vector)
  const score = num(entry?.V3Score) ?? num(entry?.V40Score) ?? num(entry?.V2Score)
  const fixed = str(v.FixedVersion)
  const pkg = str(v.PkgName) ?? str(v.PkgID)
  const installed = str(v.InstalledVersion)
  const cwes = strings(v.CweIDs).flatMap((c) => normalizeCwe(c) ?? [])
  return {
    id,
    severity: normalizeSeverity(v.Severity),
    rce: isRemoteCodeExecution({ cwes, text: [str(v.Title), str(v.Description)], ...(vector === undefined ? {} : { vector }) }),
    ...(vector === undefined ? {} : { vector }),
    ...(cwes.length === 0 ? {} : { cwes }),
    ...(score === undefined ? {} : { cvss: score }),
    ...(pkg === undefined ? {} : { package: pkg }),
    ...(installed === undefined ? {} : { installed }),
    ...(fixed === undefined ? {} : { fixed }),
  }
}

/** Adds one Trivy result (vulnerabilities, secrets, failed misconfigurations) to an artifact. */
export function addTrivyResult(findings: ArtifactFindings, result: JsonObject): void {
  const target = str(result.Target) ?? ''
  const cls = str(result.Class)
  if (cls === 'os-pkgs' || cls === 'lang-pkgs' || Array.isArray(result.Vulnerabilities)) findings.vulnScanned = true
  for (const raw of objects(result.Vulnerabilities)) {
    const v = trivyVuln(raw)
    if (v !== undefined) findings.addVuln(v)
  }
  if (cls === 'secret') findings.secretScanned = true
  for (const s of objects(result.Secrets)) {
    // `Match` and `Code` hold the secret itself: they are only searched for AWS access key ids, never kept.
    const line = num(s.StartLine)
    const title = str(s.Title)
    const code = objects(obj(s.Code)?.Lines).map((l) => str(l.Content))
    findings.addSecret({ ruleId: str(s.RuleID) ?? 'unknown', category: str(s.Category) ?? 'unknown', target, severity: normalizeSeverity(s.Severity), ...(title === undefined ? {} : { title }), ...(line === undefined ? {} : { line }), ...secretKeyIds(str(s.Match), ...code) })
  }
  for (const m of objects(result.Misconfigurations)) {
    if ((str(m.Status) ?? 'FAIL') !== 'FAIL') continue
    const line = num(obj(m.CauseMetadata)?.StartLine)
    const title = str(m.Title)
    findings.misconfigs.push({ id: str(m.AVDID) ?? str(m.ID) ?? 'unknown', severity: normalizeSeverity(m.Severity), target, tool: 'trivy', ...(title === undefined ? {} : { title }), ...(line === undefined ? {} : { line }) })
  }
}
