/** @module gcp-compute-instance-default-sa-full-api-access */
import { defineRule, healthy, notApplicable, text, texts, unhealthy } from '../../rule-kit.js'
import { isGkeNodeVm } from '../resource-document.js'

const DEFAULT_COMPUTE_ACCOUNT = /^\d+-compute@developer\.gserviceaccount\.com$/
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'

export const gcpComputeInstanceDefaultSaFullApiAccess = defineRule({
  id: 'gcp-compute-instance-default-sa-full-api-access',
  title: 'VM instance does not combine the default service account with full Cloud API access',
  description:
    'The default Compute Engine service account is a project Editor unless narrowed; with the cloud-platform ' +
    'scope nothing limits what its token does, so anyone with code execution on the VM (or SSRF to the metadata ' +
    'server) can modify almost every resource of the project.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: [
      'Run the instance as a dedicated, least-privileged service account.',
      'Until then, stop the instance and narrow its scopes to the APIs it calls.',
    ],
    cli: 'gcloud compute instances set-service-account <instance> --zone <zone> --service-account <sa-email> --scopes cloud-platform',
    terraform: 'service_account {\n  email  = google_service_account.app.email\n  scopes = ["cloud-platform"]\n}',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (instance) => {
    if (isGkeNodeVm(instance)) return notApplicable(`instance ${instance.label} is a GKE node: its account is the node pool's`)
    const accounts = instance.needObjects('serviceAccounts')
    const full = accounts.filter((a) => DEFAULT_COMPUTE_ACCOUNT.test(text(a['email'])) && texts(a['scopes']).includes(CLOUD_PLATFORM))
    return full.length === 0
      ? healthy(`instance ${instance.label} does not give the default service account full API access`)
      : unhealthy(`instance ${instance.label} runs as ${text(full[0]!['email'])} with the cloud-platform scope (full access to every Cloud API)`)
  },
})
