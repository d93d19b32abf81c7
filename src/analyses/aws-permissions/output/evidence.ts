/** @module Evidence entries that name the policy statement which made an edge or insight true. */
import type { Evidence } from '../../../model/graph-types.js'
import type { PolicyKind, PolicyStatement } from '../policy/statement.js'

const KIND_LABEL: Readonly<Record<PolicyKind, string>> = {
  inline: 'inline policy',
  managed: 'managed policy',
  'group-inline': 'group inline policy',
  'group-managed': 'group managed policy',
  builtin: 'built-in policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  resource: 'resource policy',
  trust: 'trust policy',
}

function listText(values: readonly string[], max = 4): string {
  if (values.length <= max) return values.join(', ')
  return `${values.slice(0, max).join(', ')} and ${values.length - max} more`
}

const memo = new WeakMap<PolicyStatement, Evidence>()

export function statementEvidence(statement: PolicyStatement, note?: string): Evidence {
  if (note === undefined) {
    let evidence = memo.get(statement)
    if (evidence === undefined) {
      evidence = describe(statement)
      memo.set(statement, evidence)
    }
    return evidence
  }
  return describe(statement, note)
}

function describe(statement: PolicyStatement, note?: string): Evidence {
  const actions = statement.action.globs.map((g) => g.source)
  const resources = statement.resource.globs.map((g) => g.source)
  const what = `${statement.effect} ${statement.action.negated ? 'all but ' : ''}${listText(actions)} on ${statement.resource.negated ? 'all but ' : ''}${listText(resources)}`
  const detail = `${KIND_LABEL[statement.policy.kind]} ${statement.policy.name}, statement ${statement.sid}: ${what}${statement.conditions.length > 0 ? ' (conditional)' : ''}${note === undefined ? '' : ` — ${note}`}`
  return { source: statement.policy.id, detail }
}

/** Evidence of the deciding statements, trust/resource/identity first, boundaries and SCPs left out. */
export function decisionEvidence(statements: readonly PolicyStatement[], note?: string): Evidence[] {
  return statements.filter((s) => s.policy.kind !== 'boundary' && s.policy.kind !== 'scp').map((s) => statementEvidence(s, note))
}
