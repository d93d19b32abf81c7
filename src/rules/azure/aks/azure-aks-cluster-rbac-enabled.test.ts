import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAksClusterRbacEnabled } from './azure-aks-cluster-rbac-enabled.js'
import { AKS_CLUSTER } from './fixtures.js'

describe('azure-aks-cluster-rbac-enabled', () => {
  it('is healthy with RBAC', () => {
    expect(evaluateRule(azureAksClusterRbacEnabled, AKS_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy without RBAC', () => {
    expect(evaluateRule(azureAksClusterRbacEnabled, withProps(AKS_CLUSTER, { rbacEnabled: false })).status).toBe('unhealthy')
  })
  it('is unknown when enableRBAC was not exported', () => {
    expect(evaluateRule(azureAksClusterRbacEnabled, withProps(AKS_CLUSTER, { rbacEnabled: undefined })).status).toBe('unknown')
  })
})
