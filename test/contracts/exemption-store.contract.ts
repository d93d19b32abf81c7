/**
 * The ExemptionStore contract: every backend keeps exemptions across store instances, refuses duplicate
 * ids, lists them oldest first and revokes each once.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { ExemptionRecord } from '../../src/store/exemption-store.js'
import type { StoreFixture } from './store.contract.js'

const exemption = (id: string, createdAt: string, overrides: Partial<ExemptionRecord> = {}): ExemptionRecord => ({
  id,
  name: `exempt ${id}`,
  category: 'waiver',
  justification: 'accepted by the risk board',
  createdBy: 'alice',
  createdAt,
  expiresAt: null,
  revokedAt: null,
  match: { ruleIds: ['aws-s3-bucket-versioning-enabled'], resourceIds: ['arn:aws:s3:::logs'] },
  ...overrides,
})

export function runExemptionStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`exemption store contract: ${name}`, () => {
    let fixture: StoreFixture | undefined

    afterEach(async () => {
      await fixture?.cleanup()
      fixture = undefined
    })

    it('round-trips exemptions, oldest first, for another store instance too', async () => {
      fixture = await makeStore()
      const later = exemption('ex-b', '2026-03-02T00:00:00.000Z', { category: 'mitigated', expiresAt: '2026-06-01T00:00:00.000Z', match: { severities: ['low'], scopes: ['aws://accounts/111122223333'] } })
      const earlier = exemption('ex-a', '2026-03-01T00:00:00.000Z')
      await fixture.store.exemptions.createExemption(later)
      await fixture.store.exemptions.createExemption(earlier)
      expect(await fixture.store.exemptions.listExemptions()).toStrictEqual([earlier, later])
      const other = await fixture.openAnother()
      try {
        expect(await other.exemptions.getExemption('ex-b')).toStrictEqual(later)
        expect(await other.exemptions.getExemption('ex-missing')).toBeUndefined()
      } finally {
        await other.close()
      }
    })

    it('refuses a duplicate id and keeps the original', async () => {
      fixture = await makeStore()
      const original = exemption('ex-a', '2026-03-01T00:00:00.000Z')
      await fixture.store.exemptions.createExemption(original)
      await expect(fixture.store.exemptions.createExemption({ ...original, name: 'other' })).rejects.toMatchObject({ code: 'SKY_STORE_FAILURE' })
      expect(await fixture.store.exemptions.getExemption('ex-a')).toStrictEqual(original)
    })

    it('revokes an active exemption once', async () => {
      fixture = await makeStore()
      await fixture.store.exemptions.createExemption(exemption('ex-a', '2026-03-01T00:00:00.000Z'))
      expect(await fixture.store.exemptions.revokeExemption('ex-a', '2026-03-05T00:00:00.000Z')).toBe(true)
      expect(await fixture.store.exemptions.revokeExemption('ex-a', '2026-03-06T00:00:00.000Z')).toBe(false)
      expect(await fixture.store.exemptions.revokeExemption('ex-none', '2026-03-06T00:00:00.000Z')).toBe(false)
      expect((await fixture.store.exemptions.getExemption('ex-a'))?.revokedAt).toBe('2026-03-05T00:00:00.000Z')
    })
  })
}
