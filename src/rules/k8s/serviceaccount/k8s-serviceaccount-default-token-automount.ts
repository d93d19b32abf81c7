/** @module k8s-serviceaccount-default-token-automount */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const k8sServiceaccountDefaultTokenAutomount = defineRule({
  id: 'k8s-serviceaccount-default-token-automount',
  title: 'Default service accounts do not mount their token into pods',
  description:
    'Pods that name no service account run as the namespace\'s `default` account, and its API token is mounted into ' +
    'them unless the account opts out: most of those pods never call the API, but an intruder in any of them can.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Set automountServiceAccountToken: false on the default service account of every namespace; give workloads that call the API their own account.'],
    cli: 'kubectl patch serviceaccount default -n <ns> -p \'{"automountServiceAccountToken": false}\'',
  },
  target: { kinds: ['k8s.serviceaccount'] },
  evaluate: (account) => {
    if (!account.name.endsWith('/default')) return notApplicable(`service account ${account.label} is not a namespace default`)
    // The API defaults automountServiceAccountToken to true when the manifest leaves it out.
    return account.bool('automountServiceAccountToken') === false
      ? healthy(`service account ${account.label} does not mount its token by default`)
      : unhealthy(`service account ${account.label} mounts its token into every pod that names no other account`)
  },
})
