import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAuthorizationCustomRoleNoOwnerPrivileges } from './azure-authorization-custom-role-no-owner-privileges.js'

const role: NodeInput = {
  id: 'azure-role-definition://11111111-2222-4333-8444-555555555555',
  kind: 'azure.authorization.roledefinition',
  family: 'role-definition',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'Platform Operator',
  props: {
    roleName: 'Platform Operator', roleType: 'CustomRole', actions: ['Microsoft.Compute/*/read', 'Microsoft.Compute/virtualMachines/restart/action'],
    notActions: [], dataActions: [], notDataActions: [], assignableScopes: ['/subscriptions/00000000-0000-4000-8000-000000000001'],
  },
}

describe('azure-authorization-custom-role-no-owner-privileges', () => {
  it('is healthy for a scoped custom role', () => {
    expect(evaluateRule(azureAuthorizationCustomRoleNoOwnerPrivileges, role).status).toBe('healthy')
  })
  it('is unhealthy for "*" assignable at a subscription', () => {
    expect(evaluateRule(azureAuthorizationCustomRoleNoOwnerPrivileges, withProps(role, { actions: ['*'] }))).toMatchObject({
      status: 'unhealthy',
      message: 'custom role `Platform Operator` allows every action and is assignable at /subscriptions/00000000-0000-4000-8000-000000000001',
    })
  })
  it('is not applicable to built-in roles, healthy for "*" on one resource group', () => {
    expect(evaluateRule(azureAuthorizationCustomRoleNoOwnerPrivileges, withProps(role, { roleType: 'BuiltInRole', actions: ['*'] })).status).toBe('not-applicable')
    const rg = withProps(role, { actions: ['*'], assignableScopes: ['/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-sandbox'] })
    expect(evaluateRule(azureAuthorizationCustomRoleNoOwnerPrivileges, rg).status).toBe('healthy')
  })
})
