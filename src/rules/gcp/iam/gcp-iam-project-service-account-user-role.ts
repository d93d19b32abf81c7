/** @module gcp-iam-project-service-account-user-role */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { grantsOf, isHumanMember } from './bindings.js'

export const gcpIamProjectServiceAccountUserRole = defineRule({
  id: 'gcp-iam-project-service-account-user-role',
  title: 'No user holds Service Account User or Token Creator on the whole project',
  description:
    'Granted at project level, Service Account User and Token Creator let the member act as every service account of the project — present and future, the most privileged included — so their permission set is the union of all of them.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: ['Remove the project-level binding and grant the role on the individual service accounts the member needs to use.'],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/iam.serviceAccountUser',
  },
  target: { kinds: ['gcp.resourcemanager.project'] },
  evaluate: (project) => {
    const roles = new Set(['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator'])
    const grants = grantsOf(project).filter(({ role, member }) => roles.has(role) && isHumanMember(member))
    const shown = grants.map(({ role, member }) => `${member} (${role.slice('roles/iam.'.length)})`)
    return shown.length === 0
      ? healthy(`project ${project.label} grants no project-wide service account impersonation to users`)
      : unhealthy(`project ${project.label} lets ${shown.join(', ')} act as every service account of the project`, { grants: shown })
  },
})
