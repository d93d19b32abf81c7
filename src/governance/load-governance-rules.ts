/**
 * @module Reads a governance rules file (YAML, or JSON, which YAML parses too) into validated rules. Every
 * error is a SkyhoundError naming the file, the field path (`rules[1].timeframe`) and its line and column,
 * so a bad file is refused before anything is stored.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import { z } from 'zod'
import { SkyhoundError } from '../model/errors.js'
import { nodePosition } from '../rules/custom/source-position.js'
import { governanceRuleSchema, scopeKey } from './governance-rule.js'
import type { GovernanceRule } from './governance-rule.js'

const HINT = 'see docs/governance.md (rule file reference)'

/** A rule and where it came from, for errors about the set it joins. */
export interface LoadedRule {
  readonly rule: GovernanceRule
  readonly source: string
  /** Field path prefix of the rule in its file (`rules[0]`), or `stored` for rules already in the store. */
  readonly at: string
}

type PathItem = string | number

function pathText(path: readonly PathItem[]): string {
  return path.reduce<string>((text, item) => (typeof item === 'number' ? `${text}[${item}]` : text === '' ? item : `${text}.${item}`), '')
}

function fail(file: string, doc: Document | undefined, lines: LineCounter | undefined, path: readonly PathItem[], message: string, hint = HINT): never {
  let where = file
  if (doc !== undefined && lines !== undefined) {
    // The nearest node that exists (a missing key points at its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as { range?: readonly number[] } | null | undefined
      if (node?.range !== undefined) {
        const pos = nodePosition(lines, node.range)
        where = `${file}:${pos.line}:${pos.column}`
        break
      }
    }
  }
  const field = pathText(path)
  throw new SkyhoundError('SKY_INPUT_INVALID', `${where}: ${field === '' ? '' : `${field}: `}${message}`, { where: file, hint })
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new SkyhoundError('SKY_INPUT_NOT_FOUND', `${what} ${file} cannot be read`, { where: file, cause: error, hint: 'check the path' })
  }
}

function readMapping(file: string, rulesFile: string, field: readonly PathItem[]): Record<string, string> {
  const lines = new LineCounter()
  const doc = parseDocument(readText(file, 'owner mapping file'), { lineCounter: lines })
  if (doc.errors.length > 0) fail(file, doc, lines, [], `YAML syntax error: ${doc.errors[0]!.message.split('\n')[0] ?? ''}`, `fix the mapping file named by ${rulesFile} ${pathText(field)}`)
  const parsed = z.record(z.string().min(1), z.string().min(1)).safeParse(doc.toJS())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    fail(file, doc, lines, issue.path as PathItem[], `${issue.message} (a mapping file maps scope ids to owners: \`<scope id>: <owner>\`)`)
  }
  return parsed.data
}

export interface LoadOptions {
  /** Ids of the built-in and custom rules a condition may name. */
  readonly knownRuleIds: ReadonlySet<string>
}

/** Parses and validates one file; checks priorities within it (checkRuleSet checks them against stored rules). */
export function loadGovernanceRulesFile(file: string, options: LoadOptions): LoadedRule[] {
  return parseGovernanceRules(readText(file, 'governance rules file'), file, options)
}

/**
 * Parses rules text (YAML or JSON) named `file` in errors. `mappingFile` is read relative to `file`, unless
 * `allowFiles` is false (rules sent over the API may not make the server read its disk).
 */
