/**
 * The NotificationStore contract: every backend logs a notification once per (kind, recipient, period), keeps the
 * log across store instances and lists it filtered.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { NotificationRecord } from '../../src/store/notification-store.js'
import type { StoreFixture } from './store.contract.js'

const sent = (recipient: string, period: string, overrides: Partial<NotificationRecord> = {}): NotificationRecord => ({
  kind: 'owner-digest',
  recipient,
  period,
  sentAt: '2026-11-23T08:00:00.000Z',
  messageId: `<${recipient}-${period}@skyhound>`,
  tasks: 3,
  ...overrides,
})

export function runNotificationStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`notification store contract: ${name}`, () => {
    let fixture: StoreFixture | undefined

    afterEach(async () => {
      await fixture?.cleanup()
      fixture = undefined
    })

    it('records a notification once per kind, recipient and period, and keeps the first', async () => {
      fixture = await makeStore()
      const log = fixture.store.notifications
      const first = sent('a@x.example', '2026-W48')
      expect(await log.recordSent(first)).toBe(true)
      expect(await log.recordSent({ ...first, sentAt: '2026-11-24T08:00:00.000Z', tasks: 9 })).toBe(false)
      // Another kind, recipient or period is another notification.
      expect(await log.recordSent(sent('a@x.example', '2026-W48', { kind: 'manager-overdue', messageId: null }))).toBe(true)
      expect(await log.recordSent(sent('b@x.example', '2026-W48'))).toBe(true)
      expect(await log.recordSent(sent('a@x.example', '2026-W49'))).toBe(true)
      expect(await log.listSent({ kind: 'owner-digest', recipient: 'a@x.example' })).toStrictEqual([first, sent('a@x.example', '2026-W49')])
    })

    it('lists by kind, recipient and period, for another store instance too', async () => {
      fixture = await makeStore()
      const webhook = sent('ops-hook', 'task-1@2026-11-20', { kind: 'webhook-overdue', tasks: 1 })
      await fixture.store.notifications.recordSent(sent('b@x.example', '2026-W48'))
      await fixture.store.notifications.recordSent(webhook)
      const other = await fixture.openAnother()
      try {
        expect(await other.notifications.listSent({ kind: 'webhook-overdue' })).toStrictEqual([webhook])
        expect(await other.notifications.listSent({ period: '2026-W48' })).toStrictEqual([sent('b@x.example', '2026-W48')])
        expect(await other.notifications.listSent()).toHaveLength(2)
      } finally {
        await other.close()
      }
    })
  })
}
