/**
 * @module Collects the findings of one report per artifact and turns them into stub nodes: a
 * summary, a capped compact list, secrets without values, and the insights derived from them.
 */
import type { EdgeInput, Evidence, GraphFragment, Insight, JsonObject, NodeInput } from '../../model/graph-types.js'
import { compact } from '../shared/json-values.js'
import type { ArtifactTarget } from './artifact-target.js'
import type { MisconfigRecord, SecretRecord, VulnRecord } from './vulnerability.js'
import { misconfigToJson, secretToJson, SEVERITY_RANK, vulnToJson } from './vulnerability.js'

/** Longest list kept per artifact; the summary counts still cover everything. */
export const LIST_CAP = 500
const EVIDENCE_IDS = 20

export class ArtifactFindings {
  readonly vulns = new Map<string, VulnRecord>()
  readonly secrets: SecretRecord[] = []
  readonly misconfigs: MisconfigRecord[] = []
  vulnScanned = false
  secretScanned = false
  readonly edges: EdgeInput[] = []

  constructor(public target: ArtifactTarget, readonly tool: string) {}

  addVuln(v: VulnRecord): void {
    this.vulnScanned = true
    const key = `${v.id}|${v.package ?? ''}|${v.installed ?? ''}`
    const known = this.vulns.get(key)
    // The same CVE reported twice (e.g. by two SARIF rules) keeps the worse rating.
    if (known === undefined || SEVERITY_RANK[v.severity] > SEVERITY_RANK[known.severity] || (v.rce && !known.rce)) this.vulns.set(key, v)
  }

  addSecret(s: SecretRecord): void {
    this.secretScanned = true
    this.secrets.push(s)
  }
}

function byRisk(a: VulnRecord, b: VulnRecord): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (b.cvss ?? 0) - (a.cvss ?? 0) || a.id.localeCompare(b.id) ||
    (a.package ?? '').localeCompare(b.package ?? '')
}

const unique = (values: readonly string[]): string[] => [...new Set(values)]

function insightsOf(f: ArtifactFindings, sorted: readonly VulnRecord[], source: string): Insight[] {
  const insights: Insight[] = []
  const evidence = (ids: readonly string[], location?: string): Evidence[] => [
    { source, detail: `${f.tool}: ${ids.slice(0, EVIDENCE_IDS).join(', ')}${ids.length > EVIDENCE_IDS ? `, … (${ids.length})` : ''}`, ...(location === undefined ? {} : { location }) },
  ]
  const severe = unique(sorted.filter((v) => v.severity === 'critical' || v.severity === 'high').map((v) => v.id))
  if (severe.length > 0) {
    const count = (s: string): number => sorted.filter((v) => v.severity === s).length
    insights.push({ id: 'has-high-severity-vulnerabilities', params: { critical: count('critical'), high: count('high'), cveIds: severe.slice(0, EVIDENCE_IDS) }, evidence: evidence(severe) })
  }
  const rce = unique(sorted.filter((v) => v.rce).map((v) => v.id))
  if (rce.length > 0) insights.push({ id: 'vulnerable-to-rce', params: { cveIds: rce.slice(0, EVIDENCE_IDS) }, evidence: evidence(rce) })
  if (f.secrets.length > 0) {
    const ruleIds = unique(f.secrets.map((s) => s.ruleId))
    const accessKeyIds = unique(f.secrets.flatMap((s) => s.accessKeyIds ?? []))
    insights.push({
      id: 'has-plaintext-secret',
      params: { kinds: unique(f.secrets.map((s) => s.category)).sort(), ruleIds, count: f.secrets.length, ...(accessKeyIds.length > 0 ? { accessKeyIds } : {}) },
      evidence: evidence(ruleIds, unique(f.secrets.map((s) => s.target)).slice(0, EVIDENCE_IDS).join(', ')),
    })
  }
  return insights
}

function summaryProps(f: ArtifactFindings, sorted: readonly VulnRecord[]): JsonObject {
  const props: JsonObject = {}
  if (f.vulnScanned) {
    const count = (s: string): number => sorted.filter((v) => v.severity === s).length
    props.vulnerabilities = {
      critical: count('critical'),
      high: count('high'),
      medium: count('medium'),
      low: count('low'),
      unknown: count('unknown'),
      total: sorted.length,
      rce: unique(sorted.filter((v) => v.rce).map((v) => v.id)),
      fixable: sorted.filter((v) => v.fixed !== undefined).length,
    }
    props.vulnerabilityList = sorted.slice(0, LIST_CAP).map(vulnToJson)
    props.vulnerabilityListCapped = sorted.length > LIST_CAP
    props.vulnerabilityListTotal = sorted.length
  }
  if (f.secretScanned || f.secrets.length > 0) {
    props.secretsFound = f.secrets.slice(0, LIST_CAP).map(secretToJson)
    if (f.secrets.length > LIST_CAP) props.secretsFoundCapped = true
  }
  if (f.misconfigs.length > 0) {
    props.misconfigurations = { failures: f.misconfigs.length, list: f.misconfigs.slice(0, LIST_CAP).map(misconfigToJson), capped: f.misconfigs.length > LIST_CAP }
  }
  return props
}

/**
 * An artifact's ids with its key first: results of one image may arrive digest-first and add the tag later,
 * and an image node is keyed by its tag id (shared/image-ref.ts explains why).
 */
function preferredIdFirst(ids: readonly string[]): string[] {
  const tag = ids.find((id) => id.startsWith('image://') && !id.includes('@'))
  return tag === undefined ? [...ids] : [tag, ...ids.filter((id) => id !== tag)]
}

/** One report's artifacts; results naming the same image by tag in one place and by digest in another add up. */
export class ScanReport {
  private readonly byId = new Map<string, ArtifactFindings>()
  private readonly artifacts: ArtifactFindings[] = []

  constructor(readonly file: string, readonly format: string) {}

  artifact(target: ArtifactTarget, tool: string): ArtifactFindings {
    const found = target.ids.map((id) => this.byId.get(id)).find((f) => f !== undefined)
    if (found !== undefined) {
      for (const id of target.ids) {
        if (this.byId.has(id)) continue
        found.target = { ...found.target, ids: [...found.target.ids, id], props: { ...target.props, ...found.target.props } }
        this.byId.set(id, found)
      }
      return found
    }
    const created = new ArtifactFindings(target, tool)
    this.artifacts.push(created)
    for (const id of target.ids) this.byId.set(id, created)
    return created
  }

  fragment(): GraphFragment {
    const nodes: NodeInput[] = []
    const edges: EdgeInput[] = []
    for (const f of this.artifacts) {
      const sorted = [...f.vulns.values()].sort(byRisk)
      const props = { ...f.target.props, ...summaryProps(f, sorted), scannedBy: [f.tool] }
      const insights = insightsOf(f, sorted, this.file)
      const [id, ...aliases] = preferredIdFirst(f.target.ids)
      nodes.push({
        id: id!,
        kind: f.target.kind,
        family: f.target.family,
        provider: 'scanner',
        name: f.target.name,
        props: compact(props),
        insights,
        provenance: [{ file: this.file, format: this.format }],
        ...(aliases.length > 0 ? { aliases } : {}),
      })
      edges.push(...f.edges)
    }
    return { nodes, edges }
  }
}
