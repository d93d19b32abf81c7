/**
 * @module The generated rule catalogue (`docs/rules/README.md`): every built-in rule by provider with its
 * severity, control, frameworks and remediation, the controls and their points, framework coverage, and
 * how to write custom rules. Rendered from the registries, so it never drifts.
 */
import { PROVIDERS } from '../../model/vocabulary.js'
import type { Rule } from '../define-rule.js'
import { FRAMEWORKS, frameworkIndex } from '../frameworks/index.js'
import { ALL_RULES } from '../index.js'
import { RULE_CATEGORIES } from '../rule-schema.js'
import { SECURITY_CONTROLS } from '../security-controls.js'

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)]
}

function ruleSection(rule: Rule, frameworks: Record<string, string[]>): string[] {
  const refs = Object.entries(frameworks).map(([fw, reqs]) => `${fw} ${reqs.join(', ')}`)
  return [
    `### ${rule.id}`,
    '',
    `**${rule.title}** — severity \`${rule.severity}\`, control *${SECURITY_CONTROLS[rule.control].title}*, categories ${rule.categories.map((c) => `\`${c}\``).join(', ')}.`,
    `Targets: ${[...(rule.target.kinds ?? []), ...(rule.target.families ?? []).map((f) => `family ${f}`)].map((k) => `\`${k}\``).join(', ')}.`,
    ...(refs.length === 0 ? [] : [`Frameworks: ${refs.join('; ')}.`]),
    '',
    rule.description,
    '',
    'Remediation:',
    '',
    ...rule.remediation.steps.map((s) => `- ${s}`),
    ...(rule.remediation.cli === undefined ? [] : ['', '```sh', rule.remediation.cli, '```']),
    ...(rule.remediation.terraform === undefined ? [] : ['', '```hcl', rule.remediation.terraform, '```']),
    '',
  ]
}

const ADDING_A_RULE = [
  '## Adding a rule',
  '',
  '1. `npx tsx scripts/new-rule.ts <aws|azure|gcp|k8s> <service> <resource-condition> --kind <node kind>` writes',
  '   `src/rules/<provider>/<service>/<id>.ts` and its test from a template and registers it in `src/rules/index.ts`.',
  '2. Read the reader that makes the node (`src/providers/<provider>/**`) for the prop names; write the metadata',
  '   (the title states the secure state) and `evaluate`. Use `need*()` accessors for settings the rule cannot do',
  '   without (a missing one makes the finding `unknown`); name the resource (`node.label`) and the offending',
  '   setting in every message. Shared readers of one service go in a helper file without a provider prefix.',
  '   Settings a reader does not normalize are read from `config`, the document as read (`config.spec` of Kubernetes',
  '   objects: `rawPodSpecOf` in `k8s/pod-spec.ts`). GCP APIs omit switches that are off, so with the document a',
  '   missing switch means off, and without it (a Terraform plan, an IAM-only record) `unknown` (`gcp/resource-document.ts`).',
  '3. Test healthy, unhealthy and unknown / not-applicable cases with `evaluateRule` (`src/rules/testing/rule-harness.ts`)',
  '   on nodes shaped like the reader\'s output; neighbours go in the second argument.',
  '4. Map it in `src/rules/frameworks/*.ts` (CIS requirement ids, MCSB control ids).',
  '5. `npm run gen:docs`, then `npx vitest run src/rules test/meta/rules.meta.test.ts`: the meta-test checks id = file =',
  '   export, metadata, tests, framework references and that no scaffold placeholder is left.',
  '',
]

const CUSTOM_RULES = [
  '## Custom rules',
  '',
  'A folder of YAML files (`skyhound scan --rules DIR`, also `findings`, `rules`, `export --rules DIR`), one rule per',
  'document (`---` separates several). The fields are those of the built-in rules — `id`, `title` (the secure state,',
  '≤ 100 characters, never "Ensure…"), `description`, `severity`, `control`, `categories`, `remediation.steps`',
  '(`cli`, `terraform` optional), `target.kinds` and/or `target.families`, optional `frameworks` and `preview` —',
  'plus `expression`, a [CEL](https://github.com/google/cel-spec) expression, and an optional `message`',
  '(`{name}` is replaced by the resource name). The expression sees `resource` (`id`, `kind`, `family`, `provider`,',
  '`scope`, `name`, `region`), `props`, `tags` and `insights` (insight id → params). It returns `true` when the',
  'resource is healthy, `false` when unhealthy, or a status string (`healthy`, `unhealthy`, `not-applicable`,',
  '`unknown`). A key missing from the input makes the finding `unknown`. Syntax, type and metadata errors name the',
  'file, line and column; the scan stops with exit code 2.',
  '',
  '```yaml',
  'id: custom-s3-owner-tag',
  'title: S3 bucket names its owning team',
  'description: Every bucket carries an owner tag so that findings reach a team.',
  'severity: low',
  'control: implement-security-best-practices',
  'categories: [resilience]',
  'remediation:',
  '  steps: [Tag the bucket with owner=<team address>.]',
  'target:',
  '  kinds: [aws.s3.bucket]',
  'expression: has(tags.owner) && tags.owner.endsWith("@example.com")',
  '```',
  '',
]

export function renderRuleCatalogue(banner: string): string {
  const index = frameworkIndex()
  const byProvider = new Map<string, Rule[]>()
  for (const rule of ALL_RULES) {
    const key = rule.provider ?? 'other'
    byProvider.set(key, [...(byProvider.get(key) ?? []), rule])
  }
  const lines: string[] = [
    banner,
    '# Rule catalogue',
    '',
    `${ALL_RULES.length} built-in rules: ${[...byProvider].map(([p, rules]) => `${PROVIDERS[p as keyof typeof PROVIDERS] ?? p} ${rules.length}`).join(', ')}.`,
    'Each rule evaluates the nodes of its target kinds and gives `healthy`, `unhealthy`, `not-applicable` or',
    '`unknown` (a setting the rule needs is not in the input) per resource; see `docs/risk.md` for risk and',
    '`docs/secure-score.md` for how controls count. Adding a rule: `npx tsx scripts/new-rule.ts <provider> <service> <resource-condition>`.',
    '',
    '## Security controls',
    '',
    ...table(['control', 'max points', 'rules'], Object.entries(SECURITY_CONTROLS).map(([id, c]) => [`${c.title} (\`${id}\`)`, String(c.max), String(ALL_RULES.filter((r) => r.control === id).length)])),
    '',
    '## Frameworks',
    '',
    ...table(['framework', 'version', 'requirements mapped', 'rules'], FRAMEWORKS.map((f) => [`${f.title} (\`${f.id}\`)`, f.version, String(f.requirements.length), String(new Set(f.requirements.flatMap((r) => r.rules)).size)])),
    '',
    '## Categories',
    '',
    ...table(['category', 'meaning'], Object.entries(RULE_CATEGORIES).map(([id, d]) => [`\`${id}\``, d])),
    '',
  ]
  for (const [provider, rules] of byProvider) {
    lines.push(`## ${PROVIDERS[provider as keyof typeof PROVIDERS] ?? provider}`, '')
    lines.push(...table(['rule', 'title', 'severity', 'control'], rules.map((r) => [`[${r.id}](#${r.id})`, r.title, r.severity, r.control])), '')
    for (const rule of rules) lines.push(...ruleSection(rule, index.get(rule.id) ?? {}))
  }
  lines.push(...ADDING_A_RULE, ...CUSTOM_RULES)
  return lines.join('\n')
}
