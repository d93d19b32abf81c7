import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamProjectServiceAccountAdminRoles } from './gcp-iam-project-service-account-admin-roles.js'
import { PROJECT } from './fixtures.js'

describe('gcp-iam-project-service-account-admin-roles', () => {
  it('is healthy when service accounts hold narrow roles', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountAdminRoles, PROJECT).status).toBe('healthy')
  })
  it('is unhealthy when a service account is Editor', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountAdminRoles, withProps(PROJECT, { iamBindings: [{ role: "roles/editor", members: ["serviceAccount:deployer@demo-proj.iam.gserviceaccount.com", "serviceAccount:123456789012@cloudservices.gserviceaccount.com"] }] }))).toMatchObject({ status: 'unhealthy', message: 'project `demo-proj` grants deployer@demo-proj.iam.gserviceaccount.com (roles/editor)' })
  })
  it('is unhealthy for an admin role', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountAdminRoles, withProps(PROJECT, { iamBindings: [{ role: "roles/compute.admin", members: ["serviceAccount:deployer@demo-proj.iam.gserviceaccount.com"] }] })).status).toBe('unhealthy')
  })
  it('is healthy when only a Google service agent is Editor', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountAdminRoles, withProps(PROJECT, { iamBindings: [{ role: "roles/editor", members: ["serviceAccount:123456789012@cloudservices.gserviceaccount.com"] }] })).status).toBe('healthy')
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpIamProjectServiceAccountAdminRoles, withProps(PROJECT, { iamBindings: undefined })).status).toBe('unknown')
  })
})
