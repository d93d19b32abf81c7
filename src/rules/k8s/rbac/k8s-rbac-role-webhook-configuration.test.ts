import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleWebhookConfiguration } from './k8s-rbac-role-webhook-configuration.js'
import { clusterRole, role } from './fixtures.js'

const reader = clusterRole('pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-webhook-configuration', () => {
  it('is healthy for a read-only cluster role', () => {
    expect(evaluateRule(k8sRbacRoleWebhookConfiguration, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRoleWebhookConfiguration, clusterRole('narrow', [{ apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['get', 'list'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRoleWebhookConfiguration, clusterRole('ops', [{ apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations'], verbs: ['patch'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can manage mutatingwebhookconfigurations' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRoleWebhookConfiguration, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRoleWebhookConfiguration, clusterRole('system:controller:ops', [{ apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations'], verbs: ['patch'] }])).status).toBe('not-applicable')
  })
  it('is not applicable to a namespaced Role (cluster-scoped resource)', () => {
    expect(evaluateRule(k8sRbacRoleWebhookConfiguration, role('shop', 'r', [{ apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations'], verbs: ['patch'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleWebhookConfiguration, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
