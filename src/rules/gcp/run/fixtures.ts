/** @module A Cloud Run service as the CAI reader maps it (with its IAM policy), for the Cloud Run rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const RUN_SERVICE: NodeInput = {
  id: '//run.googleapis.com/projects/demo-proj/locations/europe-west1/services/api',
  kind: 'gcp.run.service',
  family: 'function',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'api',
  props: {
    url: 'https://api-abc123-ew.a.run.app',
    ingress: 'all',
    images: ['europe-docker.pkg.dev/demo-proj/app/api:1.4.2'],
    serviceAccountEmail: 'api@demo-proj.iam.gserviceaccount.com',
    environmentVariableNames: ['PORT_NAME'],
    iamBindings: [{ role: 'roles/run.invoker', members: ['serviceAccount:frontend@demo-proj.iam.gserviceaccount.com'] }],
    publicBindings: [],
  },
}
