/**
 * @module Trivy Operator reports read from the cluster (`kubectl get vulnerabilityreports -A -o json`,
 * also exposedsecretreports and configauditreports, as a List, one object, or YAML). Findings go on
 * the image the report names; the workload in the `trivy-operator.resource.*` labels gets an
 * `is-running` edge to it (config audits go on the workload). Cluster: ScanOptions.clusterId, else `default`.
 */
import { parseAllDocuments } from 'yaml'
import type { DetectionSample, FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { k8sNodeId } from '../ids.js'
import { clusterFromId } from '../shared/cluster-identity.js'
import { isObject, num, obj, objects, str, stringMap } from '../shared/json-values.js'
import { KUBERNETES_KINDS } from '../kubernetes/kubernetes-kinds.js'
import type { ArtifactTarget } from './artifact-target.js'
import { imageTarget } from './artifact-target.js'
import { ScanReport } from './artifact-findings.js'
import { isRemoteCodeExecution, normalizeSeverity, secretKeyIds } from './vulnerability.js'

const REPORT_KINDS = new Set(['VulnerabilityReport', 'ExposedSecretReport', 'ConfigAuditReport'])
const isReport = (value: JsonValue | undefined): boolean =>
  isObject(value) && REPORT_KINDS.has(str(value.kind) ?? '') && (str(value.apiVersion) ?? '').startsWith('aquasecurity.github.io/')

export function isTrivyOperatorValue(value: JsonValue | undefined): boolean {
  if (isReport(value)) return true
  if (!isObject(value) || !Array.isArray(value.items) || !/List$/.test(str(value.kind) ?? '')) return false
  return value.items.length > 0 && isReport(value.items[0])
}

function detect(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isTrivyOperatorValue(sample.json)
  return /apiVersion"?\s*:\s*"?aquasecurity\.github\.io\//.test(sample.head.slice(0, 8192)) &&
    /kind"?\s*:\s*"?(VulnerabilityReport|ExposedSecretReport|ConfigAuditReport)\b/.test(sample.head.slice(0, 8192))
}

function imageOf(report: JsonObject): ArtifactTarget | undefined {
  const artifact = obj(report.artifact) ?? {}
  const repository = str(artifact.repository)
  if (repository === undefined) return undefined
  const server = str(obj(report.registry)?.server)
  const base = server === undefined ? repository : `${server}/${repository}`
  const digest = str(artifact.digest)
  const tag = str(artifact.tag)
  return imageTarget(tag === undefined ? (digest === undefined ? base : `${base}@${digest}`) : `${base}:${tag}`, digest === undefined ? [] : [`${base}@${digest}`])
}

function workloadOf(cluster: string, labels: Record<string, string>, fallbackNamespace: string | undefined): ArtifactTarget | undefined {
  const kind = labels['trivy-operator.resource.kind']
  const name = labels['trivy-operator.resource.name']
  if (kind === undefined || name === undefined) return undefined
  const namespace = labels['trivy-operator.resource.namespace'] ?? fallbackNamespace
  const info = (KUBERNETES_KINDS as Record<string, { family: ArtifactTarget['family'] } | undefined>)[`k8s.${kind.toLowerCase()}`]
  return {
    ids: [k8sNodeId(cluster, namespace, kind, name)],
    kind: info === undefined ? `k8s.unmapped.${kind.toLowerCase()}` : `k8s.${kind.toLowerCase()}`,
    family: info?.family ?? 'other',
    name: namespace === undefined ? name : `${namespace}/${name}`,
    props: {},
  }
}

function readReport(item: JsonObject, location: string, scan: ScanReport, ctx: ReadContext, cluster: string): void {
  const metadata = obj(item.metadata) ?? {}
  const report = obj(item.report) ?? {}
  const labels = stringMap(metadata.labels)
  const workload = workloadOf(cluster, labels, str(metadata.namespace))
  const kind = str(item.kind)
  const target = kind === 'ConfigAuditReport' ? workload : imageOf(report) ?? workload
  if (target === undefined) {
    ctx.issue({ location, kind: 'invalid-record', message: `${location}: the ${kind ?? 'report'} names neither an image nor a workload`, hint: 'the report is skipped' })
    return
  }
  const findings = scan.artifact(target, 'trivy-operator')
  if (workload !== undefined && target !== workload) {
    scan.artifact(workload, 'trivy-operator').edges.push({
      from: workload.ids[0]!, to: target.ids[0]!, kind: 'is-running',
      props: { via: 'trivy-operator', container: labels['trivy-operator.container.name'] ?? null },
      evidence: [{ source: ctx.file.path, location }],
    })
  }
  if (kind === 'VulnerabilityReport') findings.vulnScanned = true
  for (const v of objects(report.vulnerabilities)) {
    const id = str(v.vulnerabilityID)
    if (id === undefined) continue
    const score = num(v.score)
    const fixed = str(v.fixedVersion)
    const pkg = str(v.resource)
    const installed = str(v.installedVersion)
    findings.addVuln({
      id,
      severity: normalizeSeverity(v.severity),
      rce: isRemoteCodeExecution({ text: [str(v.title), str(v.description)] }),
      ...(score === undefined ? {} : { cvss: score }),
      ...(pkg === undefined ? {} : { package: pkg }),
      ...(installed === undefined ? {} : { installed }),
      ...(fixed === undefined ? {} : { fixed }),
    })
  }
  if (kind === 'ExposedSecretReport') findings.secretScanned = true
  for (const s of objects(report.secrets)) {
    // `match` holds the secret itself: it is only searched for AWS access key ids, never kept.
    const title = str(s.title)
    findings.addSecret({ ruleId: str(s.ruleID) ?? 'unknown', category: str(s.category) ?? 'unknown', target: str(s.target) ?? '', severity: normalizeSeverity(s.severity), ...(title === undefined ? {} : { title }), ...secretKeyIds(str(s.match)) })
  }
  for (const check of objects(report.checks)) {
    if (check.success === true) continue
    const title = str(check.title)
    findings.misconfigs.push({ id: str(check.checkID) ?? 'unknown', severity: normalizeSeverity(check.severity), tool: 'trivy-operator', ...(title === undefined ? {} : { title }) })
  }
}

async function read(ctx: ReadContext): Promise<void> {
  const { text } = await ctx.file.head(4096)
  const values: JsonValue[] = /^\s*[[{]/.test(text)
    ? [await ctx.file.json()]
    : parseAllDocuments(await ctx.file.text()).map((doc) => doc.toJS() as JsonValue)
  const cluster = clusterFromId(ctx.options.clusterId ?? 'default').name
  const scan = new ScanReport(ctx.file.path, 'trivy-operator')
  values.forEach((value, d) => {
    const items = isObject(value) && Array.isArray(value.items) ? value.items : [value]
    items.forEach((item, i) => {
      const location = `${values.length > 1 ? `document ${d + 1} ` : ''}${isObject(value) && Array.isArray(value.items) ? `items[${i}]` : 'object'}`
      if (isObject(item) && isReport(item)) readReport(item, location, scan, ctx, cluster)
      else ctx.issue({ location, kind: 'invalid-record', message: `${location} is not a Trivy Operator report`, hint: 'the item is skipped' })
    })
  })
  ctx.emit(scan.fragment())
}

export const trivyOperatorFormat: FormatAdapter = {
  id: 'trivy-operator',
  provider: 'scanner',
  title: 'Trivy Operator reports (VulnerabilityReport, ExposedSecretReport, ConfigAuditReport)',
  detect,
  read,
}
