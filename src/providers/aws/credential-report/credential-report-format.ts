/**
 * @module `aws-iam-credential-report`: the IAM credential report, the CSV that
 * `aws iam generate-credential-report; aws iam get-credential-report --query Content --output text | base64 -d`
 * writes. It is the only export that says whether a user has a console password and an MFA device;
 * each row adds those facts to the user node the authorization details create (same ARN, props merge).
 * The `<root_account>` row is the account's root user: its facts go on the account node.
 */
import type { DetectionSample, FormatAdapter } from '../../../formats/format-adapter.js'
import type { JsonObject } from '../../../model/graph-types.js'
import { SkyhoundError } from '../../../model/errors.js'
import { awsAccountNodeId } from '../../ids.js'
import { parseArn } from '../core/arn.js'
import { compact } from '../core/json.js'
import { awsNode, FragmentBuilder } from '../core/nodes.js'
import { toIsoTimestamp } from '../core/timestamps.js'

/** The columns every report starts with (AWS has only ever appended columns). */
const HEAD = ['user', 'arn', 'user_creation_time', 'password_enabled']
const REQUIRED = ['user', 'arn', 'password_enabled', 'mfa_active']

export function detectCredentialReport(sample: DetectionSample): boolean {
  const first = sample.head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const columns = first.split(',').map((c) => c.trim())
  return HEAD.every((c, i) => columns[i] === c) && columns.includes('mfa_active')
}

/** `true`/`false`, and `N/A` or `not_supported` for facts that do not apply (no password, root). */
const flag = (value: string | undefined): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined)
const time = (value: string | undefined): string | undefined =>
  value === undefined || value === 'N/A' || value === 'no_information' || value === 'not_supported' ? undefined : toIsoTimestamp(value)

function rowProps(row: Readonly<Record<string, string>>): JsonObject {
  const keys = [1, 2].map((n) => compact({ active: flag(row[`access_key_${n}_active`]), lastRotatedAt: time(row[`access_key_${n}_last_rotated`]), lastUsedAt: time(row[`access_key_${n}_last_used_date`]) }))
  return compact({
    passwordEnabled: flag(row['password_enabled']),
    passwordLastUsedAt: time(row['password_last_used']),
    passwordLastChangedAt: time(row['password_last_changed']),
    mfaEnabled: flag(row['mfa_active']),
    activeAccessKeyCount: keys.filter((k) => k['active'] === true).length,
    credentialReport: true,
  })
}

export const awsCredentialReportFormat: FormatAdapter = {
  id: 'aws-iam-credential-report',
  provider: 'aws',
  title: 'AWS IAM credential report (CSV)',
  detect: detectCredentialReport,
  async read(ctx) {
    let columns: string[] | undefined
    const out = new FragmentBuilder()
    for await (const { line, text } of ctx.file.lines()) {
      if (text.trim() === '') continue
      // Report values never hold commas or quotes (names, ARNs, dates, true/false, N/A).
      const cells = text.replace(/^\uFEFF/, '').split(',').map((c) => c.trim())
      if (columns === undefined) {
        columns = cells
        const missing = REQUIRED.filter((c) => !columns!.includes(c))
        if (missing.length > 0) {
          throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}:1: credential report has no column ${missing.join(', ')}`, {
            where: `${ctx.file.path}:1`,
            hint: 'scan the report as `aws iam get-credential-report --query Content --output text | base64 -d` writes it',
          })
        }
        continue
      }
      const row: Record<string, string> = {}
      columns.forEach((c, i) => (row[c] = cells[i] ?? ''))
      const arn = row['arn'] ?? ''
      const parsed = parseArn(arn)
      if (parsed === undefined || parsed.account === '') {
        ctx.issue({ location: `line ${line}`, kind: 'invalid-record', message: `row has no valid arn (${arn || 'empty'})`, hint: 'this row was skipped' })
        continue
      }
      if (row['user'] === '<root_account>') {
        // The root user is the account itself; its MFA is the account's.
        const root = rowProps(row)
        const props = compact({ accountId: parsed.account, rootMfaEnabled: flag(row['mfa_active']), rootActiveAccessKeyCount: root['activeAccessKeyCount'] })
        out.addNode(awsNode({ id: awsAccountNodeId(parsed.account), kind: 'aws.account', accountId: parsed.account, name: parsed.account, props }))
        continue
      }
      out.addNode(awsNode({ id: arn, kind: 'aws.iam.user', accountId: parsed.account, name: row['user'], props: { userName: row['user'] ?? '', ...rowProps(row) } }))
      out.addContainment(parsed.account, arn)
    }
    ctx.emit(out.build())
  },
}
