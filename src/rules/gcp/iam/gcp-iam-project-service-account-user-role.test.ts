import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamProjectServiceAccountUserRole } from './gcp-iam-project-service-account-user-role.js'
import { PROJECT } from './fixtures.js'

describe('gcp-iam-project-service-account-user-role', () => {
  it('is healthy without project-wide impersonation', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountUserRole, PROJECT).status).toBe('healthy')
  })
  it('is unhealthy when a user is Service Account User on the project', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountUserRole, withProps(PROJECT, { iamBindings: [{ role: "roles/iam.serviceAccountUser", members: ["user:dev@example.com", "serviceAccount:deployer@demo-proj.iam.gserviceaccount.com"] }] }))).toMatchObject({ status: 'unhealthy', message: 'project `demo-proj` lets user:dev@example.com (serviceAccountUser) act as every service account of the project' })
  })
  it('is healthy when the binding is conditional', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountUserRole, withProps(PROJECT, { iamBindings: [{ role: "roles/iam.serviceAccountTokenCreator", members: ["user:dev@example.com"], condition: { title: "ci only", expression: "resource.name.endsWith(\"ci@demo-proj.iam.gserviceaccount.com\")" } }] })).status).toBe('healthy')
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountUserRole, withProps(PROJECT, { iamBindings: undefined })).status).toBe('unknown')
  })
})
