/**
 * @module Configured rules compiled once: kind globs and name patterns become regular expressions, tag
 * keys are normalized, and each rule is indexed by the families and kinds it can match so a node only
 * tests the rules that may apply to it.
 */
import type { GraphView } from '../../graph/graph-view.js'
import { SkyhoundError } from '../../model/errors.js'
import type { CriticalityLevel, SensitivityRule } from './sensitivity-config.js'
import { normalizeKey } from './sensitivity-config.js'

export interface CompiledRule {
  readonly id: string
  readonly infoTypes: readonly string[]
  readonly criticality?: CriticalityLevel
  readonly byTag: boolean
  readonly ignoresClassification: boolean
  /** A sentence for evidence: the conditions that matched. */
  readonly description: string
  /** `tags`: the node's tags as the analysis reads them (labels left in `config` included). */
  matches(graph: GraphView, node: number, tags: Readonly<Record<string, string>>): boolean
}

const escape = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
const globToRegExp = (glob: string): RegExp => new RegExp(`^${glob.split('*').map(escape).join('.*')}$`)

function compileRule(rule: SensitivityRule, position: number): CompiledRule {
  const id = rule.id ?? `rule-${position + 1}`
  let name: RegExp | undefined
  try {
    name = rule.namePattern === undefined ? undefined : new RegExp(rule.namePattern, 'i')
  } catch (error) {
    throw new SkyhoundError('SKY_USAGE', `sensitivity rule ${id}: namePattern ${rule.namePattern} is not a regular expression (${String(error)})`, {
      hint: 'use a JavaScript regular expression, e.g. "(^|-)pii(-|$)"',
    })
  }
  const kinds = rule.kinds?.map(globToRegExp)
  const families = rule.families === undefined ? undefined : new Set<string>(rule.families)
  const tagKey = rule.tag === undefined ? undefined : normalizeKey(rule.tag.key)
  const tagValue = rule.tag?.value?.toLowerCase()
  const conditions = [
    rule.families === undefined ? undefined : `family ${rule.families.join('|')}`,
    rule.kinds === undefined ? undefined : `kind ${rule.kinds.join('|')}`,
    rule.namePattern === undefined ? undefined : `name matches /${rule.namePattern}/i`,
    rule.tag === undefined ? undefined : `tag ${rule.tag.key}${rule.tag.value === undefined ? '' : `=${rule.tag.value}`}`,
  ].filter((c): c is string => c !== undefined)
  return {
    id,
    infoTypes: [...(rule.infoTypes ?? [])],
    ...(rule.criticality === undefined ? {} : { criticality: rule.criticality }),
    byTag: rule.tag !== undefined,
    ignoresClassification: rule.ignoresClassification === true,
    description: conditions.length === 0 ? 'every resource' : conditions.join(', '),
    matches(graph, node, tags) {
      if (families !== undefined && !families.has(graph.nodeFamily(node))) return false
      if (kinds !== undefined) {
        const kind = graph.nodeKind(node)
        if (!kinds.some((k) => k.test(kind))) return false
      }
      if (name !== undefined && !name.test(graph.nodeName(node))) return false
      if (tagKey !== undefined) {
        const found = Object.entries(tags).find(([key]) => normalizeKey(key) === tagKey)
        if (found === undefined || (tagValue !== undefined && found[1].toLowerCase() !== tagValue)) return false
      }
      return true
    },
  }
}

/** Rules by the family they are limited to; rules without a family apply to every node. */
export class RuleSet {
  private readonly byFamily = new Map<string, CompiledRule[]>()
  private readonly general: CompiledRule[] = []

  constructor(rules: readonly SensitivityRule[]) {
    rules.forEach((rule, position) => {
      if (rule.infoTypes === undefined && rule.criticality === undefined) return
      const compiled = compileRule(rule, position)
      if (rule.families === undefined) this.general.push(compiled)
      else for (const family of rule.families) this.byFamily.set(family, [...(this.byFamily.get(family) ?? []), compiled])
    })
  }

  matching(graph: GraphView, node: number, tags: Readonly<Record<string, string>>): CompiledRule[] {
    const family = this.byFamily.get(graph.nodeFamily(node))
    if (family === undefined && this.general.length === 0) return []
    return [...(family ?? []), ...this.general].filter((rule) => rule.matches(graph, node, tags))
  }
}
