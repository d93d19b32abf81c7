/**
 * @module Posts the overdue-task event to a webhook: JSON body, HMAC signature (webhook-signature.ts), a timeout
 * per try, and retries with backoff on a lost connection, a timeout, 429 or 5xx. Other answers are final.
 */
import { randomUUID } from 'node:crypto'
import { SkyhoundError } from '../../model/errors.js'
import type { GovernanceTask } from '../../model/governance.js'
import { withRetries } from './retry.js'
import { SIGNATURE_HEADER, signPayload } from './webhook-signature.js'

export const WEBHOOK_EVENT = 'governance.tasks.overdue'

export interface WebhookSettings {
  /** Names the webhook in the notification log and in messages (the URL minus its query by default). */
  readonly name: string
  readonly url: string
  /** Read from the environment by the caller; never logged. */
  readonly secret: string
  readonly timeoutMs: number
  readonly retries: { readonly attempts: number; readonly baseDelayMs: number }
}

export interface OverdueTaskEvent {
  readonly id: string
  readonly owner: string | null
  readonly dueDate: string | null
  readonly daysOverdue: number
  readonly eta: GovernanceTask['eta']
  readonly finding: GovernanceTask['finding']
  readonly resource: GovernanceTask['resource']
  readonly governanceRuleId: string | null
}

export interface OverduePayload {
  readonly type: typeof WEBHOOK_EVENT
  readonly id: string
  readonly sentAt: string
  readonly tasks: readonly OverdueTaskEvent[]
}

class HttpStatusError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`)
  }
}

const isTransientHttp = (error: unknown): boolean =>
  error instanceof HttpStatusError ? error.status === 429 || error.status >= 500 : true

export interface WebhookHooks {
  readonly now?: () => Date
  readonly sleep?: (ms: number) => Promise<void>
  readonly onRetry?: (name: string, error: unknown, attempt: number, delayMs: number) => void
}

export async function postOverdueEvent(settings: WebhookSettings, tasks: readonly OverdueTaskEvent[], hooks: WebhookHooks = {}): Promise<OverduePayload> {
  const now = hooks.now ?? (() => new Date())
  const payload: OverduePayload = { type: WEBHOOK_EVENT, id: randomUUID(), sentAt: now().toISOString(), tasks }
  const body = JSON.stringify(payload)
  await withRetries(
    async () => {
      // Signed per try: a retry an hour later still passes the receiver's age check.
      const signature = signPayload(settings.secret, body, Math.floor(now().getTime() / 1000))
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'skyhound-governance', 'x-skyhound-event': WEBHOOK_EVENT, 'x-skyhound-delivery': payload.id, [SIGNATURE_HEADER]: signature },
        body,
        signal: AbortSignal.timeout(settings.timeoutMs),
      })
      await response.arrayBuffer().catch(() => undefined)
      if (!response.ok) throw new HttpStatusError(response.status)
    },
    {
      attempts: settings.retries.attempts,
      baseDelayMs: settings.retries.baseDelayMs,
      isTransient: isTransientHttp,
      ...(hooks.sleep === undefined ? {} : { sleep: hooks.sleep }),
      onRetry: (error, attempt, delay) => hooks.onRetry?.(settings.name, error, attempt, delay),
    },
  ).catch((error: unknown) => {
    const what = error instanceof HttpStatusError ? `answered HTTP ${error.status}` : `could not be reached (${error instanceof Error ? error.message : String(error)})`
    throw new SkyhoundError('SKY_NOTIFY_DELIVERY', `webhook ${settings.name} ${what}`, {
      where: settings.name,
      cause: error,
      hint: 'check the webhook URL and that the receiver answers 2xx within the timeout; 429, 5xx and timeouts are retried',
    })
  })
  return payload
}
