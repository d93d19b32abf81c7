import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamProjectNotPublic } from './gcp-iam-project-not-public.js'
import { PROJECT } from './fixtures.js'

describe('gcp-iam-project-not-public', () => {
  it('is healthy without public members', () => {
    expect(evaluateRule(gcpIamProjectNotPublic, PROJECT).status).toBe('healthy')
  })
  it('is unhealthy when allAuthenticatedUsers holds a role', () => {
    expect(evaluateRule(gcpIamProjectNotPublic, withProps(PROJECT, { iamBindings: [{ role: "roles/viewer", members: ["allAuthenticatedUsers"] }], publicBindings: [{ role: "roles/viewer", member: "allAuthenticatedUsers" }] }))).toMatchObject({ status: 'unhealthy', message: 'project `demo-proj` grants allAuthenticatedUsers (roles/viewer)' })
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpIamProjectNotPublic, withProps(PROJECT, { iamBindings: undefined, publicBindings: undefined })).status).toBe('unknown')
  })
})
