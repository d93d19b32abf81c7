/** @module A Cloud Function as the CAI reader maps it (with its IAM policy), for the Cloud Functions rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const FUNCTION: NodeInput = {
  id: '//cloudfunctions.googleapis.com/projects/demo-proj/locations/europe-west1/functions/webhook',
  kind: 'gcp.cloudfunctions.function',
  family: 'function',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'webhook',
  props: {
    generation: 'gen2',
    runtime: 'nodejs20',
    isHttpTriggered: true,
    ingressSettings: 'allow_internal_and_gclb',
    serviceAccountEmail: 'webhook@demo-proj.iam.gserviceaccount.com',
    environmentVariableNames: ['LOG_LEVEL'],
    iamBindings: [{ role: 'roles/cloudfunctions.invoker', members: ['serviceAccount:caller@demo-proj.iam.gserviceaccount.com'] }],
    publicBindings: [],
  },
}
