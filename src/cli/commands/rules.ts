/** @module `skyhound rules list|show`: the rule library (built-in and custom) with its frameworks. */
import type { Command } from 'commander'
import { SkyhoundError } from '../../model/errors.js'
import { frameworksOf } from '../../report/export-input.js'
import { ruleMap } from '../../report/posture-snapshot.js'
import type { Rule } from '../../rules/define-rule.js'
import { SECURITY_CONTROLS } from '../../rules/security-controls.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

interface ListFlags {
  readonly provider?: string[]
  readonly severity?: string[]
  readonly rules?: string
}

function describeRule(rule: Rule) {
  return {
    id: rule.id,
    title: rule.title,
    description: rule.description,
    severity: rule.severity,
    provider: rule.provider ?? null,
    control: rule.control,
    controlTitle: SECURITY_CONTROLS[rule.control].title,
    categories: rule.categories,
    target: rule.target,
    frameworks: frameworksOf(rule),
    remediation: rule.remediation,
    preview: rule.preview === true,
    source: rule.source,
  }
}

export function listRules(ctx: CliContext, flags: ListFlags): ExitCode {
  const rules = [...ruleMap(flags.rules).values()].filter(
    (r) => (flags.provider === undefined || flags.provider.includes(r.provider ?? '')) && (flags.severity === undefined || flags.severity.includes(r.severity)),
  )
  if (ctx.flags.json) ctx.printJson({ total: rules.length, rules: rules.map(describeRule) })
  else {
    for (const r of rules) ctx.say(`${r.severity.padEnd(9)}${r.id.padEnd(52)}${r.title}`)
    ctx.say(`${rules.length} rules`)
  }
  return EXIT.ok
}

export function showRule(ctx: CliContext, id: string, flags: { readonly rules?: string }): ExitCode {
  const rule = ruleMap(flags.rules).get(id)
  if (rule === undefined) throw new SkyhoundError('SKY_USAGE', `no rule ${id}`, { hint: '`skyhound rules list` shows the ids' })
  const d = describeRule(rule)
  if (ctx.flags.json) {
    ctx.printJson(d)
    return EXIT.ok
  }
  const frameworks = Object.entries(d.frameworks).map(([fw, reqs]) => `${fw} ${reqs.join(', ')}`)
  ctx.say(
    [
      `${d.id}: ${d.title}`,
      `severity ${d.severity} · control ${d.controlTitle} (${SECURITY_CONTROLS[rule.control].max} points) · ${d.categories.join(', ')}`,
      `targets ${[...(d.target.kinds ?? []), ...(d.target.families ?? [])].join(', ')}`,
      '',
      d.description,
      '',
      'Remediation:',
      ...d.remediation.steps.map((s) => `  - ${s}`),
      ...(d.remediation.cli === undefined ? [] : ['', `CLI: ${d.remediation.cli}`]),
      ...(d.remediation.terraform === undefined ? [] : ['', 'Terraform:', d.remediation.terraform]),
      ...(frameworks.length === 0 ? [] : ['', `Frameworks: ${frameworks.join('; ')}`]),
    ].join('\n'),
  )
  return EXIT.ok
}

export function registerRules(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  const rules = program.command('rules').summary('list or show the rules (recommendations)')
  rules
    .command('list', { isDefault: true })
    .summary('list rules')
    .option('--provider <provider...>', 'aws, azure, gcp, kubernetes')
    .option('--severity <severity...>', 'low, medium, high, critical')
    .option('--rules <dir>', 'also load the custom YAML/CEL rules of this folder')
    .action((flags: ListFlags) => done(listRules(context(), flags)))
  rules
    .command('show')
    .summary('print one rule with its remediation and frameworks')
    .argument('<id>', 'rule id')
    .option('--rules <dir>', 'also load the custom YAML/CEL rules of this folder')
    .action((id: string, flags: { rules?: string }) => done(showRule(context(), id, flags)))
}