export function parseGovernanceRules(text: string, file: string, options: LoadOptions & { readonly allowFiles?: boolean }): LoadedRule[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  if (doc.errors.length > 0) fail(file, doc, lines, [], `YAML syntax error: ${doc.errors[0]!.message.split('\n')[0] ?? ''}`, 'fix the YAML syntax')
  const raw: unknown = doc.toJS()
  let items: unknown[]
  let base: PathItem[]
  if (Array.isArray(raw)) [items, base] = [raw, []]
  else if (typeof raw === 'object' && raw !== null && 'rules' in raw) {
    const list = (raw).rules
    if (!Array.isArray(list) || Object.keys(raw).length !== 1) fail(file, doc, lines, ['rules'], 'a rules file holds `rules:` with a list of rules and nothing else')
    ;[items, base] = [list, ['rules']]
  } else if (typeof raw === 'object' && raw !== null) [items, base] = [[raw], []]
  else fail(file, doc, lines, [], 'a rules file is a rule, a list of rules, or `rules:` with a list')
  const single = !Array.isArray(raw) && base.length === 0
  const loaded: LoadedRule[] = items.map((item, i) => {
    const at: PathItem[] = single ? [] : [...base, i]
    const parsed = governanceRuleSchema.safeParse(item)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      // An unknown key is named by its own path, so the position is the key's line.
      const key = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : []
      fail(file, doc, lines, [...at, ...(issue.path as PathItem[]), ...key], issue.message)
    }
    const rule = parsed.data
    for (const [j, ruleId] of (rule.conditions.ruleIds ?? []).entries()) {
      if (!options.knownRuleIds.has(ruleId)) {
        fail(file, doc, lines, [...at, 'conditions', 'ruleIds', j], `unknown rule id ${ruleId}`, '`skyhound rules list` shows the rule ids (custom rules need --rules <dir>)')
      }
    }
    let owner = rule.owner
    if (owner.mappingFile !== undefined && options.allowFiles === false) {
      fail(file, doc, lines, [...at, 'owner', 'mappingFile'], 'mappingFile is only read from rules files applied with the CLI', 'put the scope → owner pairs in owner.mapping')
    }
    if (owner.mappingFile !== undefined) {
      const fromFile = readMapping(resolve(dirname(file), owner.mappingFile), file, [...at, 'owner', 'mappingFile'])
      owner = { ...owner, mapping: { ...fromFile, ...owner.mapping } }
    }
    return { rule: { ...rule, owner }, source: file, at: pathText(at) || 'rule' }
  })
  const ids = new Map<string, number>()
  for (const [i, { rule }] of loaded.entries()) {
    const first = ids.get(rule.id)
    if (first !== undefined) fail(file, doc, lines, [...(single ? [] : [...base, i]), 'id'], `duplicate rule id ${rule.id} (also ${loaded[first]!.at})`)
    ids.set(rule.id, i)
  }
  checkPriorities(loaded, (dup, other) => fail(file, doc, lines, [...(single ? [] : [...base, loaded.indexOf(dup)]), 'priority'], priorityMessage(dup, other)))
  return loaded
}

function priorityMessage(rule: LoadedRule, other: LoadedRule): string {
  const scope = scopeKey(rule.rule)
  const where = other.at.startsWith('stored') ? `stored, applied from ${other.source}` : other.source === rule.source ? other.at : `${other.source} ${other.at}`
  return `priority ${rule.rule.priority} is already used by rule ${other.rule.id} (${where}) in scope ${scope === '*' ? 'all scopes' : scope}`
}

function checkPriorities(rules: readonly LoadedRule[], onDuplicate: (dup: LoadedRule, other: LoadedRule) => never): void {
  const taken = new Map<string, LoadedRule>()
  for (const entry of rules) {
    const key = `${scopeKey(entry.rule)}\u0000${entry.rule.priority}`
    const other = taken.get(key)
    if (other !== undefined) onDuplicate(entry, other)
    taken.set(key, entry)
  }
}

/**
 * Checks the set that storing `incoming` would produce (stored rules with the same id are replaced): a
 * priority used twice in one scope fails, naming the incoming rule's file and field.
 */
export function checkRuleSet(stored: readonly LoadedRule[], incoming: readonly LoadedRule[]): void {
  const replaced = new Set(incoming.map((r) => r.rule.id))
  const merged = [...stored.filter((r) => !replaced.has(r.rule.id)), ...incoming]
  checkPriorities(merged, (dup, other) => {
    const [mine, theirs] = incoming.includes(dup) ? [dup, other] : [other, dup]
    throw new SkyhoundError('SKY_INPUT_INVALID', `${mine.source}: ${mine.at}.priority: ${priorityMessage(mine, theirs)}`, {
      where: mine.source,
      hint: 'give each rule of a scope its own priority (1 = first), or replace the stored rule by applying it with the same id',
    })
  })
}
