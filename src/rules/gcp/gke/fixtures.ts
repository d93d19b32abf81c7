/** @module A GKE cluster node as the Cloud Asset Inventory reader maps it, for the GKE rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const GKE_CLUSTER: NodeInput = {
  id: '//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/gke-demo',
  kind: 'gcp.container.cluster',
  family: 'k8s-cluster',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'gke-demo',
  props: {
    assetType: 'container.googleapis.com/Cluster',
    legacyAbacEnabled: false,
    masterAuthorizedNetworksEnabled: true,
    masterAuthorizedCidrs: ['192.0.2.0/24'],
    privateEndpoint: false,
    controlPlanePublic: true,
    controlPlaneUnrestricted: false,
  },
}

/** A node pool as the mapper emits it from its cluster's `nodePools` (no `config` of its own). */
export const GKE_NODE_POOL: NodeInput = {
  id: '//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/gke-demo/nodePools/default-pool',
  kind: 'gcp.container.nodepool',
  family: 'k8s-node',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'gke-demo/default-pool',
  props: {
    name: 'default-pool',
    serviceAccount: 'gke-nodes@demo-proj.iam.gserviceaccount.com',
    defaultServiceAccount: false,
    oauthScopes: ['https://www.googleapis.com/auth/cloud-platform'],
    machineType: 'e2-standard-4',
    workloadMetadataMode: 'gke_metadata',
    secureBoot: true,
    autoUpgrade: true,
    clusterId: '//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/gke-demo',
  },
}
