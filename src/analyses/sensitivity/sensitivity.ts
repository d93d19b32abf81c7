/**
 * @module Sensitive data and resource criticality.
 * - `contains-sensitive-data` (params `infoTypes`, `classification`, `sources`) from classification tags and
 *   labels, info-type tags (`pii=true`, `data-types=pii,pci`), imported classification results, and rules
 *   by kind, family, name pattern or tag; a `public`/`internal` classification silences rules that guess
 *   from names and kinds; blob containers and databases inherit what their account or server holds;
 * - `critical-resource` (params `level`, `sources`) from criticality tags, rules, and the defaults: secret
 *   stores, KMS keys and identities with `has-admin-permissions` are critical. Levels below
 *   `minimumCriticality` (default `high`) give no insight.
 * Configuration: `ScanOptions.sensitivity` (sensitivity-config.ts).
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Evidence, Insight, JsonObject } from '../../model/graph-types.js'
import type { Analysis } from '../analysis.js'
import type { CriticalityLevel, ResolvedSensitivityOptions } from './sensitivity-config.js'
import { CRITICALITY_LEVELS, resolveSensitivityOptions } from './sensitivity-config.js'
import type { CompiledRule } from './sensitivity-rules.js'
import { RuleSet } from './sensitivity-rules.js'
import type { CriticalitySignal, DataSignal, TagReading } from './tag-signals.js'
import { TagReader } from './tag-signals.js'

/** Families whose children (`contains`) hold the parent's data: blob containers, databases of a server. */
const INHERITING_FAMILIES = new Set(['object-storage', 'managed-database'])

interface DataResult {
  readonly infoTypes: readonly string[]
  readonly classification?: string
}

const rank = (level: CriticalityLevel): number => CRITICALITY_LEVELS.indexOf(level)

function fileOf(graph: GraphView, node: number): string {
  return graph.nodeProvenance(node)[0]?.file ?? graph.nodeId(node)
}

function signalEvidence(graph: GraphView, node: number, source: string, what: string): Evidence {
  if (source.startsWith('tag:')) return { source: fileOf(graph, node), detail: `${source.slice(4)} (tag) → ${what}` }
  return { source: fileOf(graph, node), detail: `${source} → ${what}` }
}

const ruleEvidence = (rule: CompiledRule, what: string): Evidence => ({ source: `sensitivity rule ${rule.id}`, detail: `${rule.description} → ${what}` })

interface NodeVerdict {
  readonly data?: { readonly result: DataResult; readonly params: JsonObject; readonly evidence: Evidence[] }
  readonly criticality?: { readonly level: CriticalityLevel; readonly params: JsonObject; readonly evidence: Evidence[] }
  readonly nonSensitive: boolean
}

const NOTHING: TagReading = { data: [], criticality: [] }
const NO_VERDICT: NodeVerdict = { nonSensitive: false }

function adminInsight(graph: GraphView, node: number): Insight | undefined {
  return graph.nodeInsights(node).find((i) => i.id === 'has-admin-permissions')
}

/**
 * The node's tags, plus labels an adapter left in `config` only: Cloud SQL keeps its labels in
 * `settings.userLabels`, which the CAI mapper does not lift into tags.
 */
const LABELS_IN_CONFIG = new Set(['gcp.sql.instance'])

function effectiveTags(graph: GraphView, node: number): Readonly<Record<string, string>> {
  const tags = graph.nodeTags(node)
  if (!LABELS_IN_CONFIG.has(graph.nodeKind(node))) return tags
  const config = graph.nodeProps(node)['config']
  const settings = typeof config === 'object' && config !== null && !Array.isArray(config) ? config['settings'] : undefined
  const labels = typeof settings === 'object' && settings !== null && !Array.isArray(settings) ? settings['userLabels'] : undefined
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels)) return tags
  const extra = Object.entries(labels).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !(entry[0] in tags))
  return extra.length === 0 ? tags : { ...tags, ...Object.fromEntries(extra) }
}

