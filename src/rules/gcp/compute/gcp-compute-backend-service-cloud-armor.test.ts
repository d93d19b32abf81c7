import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeBackendServiceCloudArmor } from './gcp-compute-backend-service-cloud-armor.js'
import { BACKEND_SERVICE } from './backend-service-fixture.js'

describe('gcp-compute-backend-service-cloud-armor', () => {
  it('is healthy with a security policy', () => {
    expect(evaluateRule(gcpComputeBackendServiceCloudArmor, BACKEND_SERVICE).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(gcpComputeBackendServiceCloudArmor, withProps(BACKEND_SERVICE, { securityPolicy: undefined }))).toMatchObject({ status: 'unhealthy', message: 'backend service `web-backend` faces the internet without a Cloud Armor security policy' })
  })
  it('is not applicable to an internal load balancer', () => {
    expect(evaluateRule(gcpComputeBackendServiceCloudArmor, withProps(BACKEND_SERVICE, { loadBalancingScheme: "internal_managed", securityPolicy: undefined })).status).toBe('not-applicable')
  })
  it('is unknown without the scheme', () => {
    expect(evaluateRule(gcpComputeBackendServiceCloudArmor, withProps(BACKEND_SERVICE, { loadBalancingScheme: undefined })).status).toBe('unknown')
  })
})
