/** Attack edge invariants (STYLE.md "Attack edge"): id = export = file = doc = scenario, docs' front-matter and sections, registry checks. */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { defineAttackEdge, kebabOf } from '../../src/paths/attack-edge.js'
import type { AttackEdge } from '../../src/paths/attack-edge.js'
import { ATTACK_EDGES } from '../../src/paths/edges/index.js'
import { TACTICS, TECHNIQUES } from '../../src/paths/mitre.js'
import { verifyAttackEdges } from '../../src/paths/registry.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SECTIONS = ['Details', 'Prerequisites', 'Checks', 'Exploitation', 'Defences', 'Calculation', 'References']

const fake = (id: string, dependsOn: string[] = []): AttackEdge =>
  defineAttackEdge({ id, name: id, description: id, stage: 'lateral', mitre: { tactic: 'Collection', technique: 'DataFromCloudStorage' }, prerequisites: {}, dependsOn, edgeKind: 'contains', derive: () => undefined })

describe('attack edge registry', () => {
  it('verifies the built-in catalogue', () => {
    expect(() => verifyAttackEdges(ATTACK_EDGES)).not.toThrow()
    expect(ATTACK_EDGES.length).toBeGreaterThanOrEqual(20)
  })

  it('rejects duplicate ids, unknown dependencies and cycles', () => {
    expect(() => verifyAttackEdges([fake('A_B'), fake('A_B')])).toThrow(/twice/)
    expect(() => verifyAttackEdges([fake('A_B', ['C_D'])])).toThrow(/unknown edge C_D/)
    expect(() => verifyAttackEdges([fake('A_B', ['C_D']), fake('C_D', ['A_B'])])).toThrow(/cycle/)
    expect(() => fake('lower_case')).toThrow(/UPPER_SNAKE/)
  })

  it('covers the moves the issue lists', () => {
    const ids = new Set(ATTACK_EDGES.map((e) => e.id))
    for (const id of ['EXPLOIT_EXPOSED_WORKLOAD', 'USE_WORKLOAD_IDENTITY', 'READ_DATA', 'WRITE_DATA', 'ADMINISTER_ACCOUNT', 'ASSUME_ROLE', 'IMPERSONATE_IDENTITY', 'PASS_ROLE', 'ESCALATE_PRIVILEGES', 'USE_PLAINTEXT_SECRET', 'ESCAPE_TO_NODE', 'USE_NODE_IDENTITY', 'USE_SERVICE_ACCOUNT_TOKEN', 'WORKLOAD_IDENTITY_FEDERATION', 'REPLICATE_TO_PUBLIC_COPY', 'PUBLIC_DATA_ACCESS']) {
      expect(ids.has(id), id).toBe(true)
    }
  })
})

describe('attack edge files, docs and scenarios', () => {
  for (const edge of ATTACK_EDGES) {
    it(`${edge.id} has its file, export, doc and scenario`, async () => {
      const file = `src/paths/edges/${kebabOf(edge.id)}.ts`
      expect(existsSync(`${ROOT}${file}`), file).toBe(true)
      const module = (await import(`${ROOT}${file}`)) as Record<string, unknown>
      expect(module[edge.id]).toBe(edge)
      expect(existsSync(`${ROOT}test/scenarios/${edge.id}.json`), 'scenario').toBe(true)

      const doc = readFileSync(`${ROOT}docs/attacks/${edge.id}.md`, 'utf8')
      const front = /^---\n([\s\S]*?)\n---\n/.exec(doc)
      expect(front, 'front-matter').not.toBeNull()
      const meta = parse(front![1]!) as { id: string; name: string; mitre: { tactic: string; technique: string } }
      expect(meta.id).toBe(edge.id)
      expect(meta.name).toBe(edge.name)
      expect(meta.mitre.tactic.startsWith(TACTICS[edge.mitre.tactic].id)).toBe(true)
      expect(meta.mitre.technique.startsWith(TECHNIQUES[edge.mitre.technique].id)).toBe(true)
      const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1])
      expect(headings).toEqual(SECTIONS)
    })
  }
})
