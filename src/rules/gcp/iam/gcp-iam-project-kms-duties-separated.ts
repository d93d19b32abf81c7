/** @module gcp-iam-project-kms-duties-separated */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { grantsOf, isServiceAgent, rolesByMember } from './bindings.js'

export const gcpIamProjectKmsDutiesSeparated = defineRule({
  id: 'gcp-iam-project-kms-duties-separated',
  title: 'No member both administers and uses Cloud KMS keys on the project',
  description:
    'Cloud KMS Admin manages keys and their IAM policy; with an encrypter or decrypter role as well, the same member can grant itself use of any key and decrypt the data it protects — no second person is needed.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['encryption', 'access-control'],
  remediation: {
    steps: ['Give Cloud KMS Admin and the CryptoKey Encrypter/Decrypter roles to different members; grant key use on individual keys.'],
    cli: 'gcloud projects remove-iam-policy-binding <project> --member=<member> --role=roles/cloudkms.cryptoKeyEncrypterDecrypter',
  },
  target: { kinds: ['gcp.resourcemanager.project'] },
  evaluate: (project) => {
    const use = ['roles/cloudkms.cryptoKeyEncrypterDecrypter', 'roles/cloudkms.cryptoKeyEncrypter', 'roles/cloudkms.cryptoKeyDecrypter']
    const both = [...rolesByMember(grantsOf(project))]
      .filter(([member, roles]) => !isServiceAgent(member) && roles.has('roles/cloudkms.admin') && use.some((role) => roles.has(role)))
      .map(([member]) => member)
    return both.length === 0
      ? healthy(`project ${project.label} separates Cloud KMS administration from key use`)
      : unhealthy(`project ${project.label} grants both Cloud KMS Admin and key use to ${both.join(', ')}`, { members: both })
  },
})
