/** @module A Compute Engine instance as the CAI mapper (providers/gcp/mappers/compute.ts) normalizes it. */
import type { NodeInput } from '../../../model/graph-types.js'

export const INSTANCE: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/zones/us-central1-a/instances/app-1',
  kind: 'gcp.compute.instance',
  family: 'vm',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'app-1',
  props: { machineType: 'e2-small', metadataKeys: ['enable-oslogin', 'block-project-ssh-keys'], osLoginEnabled: true, blockProjectSshKeys: true },
}
