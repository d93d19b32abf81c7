import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore } from '../store/open-store.js'
import type { Store } from '../store/store.js'
import { applyGovernanceRulesFile } from './governance-service.js'

const NOW = new Date('2026-03-01T00:00:00.000Z')

const GOOD = `# reviewed in git
rules:
  - id: critical-fast
    name: Critical findings in a week
    priority: 1
    conditions:
      severities: [critical]
    owner:
      tag: owner
      email: security@x.example
    timeframe: 7
    gracePeriod: true
  - id: s3-encryption
    name: S3 encryption
    priority: 2
    conditions:
      ruleIds: [aws-s3-bucket-default-encryption]
    owner:
      mappingFile: teams.yaml
    timeframe: { custom: 45 }
`

describe('governance rules files', () => {
  let dir: string
  let store: Store

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-gov-rules-'))
    store = await openStore(join(dir, 'skyhound.db'))
    await writeFile(join(dir, 'teams.yaml'), "'aws://accounts/111122223333': team-storage\n")
    await writeFile(join(dir, 'rules.yaml'), GOOD)
    await applyGovernanceRulesFile(store, join(dir, 'rules.yaml'), { now: NOW })
  })

  afterEach(async () => {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('stores valid rules with defaults, custom timeframes and the mapping file read in', async () => {
    const rules = await store.governance.listRules()
    expect(rules.map((r) => [r.id, r.priority, r.enabled])).toStrictEqual([['critical-fast', 1, true], ['s3-encryption', 2, true]])
    expect(rules[1]!.definition).toMatchObject({
      timeframe: { custom: 45 },
      owner: { mappingFile: 'teams.yaml', mapping: { 'aws://accounts/111122223333': 'team-storage' } },
      gracePeriod: false,
      applyToExisting: 'unassigned-only',
      notifications: { weeklyDigest: true, managerOverdueDigest: true },
    })
  })

  const bad: [string, string, string, RegExp][] = [
    ['unknown rule id', 'bad-rule.yaml', GOOD.replace('[aws-s3-bucket-default-encryption]', '[aws-s3-bucket-default-encryption, aws-no-such-rule]'), /bad-rule\.yaml:17:\d+: rules\[1\]\.conditions\.ruleIds\[1\]: unknown rule id aws-no-such-rule/],
    ['invalid timeframe', 'bad-timeframe.yaml', GOOD.replace('timeframe: 7', 'timeframe: 10'), /bad-timeframe\.yaml:11:16: rules\[0\]\.timeframe: timeframe must be one of 7, 14, 30, 90 days/],
    ['duplicate priority in the file', 'bad-priority.yaml', GOOD.replace('priority: 2', 'priority: 1'), /bad-priority\.yaml:15:15: rules\[1\]\.priority: priority 1 is already used by rule critical-fast \(rules\[0\]\)/],
    ['duplicate priority against a stored rule', 'clash.json', JSON.stringify([{ id: 'new-one', name: 'n', priority: 2, owner: { email: 'a@x.example' }, timeframe: 14 }]), /clash\.json: \[0\]\.priority: priority 2 is already used by rule s3-encryption \(stored, applied from .*rules\.yaml\) in scope all scopes/],
    ['an unknown field', 'typo.yaml', GOOD.replace('gracePeriod: true', 'gracePeriods: true'), /typo\.yaml:12:\d+: rules\[0\]\.gracePeriods: Unrecognized key: "gracePeriods"/],
  ]

  for (const [what, name, text, message] of bad) {
    it(`refuses ${what}, naming the file and the field, and stores nothing`, async () => {
      const before = await store.governance.listRules()
      // The bad file also edits an existing rule: that edit must not be stored either.
      await writeFile(join(dir, name), text.replace('name: S3 encryption', 'name: S3 encryption (edited)'))
      const error = await applyGovernanceRulesFile(store, join(dir, name), { now: new Date('2026-03-02T00:00:00.000Z') }).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'SKY_INPUT_INVALID' })
      expect(String((error as Error).message)).toMatch(message)
      expect(await store.governance.listRules()).toStrictEqual(before)
    })
  }
})
