/** @module azure-authorization-custom-role-no-owner-privileges */
import { defineRule, healthy, notApplicable, texts, unhealthy } from '../../rule-kit.js'

/** Tenant root, management groups and subscriptions: scopes where "*" means administering everything below. */
const BROAD_SCOPE = /^\/$|^\/subscriptions\/[^/]+$|\/managementgroups\/[^/]+$/i

export const azureAuthorizationCustomRoleNoOwnerPrivileges = defineRule({
  id: 'azure-authorization-custom-role-no-owner-privileges',
  title: 'No custom role grants subscription administrator ("*") privileges',
  description:
    'A custom role with action "*" assignable at subscription, management group or root scope is an Owner ' +
    'look-alike that escapes reviews of the built-in Owner role; whoever it is assigned to administers everything.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: ['Replace "*" in the custom role with the actions its holders need, or delete the role and use built-in roles.'],
    cli: 'az role definition update --role-definition @role.json',
  },
  target: { kinds: ['azure.authorization.roledefinition'] },
  evaluate: (role) => {
    if (role.needStr('roleType') !== 'CustomRole') return notApplicable(`role ${role.label} is built in`)
    const actions = role.needStrings('actions')
    const scopes = texts(role.value('assignableScopes')).filter((scope) => BROAD_SCOPE.test(scope))
    return actions.includes('*') && scopes.length > 0
      ? unhealthy(`custom role ${role.label} allows every action and is assignable at ${scopes.join(', ')}`)
      : healthy(`custom role ${role.label} does not grant "*" at subscription scope or above`)
  },
})
