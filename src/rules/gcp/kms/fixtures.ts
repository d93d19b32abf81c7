/** @module A Cloud KMS crypto key as the CAI reader maps it (with its IAM policy), for the KMS rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const CRYPTO_KEY: NodeInput = {
  id: '//cloudkms.googleapis.com/projects/demo-proj/locations/europe-west1/keyRings/app/cryptoKeys/data',
  kind: 'gcp.kms.cryptokey',
  family: 'kms-key',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'data',
  props: {
    purpose: 'encrypt_decrypt',
    rotationPeriod: '7776000s',
    nextRotationTime: '2027-01-01T00:00:00Z',
    protectionLevel: 'software',
    iamBindings: [{ role: 'roles/cloudkms.cryptoKeyEncrypterDecrypter', members: ['serviceAccount:app@demo-proj.iam.gserviceaccount.com'] }],
    publicBindings: [],
  },
}
