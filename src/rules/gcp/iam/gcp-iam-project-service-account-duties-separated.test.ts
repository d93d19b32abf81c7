import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamProjectServiceAccountDutiesSeparated } from './gcp-iam-project-service-account-duties-separated.js'
import { PROJECT } from './fixtures.js'

describe('gcp-iam-project-service-account-duties-separated', () => {
  it('is healthy when the roles go to different members', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountDutiesSeparated, withProps(PROJECT, { iamBindings: [{ role: "roles/iam.serviceAccountAdmin", members: ["group:iam@example.com"] }, { role: "roles/iam.serviceAccountUser", members: ["group:devs@example.com"] }] })).status).toBe('healthy')
  })
  it('is unhealthy when one member holds both', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountDutiesSeparated, withProps(PROJECT, { iamBindings: [{ role: "roles/iam.serviceAccountAdmin", members: ["user:ops@example.com"] }, { role: "roles/iam.serviceAccountUser", members: ["user:ops@example.com"] }] }))).toMatchObject({ status: 'unhealthy', message: 'project `demo-proj` grants both Service Account Admin and User to user:ops@example.com' })
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountDutiesSeparated, withProps(PROJECT, { iamBindings: undefined })).status).toBe('unknown')
  })
})
