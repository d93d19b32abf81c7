/** @module gcp-compute-instance-default-service-account */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

const DEFAULT_COMPUTE_ACCOUNT = /^\d+-compute@developer\.gserviceaccount\.com$/
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'

export const gcpComputeInstanceDefaultServiceAccount = defineRule({
  id: 'gcp-compute-instance-default-service-account',
  title: 'VM instance does not run as the default Compute Engine service account',
  description:
    'The default Compute Engine service account holds the project Editor role unless it was changed, so code on ' +
    'the VM (or anyone who compromises it) can change almost everything in the project, especially with the ' +
    'cloud-platform access scope.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: [
      'Create a dedicated service account with only the roles the workload needs.',
      'Stop the instance, set that service account (and narrow access scopes), start it again.',
    ],
    cli: 'gcloud compute instances set-service-account <instance> --zone <zone> --service-account <sa-email> --scopes cloud-platform',
    terraform: 'service_account {\n  email  = google_service_account.app.email\n  scopes = ["cloud-platform"]\n}',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (instance) => {
    const accounts = instance.needObjects('serviceAccounts')
    const defaults = accounts.filter((a) => DEFAULT_COMPUTE_ACCOUNT.test(text(a['email'])))
    if (defaults.length === 0) {
      return healthy(`instance ${instance.label} runs as ${accounts.map((a) => text(a['email'])).join(', ') || 'no service account'}`)
    }
    const scopes = Array.isArray(defaults[0]!['scopes']) ? defaults[0]!['scopes'] : []
    const full = scopes.includes(CLOUD_PLATFORM) ? ' with the cloud-platform scope' : ''
    return unhealthy(`instance ${instance.label} runs as the default service account ${text(defaults[0]!['email'])}${full}`)
  },
})
