/** @module A project with its IAM policy and a service account key, as the CAI reader maps them, for the IAM rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const PROJECT: NodeInput = {
  id: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  kind: 'gcp.resourcemanager.project',
  family: 'account',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'demo-proj',
  props: {
    projectId: 'demo-proj',
    iamBindings: [
      { role: 'roles/owner', members: ['group:platform-admins@example.com'] },
      { role: 'roles/storage.objectViewer', members: ['serviceAccount:app@demo-proj.iam.gserviceaccount.com'] },
      { role: 'roles/container.serviceAgent', members: ['serviceAccount:service-123456789012@container-engine-robot.iam.gserviceaccount.com'] },
    ],
    publicBindings: [],
    iamAuditConfigs: [
      { service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] },
    ],
  },
}

export const KEY: NodeInput = {
  id: '//iam.googleapis.com/projects/demo-proj/serviceAccounts/app@demo-proj.iam.gserviceaccount.com/keys/0123abcd',
  kind: 'gcp.iam.serviceaccountkey',
  family: 'secret',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: '0123abcd',
  props: { keyType: 'system_managed', userManaged: false, keyOrigin: 'google_provided', validAfterTime: '2026-01-01T00:00:00Z' },
}
