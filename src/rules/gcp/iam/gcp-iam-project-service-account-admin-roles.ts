/** @module gcp-iam-project-service-account-admin-roles */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { grantsOf, isServiceAgent } from './bindings.js'

export const gcpIamProjectServiceAccountAdminRoles = defineRule({
  id: 'gcp-iam-project-service-account-admin-roles',
  title: 'Service accounts hold no Owner, Editor or admin role on the project',
  description:
    'A service account key or a workload running as the account is enough to use its roles: an Owner, Editor or *Admin service account turns any leak of a workload into control of the project.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: ['Replace the basic or admin role with predefined roles scoped to what the workload does (IAM Recommender lists the permissions it used).', 'Stop automatic Editor grants to default service accounts with the iam.automaticIamGrantsForDefaultServiceAccounts organization policy.'],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=serviceAccount:<email> --role=roles/editor',
  },
  target: { kinds: ['gcp.resourcemanager.project'] },
  evaluate: (project) => {
    const admin = grantsOf(project).filter(
      ({ role, member }) => member.startsWith('serviceAccount:') && !isServiceAgent(member) && (role === 'roles/owner' || role === 'roles/editor' || /admin$/i.test(role)),
    )
    const shown = admin.map(({ role, member }) => `${member.slice('serviceAccount:'.length)} (${role})`)
    return shown.length === 0
      ? healthy(`project ${project.label} grants no basic or admin role to a service account`)
      : unhealthy(`project ${project.label} grants ${shown.join(', ')}`, { grants: shown })
  },
})