function judge(graph: GraphView, node: number, options: ResolvedSensitivityOptions, rules: RuleSet, reader: TagReader): NodeVerdict {
  const tags = effectiveTags(graph, node)
  const reading = reader.read(tags, graph.nodeProps(node)) ?? NOTHING
  const matched = rules.matching(graph, node, tags)
  const admin = options.builtinDefaults ? adminInsight(graph, node) : undefined
  if (reading === NOTHING && matched.length === 0 && admin === undefined) return NO_VERDICT
  const nonSensitive = reading.nonSensitive !== undefined

  const dataSignals: DataSignal[] = [...reading.data]
  const dataEvidence = reading.data.map((s) => signalEvidence(graph, node, s.source, `holds ${s.infoTypes.join(', ')}`))
  for (const rule of matched) {
    if (rule.infoTypes.length === 0 || (nonSensitive && !rule.byTag && !rule.ignoresClassification)) continue
    dataSignals.push({ infoTypes: rule.infoTypes, source: `rule:${rule.id}` })
    dataEvidence.push(ruleEvidence(rule, `holds ${rule.infoTypes.join(', ')}`))
  }

  const levels: CriticalitySignal[] = [...reading.criticality]
  const levelEvidence = reading.criticality.map((s) => signalEvidence(graph, node, s.source, `criticality ${s.level}`))
  for (const rule of matched) {
    if (rule.criticality === undefined) continue
    levels.push({ level: rule.criticality, source: `rule:${rule.id}` })
    levelEvidence.push(ruleEvidence(rule, `criticality ${rule.criticality}`))
  }
  if (admin !== undefined) {
    const scope = typeof admin.params['scope'] === 'string' ? admin.params['scope'] : 'its scope'
    levels.push({ level: 'critical', source: 'builtin:admin-identity' })
    levelEvidence.push({ source: admin.evidence[0]?.source ?? graph.nodeId(node), detail: `has-admin-permissions on ${scope}: administrator identities are critical by default` })
  }

  let data: NodeVerdict['data']
  if (dataSignals.length > 0) {
    const infoTypes = [...new Set(dataSignals.flatMap((s) => s.infoTypes))].sort()
    const classification = dataSignals.find((s) => s.classification !== undefined)?.classification
    const result: DataResult = { infoTypes, ...(classification === undefined ? {} : { classification }) }
    data = { result, params: { infoTypes: [...result.infoTypes], ...(result.classification === undefined ? {} : { classification: result.classification }), sources: [...new Set(dataSignals.map((s) => s.source))] }, evidence: dataEvidence }
  }
  let criticality: NodeVerdict['criticality']
  if (levels.length > 0) {
    const level = levels.reduce<CriticalityLevel>((best, s) => (rank(s.level) > rank(best) ? s.level : best), 'low')
    if (rank(level) >= rank(options.minimumCriticality)) {
      criticality = { level, params: { level, sources: [...new Set(levels.filter((s) => s.level === level).map((s) => s.source))] }, evidence: levelEvidence }
    }
  }
  return { ...(data === undefined ? {} : { data }), ...(criticality === undefined ? {} : { criticality }), nonSensitive }
}

export const sensitivityAnalysis: Analysis = {
  id: 'sensitivity',
  title: 'Sensitive data and resource criticality',
  dependsOn: ['aws-permissions', 'cloud-permissions'],
  run: (graph, ctx) => {
    const options = resolveSensitivityOptions(ctx.options.sensitivity)
    const rules = new RuleSet(options.rules)
    const reader = new TagReader(options)
    const insights: { node: string; insight: Insight }[] = []
    const sensitive = new Map<number, DataResult>()
    const inheritors: number[] = []
    for (let node = 0; node < graph.nodeCount; node++) {
      const verdict = judge(graph, node, options, rules, reader)
      const id = graph.nodeId(node)
      if (verdict.data !== undefined) {
        sensitive.set(node, verdict.data.result)
        insights.push({ node: id, insight: { id: 'contains-sensitive-data', params: verdict.data.params, evidence: verdict.data.evidence } })
      } else if (!verdict.nonSensitive && INHERITING_FAMILIES.has(graph.nodeFamily(node))) {
        inheritors.push(node)
      }
      if (verdict.criticality !== undefined) {
        insights.push({ node: id, insight: { id: 'critical-resource', params: verdict.criticality.params, evidence: verdict.criticality.evidence } })
      }
    }
    for (const node of inheritors) {
      const family = graph.nodeFamily(node)
      let parent: number | undefined
      graph.forEachEdge(node, 'in', 'contains', (_edge, from) => {
        if (parent === undefined && graph.nodeFamily(from) === family && sensitive.has(from)) parent = from
      })
      if (parent === undefined) continue
      const result = sensitive.get(parent)!
      insights.push({
        node: graph.nodeId(node),
        insight: {
          id: 'contains-sensitive-data',
          params: { infoTypes: [...result.infoTypes], ...(result.classification === undefined ? {} : { classification: result.classification }), sources: ['inherited'], inheritedFrom: graph.nodeId(parent) },
          evidence: [{ source: fileOf(graph, parent), detail: `inside ${graph.nodeName(parent)}, which holds ${result.infoTypes.join(', ')}` }],
        },
      })
    }
    return { insights }
  },
}
