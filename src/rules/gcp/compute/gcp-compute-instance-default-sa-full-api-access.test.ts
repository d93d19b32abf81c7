import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceDefaultSaFullApiAccess } from './gcp-compute-instance-default-sa-full-api-access.js'
import { INSTANCE } from './instance-fixture.js'

const FULL = 'https://www.googleapis.com/auth/cloud-platform'
const DEFAULT_SA = '123456789012-compute@developer.gserviceaccount.com'

describe('gcp-compute-instance-default-sa-full-api-access', () => {
  it('is healthy for a dedicated account with the cloud-platform scope', () => {
    const instance = withProps(INSTANCE, { serviceAccounts: [{ email: 'app@demo-proj.iam.gserviceaccount.com', scopes: [FULL] }] })
    expect(evaluateRule(gcpComputeInstanceDefaultSaFullApiAccess, instance).status).toBe('healthy')
  })
  it('is healthy for the default account with narrow scopes', () => {
    const instance = withProps(INSTANCE, { serviceAccounts: [{ email: DEFAULT_SA, scopes: ['https://www.googleapis.com/auth/devstorage.read_only'] }] })
    expect(evaluateRule(gcpComputeInstanceDefaultSaFullApiAccess, instance).status).toBe('healthy')
  })
  it('is unhealthy for the default account with the cloud-platform scope', () => {
    const instance = withProps(INSTANCE, { serviceAccounts: [{ email: DEFAULT_SA, scopes: [FULL] }] })
    expect(evaluateRule(gcpComputeInstanceDefaultSaFullApiAccess, instance)).toMatchObject({
      status: 'unhealthy',
      message: `instance \`app-1\` runs as ${DEFAULT_SA} with the cloud-platform scope (full access to every Cloud API)`,
    })
  })
  it('is unknown when the service accounts are not in the input', () => {
    expect(evaluateRule(gcpComputeInstanceDefaultSaFullApiAccess, INSTANCE).status).toBe('unknown')
  })
})
