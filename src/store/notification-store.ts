/**
 * @module The notification log (governance notifications, issue 8): which digest or webhook event went to whom for
 * which period. `skyhound governance notify` checks it before sending, so running it twice in a week sends nothing
 * new. The key is (kind, recipient, period): the ISO week for digests, `<task id>@<due date>` for webhook events.
 */
import type { NotificationKind } from '../governance/notify/notification-kind.js'

export interface NotificationRecord {
  readonly kind: NotificationKind
  /** A mailbox for digests, the webhook's name for webhook events. */
  readonly recipient: string
  readonly period: string
  readonly sentAt: string
  /** The Message-ID of a mail, the delivery id of a webhook event. */
  readonly messageId: string | null
  /** Tasks the notification carried. */
  readonly tasks: number
}

export interface NotificationFilter {
  readonly kind?: NotificationKind
  readonly recipient?: string
  readonly period?: string
}

export interface NotificationKey {
  readonly kind: NotificationKind
  readonly recipient: string
  readonly period: string
}

export interface NotificationStore {
  /**
   * Records a notification under its key, atomically: false (and nothing changed) when the key is already
   * logged. With `messageId: null` it is a claim taken before sending, so two runs at once never both send.
   */
  recordSent(record: NotificationRecord): Promise<boolean>
  /** Completes a claim with the message id the sender returned. */
  confirmSent(key: NotificationKey, messageId: string): Promise<void>
  /** Drops a claim whose sending failed (a later run tries again); a confirmed record stays. */
  releaseClaim(key: NotificationKey): Promise<void>
  /** By kind, recipient, period. */
  listSent(filter?: NotificationFilter): Promise<NotificationRecord[]>
}
