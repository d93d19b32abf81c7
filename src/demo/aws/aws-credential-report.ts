/**
 * @module The IAM credential report of an account (`aws iam get-credential-report`, base64-decoded): one CSV
 * row for the root user and one per IAM user, in the column order AWS writes. People (`console`) have a
 * password and may have an MFA device; machine users have neither.
 */
import type { DemoClock } from '../demo-company.js'
import type { IamAccount } from './aws-iam-model.js'
import { userArn } from './aws-iam-model.js'

export const CREDENTIAL_REPORT_COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
] as const

const NO_KEYS = ['false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'N/A', 'N/A', 'N/A', 'false', 'N/A', 'false', 'N/A']

export function credentialReport(clock: DemoClock, account: IamAccount): string {
  const at = (daysAgo: number): string => clock.isoSeconds(-daysAgo * 1440).replace('Z', '+00:00')
  const rows: string[][] = [
    ['<root_account>', `arn:aws:iam::${account.accountId}:root`, at(2000), 'not_supported', at(40), 'not_supported', 'not_supported', 'true', ...NO_KEYS],
  ]
  for (const user of account.users) {
    const created = user.createdDaysAgo ?? 500
    const person = user.console
    rows.push([
      user.name,
      userArn(account.accountId, user.name),
      at(created),
      person === undefined ? 'false' : 'true',
      person === undefined ? 'N/A' : at(2),
      person === undefined ? 'N/A' : at(90),
      'N/A',
      person?.mfa === true ? 'true' : 'false',
      ...NO_KEYS,
    ])
  }
  return `${[[...CREDENTIAL_REPORT_COLUMNS], ...rows].map((r) => r.join(',')).join('\n')}\n`
}
