/**
 * Meta-test of the rule library (STYLE.md §8.1 principle 1 and §8.6): id = file basename = export name,
 * metadata valid, every rule listed in ALL_RULES and tested with a healthy and an unhealthy case, every
 * framework reference resolves, every control exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FRAMEWORKS } from '../../src/rules/frameworks/index.js'
import { ALL_RULES } from '../../src/rules/index.js'
import { ruleMetadataSchema } from '../../src/rules/rule-schema.js'
import { SECURITY_CONTROLS } from '../../src/rules/security-controls.js'

const RULES_DIR = 'src/rules'
const PROVIDER_DIRS = { aws: 'aws', azure: 'azure', gcp: 'gcp', k8s: 'k8s' } as const
const RULE_FILE = /^(aws|azure|gcp|k8s)-[a-z0-9-]+\.ts$/

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())

const ruleFiles = Object.values(PROVIDER_DIRS)
  .flatMap((dir) => walk(join(RULES_DIR, dir)))
  .filter((path) => RULE_FILE.test(basename(path)) && !path.endsWith('.test.ts'))

describe('rule library', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((r) => r.id)
    expect(ids.length).toBe(new Set(ids).size)
  })

  it('lists every rule file in ALL_RULES and nothing else', () => {
    const fileIds = ruleFiles.map((path) => basename(path, '.ts')).sort()
    expect(ALL_RULES.map((r) => r.id).sort()).toEqual(fileIds)
  })

  for (const path of ruleFiles) {
    const id = basename(path, '.ts')
    const provider = id.split('-')[0]!
    describe(id, () => {
      const source = readFileSync(path, 'utf8')
      const rule = ALL_RULES.find((r) => r.id === id)

      it('lives under rules/<provider>/<service>/ with id = file basename = export name', () => {
        const parts = relative(RULES_DIR, path).split('/')
        expect(parts.length).toBe(3)
        expect(parts[0]).toBe(provider)
        expect(id.startsWith(`${provider}-${parts[1]!}-`)).toBe(true)
        expect(source).toContain(`export const ${camel(id)} = defineRule({`)
        expect(source).toContain(`id: '${id}',`)
        expect(rule).toBeDefined()
      })

      it('has valid metadata and an existing control', () => {
        const metadata = Object.fromEntries(Object.entries(rule!).filter(([key]) => !['evaluate', 'provider', 'source'].includes(key)))
        expect(ruleMetadataSchema.safeParse(metadata).success).toBe(true)
        expect(Object.keys(SECURITY_CONTROLS)).toContain(rule!.control)
        expect(rule!.target.kinds?.every((kind) => kind.startsWith(`${provider}.`) || (provider === 'k8s' && kind.startsWith('k8s.')))).toBe(true)
      })

      it('has no scaffold placeholder left', () => {
        expect(source).not.toMatch(/\bTODO\b/)
        expect(readFileSync(path.replace(/\.ts$/, '.test.ts'), 'utf8')).not.toMatch(/\bTODO\b/)
      })

      it('imports no other rule', () => {
        const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => basename(m[1]!, '.js'))
        expect(imports.filter((name) => RULE_FILE.test(`${name}.ts`))).toEqual([])
      })

      it('has a test file with a healthy and an unhealthy case', () => {
        const testPath = path.replace(/\.ts$/, '.test.ts')
        const test = readFileSync(testPath, 'utf8')
        expect(test).toContain(`describe('${id}'`)
        expect(test).toMatch(/['"]healthy['"]|is healthy/)
        expect(test).toMatch(/['"]unhealthy['"]/)
        expect(test).toMatch(/it\('is healthy/)
        expect(test).toMatch(/it\('is unhealthy/)
      })
    })
  }
})

describe('frameworks', () => {
  const ids = new Set(ALL_RULES.map((r) => r.id))

  it('have unique ids', () => {
    expect(new Set(FRAMEWORKS.map((f) => f.id)).size).toBe(FRAMEWORKS.length)
  })

  for (const framework of FRAMEWORKS) {
    it(`${framework.id} references only existing rules`, () => {
      const missing = framework.requirements.flatMap((r) => r.rules.filter((rule) => !ids.has(rule)).map((rule) => `${r.id}: ${rule}`))
      expect(missing).toEqual([])
    })
  }

  it('rules that declare frameworks inline name known frameworks and requirements', () => {
    const known = new Map(FRAMEWORKS.map((f) => [f.id, new Set(f.requirements.map((r) => r.id))]))
    const bad = ALL_RULES.flatMap((rule) =>
      Object.entries(rule.frameworks ?? {}).flatMap(([framework, requirements]) =>
        requirements.filter((req) => known.get(framework)?.has(req) !== true).map((req) => `${rule.id}: ${framework} ${req}`),
      ),
    )
    expect(bad).toEqual([])
  })

  it('map every CIS benchmark family to at least one rule', () => {
    for (const prefix of ['cis-aws', 'cis-azure', 'cis-gcp', 'cis-kubernetes']) {
      expect(FRAMEWORKS.some((f) => f.id.startsWith(prefix) && f.requirements.some((r) => r.rules.length > 0))).toBe(true)
    }
  })
})
