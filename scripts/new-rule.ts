/**
 * `npx tsx scripts/new-rule.ts <provider> <service> <resource-condition> [--kind <node kind>]`: scaffolds a
 * rule and its test (`src/rules/<provider>/<service>/<id>.ts`, `<id>.test.ts`) and registers it in
 * `src/rules/index.ts`. The id is `<provider>-<service>-<resource-condition>`; the export is its camelCase.
 * Then: write the metadata and `evaluate`, the test cases, the framework mappings, and run `npm run gen:docs`.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const PROVIDERS: Readonly<Record<string, { family: string; provider: string; scope: string; id: (name: string) => string }>> = {
  aws: { family: 'object-storage', provider: 'aws', scope: 'aws://accounts/111122223333', id: (n) => `arn:aws:s3:::${n}` },
  azure: { family: 'object-storage', provider: 'azure', scope: '/subscriptions/00000000-0000-4000-8000-000000000001', id: (n) => `/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-demo/providers/microsoft.storage/storageaccounts/${n}` },
  gcp: { family: 'object-storage', provider: 'gcp', scope: '//cloudresourcemanager.googleapis.com/projects/123456789012', id: (n) => `//storage.googleapis.com/${n}` },
  k8s: { family: 'pod', provider: 'kubernetes', scope: 'k8s://prod', id: (n) => `k8s://prod/shop/pod/${n}` },
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { kind: { type: 'string' } } })
const [provider, service, condition] = positionals
const info = provider === undefined ? undefined : PROVIDERS[provider]
if (provider === undefined || info === undefined || service === undefined || condition === undefined || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(`${service}-${condition}`)) {
  console.error('usage: npx tsx scripts/new-rule.ts <aws|azure|gcp|k8s> <service> <resource-condition> [--kind <node kind>]')
  console.error('example: npx tsx scripts/new-rule.ts aws s3 bucket-logging-enabled --kind aws.s3.bucket')
  process.exit(2)
}
const id = `${provider}-${service}-${condition}`
const name = id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())
const kind = values.kind ?? `${provider}.${service}.${condition.split('-')[0]!}`
const dir = join('src/rules', provider, service)
const file = join(dir, `${id}.ts`)
if (existsSync(file)) {
  console.error(`${file} exists`)
  process.exit(2)
}

const rule = `/** @module ${id} */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const ${name} = defineRule({
  id: '${id}',
  // TODO: the secure state, ≤ 100 characters, never "Ensure…".
  title: 'TODO secure state of ${kind}',
  description: 'TODO what goes wrong when the setting is off, in one or two sentences.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['data-exposure'],
  remediation: {
    steps: ['TODO the fix, as a person would do it.'],
    // cli: 'TODO',
    // terraform: 'TODO',
  },
  target: { kinds: ['${kind}'] },
  // need*() makes the finding unknown when the input lacks the setting; read the mapper for the prop names.
  evaluate: (node) =>
    node.needBool('TODO')
      ? healthy(\`\${node.label} TODO healthy fact\`)
      : unhealthy(\`\${node.label} TODO offending setting\`),
})
`

const test = `import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { ${name} } from './${id}.js'

// Props shaped like the ${provider} reader's output for ${kind} (read src/providers/**/mappers).
const node: NodeInput = {
  id: '${info.id('demo')}',
  kind: '${kind}',
  family: '${info.family}',
  provider: '${info.provider}',
  scope: '${info.scope}',
  name: 'demo',
  props: { TODO: true },
}

describe('${id}', () => {
  it('is healthy when TODO', () => {
    expect(evaluateRule(${name}, node).status).toBe('healthy')
  })

  it('is unhealthy when TODO, naming the resource and the setting', () => {
    expect(evaluateRule(${name}, withProps(node, { TODO: false }))).toMatchObject({ status: 'unhealthy', message: '\`demo\` TODO offending setting' })
  })

  it('is unknown when the setting is not in the input', () => {
    expect(evaluateRule(${name}, withProps(node, { TODO: undefined })).status).toBe('unknown')
  })
})
`

await mkdir(dir, { recursive: true })
await writeFile(file, rule)
await writeFile(join(dir, `${id}.test.ts`), test)

const indexPath = 'src/rules/index.ts'
const index = await readFile(indexPath, 'utf8')
const importLine = `import { ${name} } from './${provider}/${service}/${id}.js'`
const lines = index.split('\n')
const imports = lines.filter((l) => l.startsWith('import { ') && l.includes("from './"))
const sortedImports = [...imports, importLine].sort((a, b) => (a.split("from '")[1]! < b.split("from '")[1]! ? -1 : 1))
const entries = lines.filter((l) => /^ {2}[a-zA-Z0-9]+,$/.test(l))
const sortedEntries = [...entries, `  ${name},`].sort((a, b) => {
  const idOf = (entry: string): string => sortedImports.find((i) => i.includes(`{ ${entry.trim().slice(0, -1)} }`))?.split('/').pop() ?? ''
  return idOf(a) < idOf(b) ? -1 : 1
})
const head = lines.slice(0, lines.findIndex((l) => l.startsWith('import { ') && l.includes("from './")))
const out = [...head, ...sortedImports, '', 'export const ALL_RULES: readonly Rule[] = [', ...sortedEntries, ']', '']
await writeFile(indexPath, out.join('\n'))

console.log(`created ${file} and its test; registered ${name} in ${indexPath}`)
console.log('next: write the metadata, evaluate and the tests; map it in src/rules/frameworks/*.ts; npm run gen:docs;')
console.log(`      npx vitest run ${dir} test/meta/rules.meta.test.ts`)
