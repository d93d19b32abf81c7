/** @module gcp-iam-project-service-account-duties-separated */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { grantsOf, rolesByMember } from './bindings.js'

export const gcpIamProjectServiceAccountDutiesSeparated = defineRule({
  id: 'gcp-iam-project-service-account-duties-separated',
  title: 'No member both administers and uses the project service accounts',
  description:
    'A member with Service Account Admin and Service Account User can create a service account, grant it roles it manages and act as it: the two roles together defeat separation of duties over workload identities.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: ['Give Service Account Admin and Service Account User to different people or groups; keep the admin role to the identity team.'],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/iam.serviceAccountUser',
  },
  target: { kinds: ['gcp.resourcemanager.project'] },
  evaluate: (project) => {
    const both = [...rolesByMember(grantsOf(project))]
      .filter(([, roles]) => roles.has('roles/iam.serviceAccountAdmin') && roles.has('roles/iam.serviceAccountUser'))
      .map(([member]) => member)
    return both.length === 0
      ? healthy(`project ${project.label} separates service account administration from use`)
      : unhealthy(`project ${project.label} grants both Service Account Admin and User to ${both.join(', ')}`, { members: both })
  },
})
