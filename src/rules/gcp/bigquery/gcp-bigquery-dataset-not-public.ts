/** @module gcp-bigquery-dataset-not-public */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'

/** The dataset access list spells them as specialGroup (allAuthenticatedUsers) or iamMember (allUsers). */
const PUBLIC = ['allUsers', 'allAuthenticatedUsers']

export const gcpBigqueryDatasetNotPublic = defineRule({
  id: 'gcp-bigquery-dataset-not-public',
  title: 'BigQuery dataset is not readable by allUsers or allAuthenticatedUsers',
  description:
    'A dataset shared with allUsers or allAuthenticatedUsers lets anyone on the internet (any Google account counts as authenticated) query and export every table in it.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Remove the allUsers / allAuthenticatedUsers entries from the dataset access list and IAM policy; share with named principals or authorized views.', 'Restrict members to your organization with the iam.allowedPolicyMemberDomains organization policy.'],
    cli: 'bq show --format=prettyjson <project>:<dataset> > dataset.json  # remove the public entries from "access", then: bq update --source dataset.json <project>:<dataset>',
  },
  target: { kinds: ['gcp.bigquery.dataset'] },
  evaluate: (dataset) => {
    const access = dataset.objects('config.access')
    const bindings = dataset.objects('publicBindings')
    if (access === undefined && bindings === undefined) return unknown(`dataset ${dataset.label}: neither its access list nor its IAM policy is in the input`)
    const fromAccess = (access ?? []).flatMap((entry) => {
      const member = PUBLIC.find((p) => entry['specialGroup'] === p || entry['iamMember'] === p)
      return member === undefined ? [] : [`${member} (${text(entry['role'], 'access')})`]
    })
    const grants = [...fromAccess, ...(bindings ?? []).map((b) => `${text(b['member'])} (${text(b['role'])})`)]
    return grants.length === 0
      ? healthy(`dataset ${dataset.label} is not shared with allUsers or allAuthenticatedUsers`)
      : unhealthy(`dataset ${dataset.label} is readable by ${grants.join(', ')}`, { grants })
  },
})
