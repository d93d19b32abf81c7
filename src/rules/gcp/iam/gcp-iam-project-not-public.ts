/** @module gcp-iam-project-not-public */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'
import { grantsOf } from './bindings.js'

export const gcpIamProjectNotPublic = defineRule({
  id: 'gcp-iam-project-not-public',
  title: 'Project IAM policy grants nothing to allUsers or allAuthenticatedUsers',
  description:
    'A project-level role granted to allUsers or allAuthenticatedUsers applies to every resource of the project, for anyone on the internet (any Google account counts as authenticated).',
  severity: 'critical',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'data-exposure'],
  remediation: {
    steps: ['Remove the allUsers / allAuthenticatedUsers bindings from the project policy; grant public access on individual resources only where it is intended.', 'Restrict members to your organization with the iam.allowedPolicyMemberDomains organization policy.'],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=allUsers --role=<role>',
  },
  target: { kinds: ['gcp.resourcemanager.project'] },
  evaluate: (project) => {
    grantsOf(project)
    const grants = (project.objects('publicBindings') ?? []).map((b) => `${text(b['member'])} (${text(b['role'])})`)
    return grants.length === 0
      ? healthy(`project ${project.label} grants nothing to allUsers or allAuthenticatedUsers`)
      : unhealthy(`project ${project.label} grants ${grants.join(', ')}`, { grants })
  },
})
