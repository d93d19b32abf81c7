/** @module What a notification is; with its recipient and period it is the de-duplication key of the notification log. */

export const NOTIFICATION_KINDS = ['owner-digest', 'manager-overdue', 'webhook-overdue'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value)
