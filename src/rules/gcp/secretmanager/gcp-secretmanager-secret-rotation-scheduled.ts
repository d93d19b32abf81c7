/** @module gcp-secretmanager-secret-rotation-scheduled */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpSecretmanagerSecretRotationScheduled = defineRule({
  id: 'gcp-secretmanager-secret-rotation-scheduled',
  title: 'Secret Manager secret has a rotation schedule',
  description:
    'A rotation period makes Secret Manager notify the rotation function on schedule; without one nothing prompts anyone to rotate, and the same credential stays valid (and exposed wherever it leaked) indefinitely.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['identity'],
  remediation: {
    steps: ['Set a rotation period and a Pub/Sub topic on the secret, and subscribe a function that creates the new version and revokes the old credential.'],
    cli: 'gcloud secrets update <secret> --rotation-period=90d --next-rotation-time=<RFC 3339 time> --add-topics=<topic>',
    terraform: 'rotation {\n  rotation_period    = "7776000s"\n  next_rotation_time = "2030-01-01T00:00:00Z"\n}\ntopics {\n  name = google_pubsub_topic.rotation.id\n}',
  },
  target: { kinds: ['gcp.secretmanager.secret'] },
  evaluate: (secret) => {
    if (!hasResourceDocument(secret)) return unknown(`secret ${secret.label}: its rotation settings are not in the input`)
    const period = secret.str('rotationPeriod')
    return period === undefined
      ? unhealthy(`secret ${secret.label} has no rotation schedule`)
      : healthy(`secret ${secret.label} rotates every ${Math.round(Number.parseFloat(period) / 86_400)} days`)
  },
})
