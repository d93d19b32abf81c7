import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamProjectAuditLogging } from './gcp-iam-project-audit-logging.js'
import { PROJECT } from './fixtures.js'

describe('gcp-iam-project-audit-logging', () => {
  it('is healthy with all three log types for allServices', () => {
    expect(evaluateRule(gcpIamProjectAuditLogging, PROJECT).status).toBe('healthy')
  })
  it('is unhealthy without audit configs', () => {
    expect(evaluateRule(gcpIamProjectAuditLogging, withProps(PROJECT, { iamAuditConfigs: undefined }))).toMatchObject({ status: 'unhealthy', message: 'project `demo-proj` has no audit config for allServices (Data Access logs off, unless set on a folder or the organization)' })
  })
  it('is unhealthy when DATA_READ is missing', () => {
    expect(evaluateRule(gcpIamProjectAuditLogging, withProps(PROJECT, { iamAuditConfigs: [{ service: "allServices", auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_WRITE" }] }] }))).toMatchObject({ status: 'unhealthy', message: 'project `demo-proj` does not log DATA_READ for allServices' })
  })
  it('is unhealthy with exempted members', () => {
    expect(evaluateRule(gcpIamProjectAuditLogging, withProps(PROJECT, { iamAuditConfigs: [{ service: "allServices", auditLogConfigs: [{ logType: "ADMIN_READ" }, { logType: "DATA_READ", exemptedMembers: ["user:ops@example.com"] }, { logType: "DATA_WRITE" }] }] })).status).toBe('unhealthy')
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpIamProjectAuditLogging, withProps(PROJECT, { iamBindings: undefined })).status).toBe('unknown')
  })
})
