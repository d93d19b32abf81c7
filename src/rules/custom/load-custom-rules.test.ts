import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { GraphBuilder } from '../../graph/graph-builder.js'
import { runRules } from '../engine.js'
import { loadCustomRules } from './load-custom-rules.js'

const META = `title: Storage account names its owner
description: Owner tags route findings to teams.
severity: low
control: implement-security-best-practices
categories: [resilience]
remediation:
  steps: [Add an owner tag.]
target:
  kinds: [azure.storage.storageaccount]
`

let dir: string | undefined
async function folder(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'skyhound-custom-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
  return dir
}
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

function graph() {
  const b = new GraphBuilder()
  const node = (name: string, tags: Record<string, string>, props: Record<string, string | boolean>) =>
    b.addNode({ id: `/subscriptions/s/resourcegroups/rg/providers/microsoft.storage/storageaccounts/${name}`, kind: 'azure.storage.storageaccount', family: 'object-storage', provider: 'azure', scope: '/subscriptions/s', name, tags, props })
  node('owned', { owner: 'team-a' }, { minimumTlsVersion: 'TLS1_2' })
  node('orphan', {}, {})
  return b.build().graph
}

describe('load-custom-rules', () => {
  it('loads several rules from one file and evaluates their CEL over tags, props and resource', async () => {
    const rules = loadCustomRules(
      await folder({
        'rules.yaml': `id: custom-owner-tag\n${META}expression: has(tags.owner)\n---\nid: custom-tls\n${META}expression: 'has(props.minimumTlsVersion) ? (props.minimumTlsVersion == "TLS1_2" ? "healthy" : "unhealthy") : "not-applicable"'\nmessage: '{name} TLS'\n`,
      }),
    )
    expect(rules.map((r) => [r.id, r.provider, r.source.endsWith('rules.yaml')])).toEqual([
      ['custom-owner-tag', 'azure', true],
      ['custom-tls', 'azure', true],
    ])
    const findings = runRules(graph(), rules).findings.map((f) => [f.ruleId, f.nodeId.split('/').pop(), f.status, f.message])
    expect(findings).toEqual([
      ['custom-owner-tag', 'owned', 'healthy', '`owned`: Storage account names its owner'],
      ['custom-tls', 'owned', 'healthy', 'owned TLS'],
      ['custom-owner-tag', 'orphan', 'unhealthy', '`orphan` does not meet: Storage account names its owner'],
      ['custom-tls', 'orphan', 'not-applicable', '`orphan`: not applicable'],
    ])
  })

  it('makes a finding unknown when the expression reads a key the input lacks', async () => {
    const rules = loadCustomRules(await folder({ 'tls.yml': `id: custom-tls\n${META}expression: props.minimumTlsVersion == "TLS1_2"\n` }))
    expect(runRules(graph(), rules).findings.map((f) => f.status)).toEqual(['healthy', 'unknown'])
  })

  it('names file, line and column of a type error inside a block expression', async () => {
    const path = await folder({ 'typed.yaml': `id: custom-typed\n${META}expression: |\n  has(tags.owner) &&\n    1 + "a" == 2\n` })
    expect(() => loadCustomRules(path)).toThrow(/typed\.yaml:13:5: CEL type error: no such overload: int \+ string/)
  })

  it('refuses a rule without expression, a clash with a built-in id and a duplicate id', async () => {
    const path = await folder({ 'a.yaml': `id: custom-a\n${META}` })
    expect(() => loadCustomRules(path)).toThrow(/a\.yaml:1:1: the rule has no CEL expression/)
    await rm(path, { recursive: true, force: true })
    const clash = await folder({ 'b.yaml': `id: aws-ec2-volume-encrypted\n${META}expression: "true"\n` })
    expect(() => loadCustomRules(clash, new Set(['aws-ec2-volume-encrypted']))).toThrow(/b\.yaml:1:5: rule id aws-ec2-volume-encrypted is a built-in rule/)
    await rm(clash, { recursive: true, force: true })
    const twice = await folder({ 'c.yaml': `id: custom-c\n${META}expression: "true"\n`, 'd.yaml': `id: custom-c\n${META}expression: "true"\n` })
    expect(() => loadCustomRules(twice)).toThrow(/d\.yaml:1:5: rule id custom-c is also defined in/)
  })

  it('reports a missing folder as an input error', () => {
    expect(() => loadCustomRules('/nonexistent/skyhound-rules')).toThrow(expect.objectContaining({ code: 'SKY_INPUT_NOT_FOUND' }))
  })
})
