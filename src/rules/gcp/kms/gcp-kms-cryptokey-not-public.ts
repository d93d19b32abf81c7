/** @module gcp-kms-cryptokey-not-public */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

export const gcpKmsCryptokeyNotPublic = defineRule({
  id: 'gcp-kms-cryptokey-not-public',
  title: 'Cloud KMS key grants nothing to allUsers or allAuthenticatedUsers',
  description:
    'A key whose IAM policy names allUsers or allAuthenticatedUsers lets anyone on the internet use it (encrypt, decrypt, sign) or read it: the data it protects is as good as unencrypted.',
  severity: 'critical',
  control: 'manage-access-and-permissions',
  categories: ['encryption', 'access-control'],
  remediation: {
    steps: ['Remove the allUsers and allAuthenticatedUsers bindings from the key IAM policy.'],
    cli: 'gcloud kms keys remove-iam-policy-binding <key> --keyring <keyring> --location <location> --member=allUsers --role=<role>',
  },
  target: { kinds: ['gcp.kms.cryptokey'] },
  evaluate: (key) => {
    const grants = key.needObjects('publicBindings').map((b) => `${text(b['member'])} (${text(b['role'])})`)
    return grants.length === 0
      ? healthy(`key ${key.label} grants nothing to allUsers or allAuthenticatedUsers`)
      : unhealthy(`key ${key.label} grants ${grants.join(', ')}`, { grants })
  },
})
