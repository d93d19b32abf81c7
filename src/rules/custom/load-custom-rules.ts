/**
 * @module Custom rules: YAML files (one rule per document, `---` between several) with the built-in
 * metadata plus a CEL `expression` over the node. An expression returning `true` means healthy, `false`
 * unhealthy; it may also return a status string. Every error names the file, line and column.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { LineCounter, isScalar, parseAllDocuments } from 'yaml'
import type { Document, Scalar } from 'yaml'
import type { Environment, ParseError, TypeError as CelTypeError } from '@marcbachmann/cel-js'
import { SkyhoundError } from '../../model/errors.js'
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../define-rule.js'
import type { Evaluation, Rule, RuleDefinition } from '../define-rule.js'
import type { RuleNode } from '../rule-node.js'
import { formatIssues, ruleMetadataSchema } from '../rule-schema.js'
import { celContext, celEnvironment } from './cel-environment.js'
import { nodePosition, scalarPosition } from './source-position.js'
import type { Position } from './source-position.js'

const EXTRA_KEYS = ['expression', 'message'] as const
const STATUSES = new Set(['healthy', 'unhealthy', 'not-applicable', 'unknown'])

function fail(file: string, at: Position, message: string, hint: string): never {
  const where = `${file}:${at.line}:${at.column}`
  throw new SkyhoundError('SKY_INPUT_INVALID', `${where}: ${message}`, { where, hint })
}

function ruleFiles(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir).sort()
  } catch (error) {
    throw new SkyhoundError('SKY_INPUT_NOT_FOUND', `custom rules folder ${dir} cannot be read`, { where: dir, cause: error, hint: 'pass a folder of *.yaml rule files to --rules' })
  }
  return entries.flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return ruleFiles(path)
    return /\.ya?ml$/i.test(name) ? [path] : []
  })
}

function celError(error: unknown): { message: string; offset: number } {
  const e = error as Partial<ParseError | CelTypeError> & { message?: string }
  const offset = e.range?.start ?? e.node?.pos ?? 0
  const summary = e.summary ?? (e.message ?? String(error)).split('\n')[0] ?? String(error)
  return { message: summary, offset }
}

function outcome(value: unknown, node: RuleNode, title: string, message: string | undefined): Evaluation {
  const text = (fallback: string): string => message?.replaceAll('{name}', node.name) ?? fallback
  if (value === true) return healthy(text(`${node.label}: ${title}`))
  if (value === false) return unhealthy(text(`${node.label} does not meet: ${title}`))
  if (typeof value === 'string' && STATUSES.has(value)) {
    if (value === 'healthy') return healthy(text(`${node.label}: ${title}`))
    if (value === 'unhealthy') return unhealthy(text(`${node.label} does not meet: ${title}`))
    if (value === 'not-applicable') return notApplicable(`${node.label}: not applicable`)
    return unknown(`${node.label}: the expression could not decide`)
  }
  throw new Error(`the expression returned ${JSON.stringify(value)}, not a bool or a status`)
}

function loadDocument(env: Environment, file: string, source: string, lines: LineCounter, doc: Document): Rule {
  const top = nodePosition(lines, doc.contents?.range)
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!
    fail(file, nodePosition(lines, first.pos), `YAML syntax error: ${first.message.split('\n')[0] ?? ''}`, 'fix the YAML syntax')
  }
  const raw: unknown = doc.toJS()
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, top, 'a custom rule is a YAML mapping', 'see docs/rules/README.md (Custom rules)')
  const record = raw as Record<string, unknown>
  const expressionNode = doc.get('expression', true)
  if (!isScalar(expressionNode) || typeof expressionNode.value !== 'string' || expressionNode.value.trim() === '') {
    fail(file, top, 'the rule has no CEL expression (key `expression`)', 'add `expression: <CEL>` returning true when the resource is healthy')
  }
  const expression = (expressionNode as Scalar<string>).value
  const metadata = Object.fromEntries(Object.entries(record).filter(([key]) => !(EXTRA_KEYS as readonly string[]).includes(key)))
  const parsed = ruleMetadataSchema.safeParse(metadata)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const node = doc.getIn(issue.path as (string | number)[], true) as { range?: readonly number[] } | undefined
    fail(file, node?.range ? nodePosition(lines, node.range) : top, `invalid rule metadata: ${formatIssues(parsed.error)}`, 'the fields are those of built-in rules (docs/rules/README.md (Custom rules))')
  }
  const check = env.check(expression)
  if (!check.valid) {
    const { message, offset } = celError(check.error)
    const kind = check.error?.name === 'TypeError' ? 'CEL type error' : 'CEL syntax error'
    fail(file, scalarPosition(source, lines, expressionNode, offset), `${kind}: ${message}`, 'the expression sees resource, props, tags and insights')
  }
  if (check.type !== 'bool' && check.type !== 'dyn' && check.type !== 'string') {
    fail(file, scalarPosition(source, lines, expressionNode, 0), `the expression returns ${String(check.type)}, not bool`, 'return true when the resource is healthy')
  }
  const program = env.parse(expression)
  const message = typeof record['message'] === 'string' ? record['message'] : undefined
  const definition = {
    ...(parsed.data as unknown as Omit<RuleDefinition, 'evaluate'>),
    evaluate: (node: RuleNode): Evaluation => {
      try {
        return outcome(program(celContext(node)), node, parsed.data.title, message)
      } catch (error) {
        const text = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
        // A missing key means the input did not carry the setting, as `need*` does for built-ins.
        if (/no such key/i.test(text)) return unknown(`${node.label}: ${text}`)
        throw error
      }
    },
  }
  return defineRule(definition, file)
}

/** Loads every `*.yaml` / `*.yml` under `dir` (recursively, sorted). */
export function loadCustomRules(dir: string, builtinIds: ReadonlySet<string> = new Set()): Rule[] {
  const env = celEnvironment()
  const rules: Rule[] = []
  const seen = new Map<string, string>()
  for (const path of ruleFiles(dir)) {
    const shown = relative(process.cwd(), path)
    const file = shown === '' || shown.startsWith('..') ? path : shown
    const source = readFileSync(path, 'utf8')
    const lines = new LineCounter()
    for (const doc of parseAllDocuments(source, { lineCounter: lines })) {
      if (doc.contents === null) continue
      const rule = loadDocument(env, file, source, lines, doc)
      const at = nodePosition(lines, doc.get('id', true) === undefined ? doc.contents.range : (doc.get('id', true) as Scalar).range)
      if (builtinIds.has(rule.id)) fail(file, at, `rule id ${rule.id} is a built-in rule`, 'give custom rules their own ids (e.g. prefix custom-)')
      const before = seen.get(rule.id)
      if (before !== undefined) fail(file, at, `rule id ${rule.id} is also defined in ${before}`, 'rule ids are unique')
      seen.set(rule.id, file)
      rules.push(rule)
    }
  }
  return rules
}
