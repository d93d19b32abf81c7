import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamProjectKmsDutiesSeparated } from './gcp-iam-project-kms-duties-separated.js'
import { PROJECT } from './fixtures.js'

describe('gcp-iam-project-kms-duties-separated', () => {
  it('is healthy when the roles go to different members', () => {
    expect(evaluateRule(gcpIamProjectKmsDutiesSeparated, withProps(PROJECT, { iamBindings: [{ role: "roles/cloudkms.admin", members: ["group:security@example.com"] }, { role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", members: ["serviceAccount:deployer@demo-proj.iam.gserviceaccount.com"] }] })).status).toBe('healthy')
  })
  it('is unhealthy when one member holds both', () => {
    expect(evaluateRule(gcpIamProjectKmsDutiesSeparated, withProps(PROJECT, { iamBindings: [{ role: "roles/cloudkms.admin", members: ["user:ops@example.com"] }, { role: "roles/cloudkms.cryptoKeyDecrypter", members: ["user:ops@example.com"] }] }))).toMatchObject({ status: 'unhealthy', message: 'project `demo-proj` grants both Cloud KMS Admin and key use to user:ops@example.com' })
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpIamProjectKmsDutiesSeparated, withProps(PROJECT, { iamBindings: undefined })).status).toBe('unknown')
  })
})
