/**
 * @module Planted GCP resources: exposed instances whose service account reads a confidential bucket or edits
 * the project, the instance whose startup script holds an AWS key, an open Cloud SQL instance, a public
 * confidential bucket, the GKE clusters (one with legacy ABAC) and the workload-identity bindings.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { CLUSTERS, companyTags, GCP_DEV, GCP_PROD } from '../demo-company.js'
import { LEAKED_KEYS, placeholderSecret } from '../aws/aws-planted-resources.js'
import type { Binding, BucketSpec, FirewallSpec, InstanceSpec, Project } from './gcp-assets.js'
import {
  bucketName,
  clusterName,
  computeUrl,
  defaultComputeSa,
  resourceAsset,
  serviceAccountEmail,
  serviceAccountName,
  sqlName,
} from './gcp-assets.js'

export const PROD: Project = { ...GCP_PROD, folder: '301234567890' }
export const DEV: Project = { ...GCP_DEV, folder: '301234567891' }

export const NETWORK = {
  prod: { network: computeUrl(PROD, 'global/networks/vpc-ridgeline-prod'), subnetwork: computeUrl(PROD, `regions/${PROD.region}/subnetworks/snet-prod-ew1`) },
  dev: { network: computeUrl(DEV, 'global/networks/vpc-ridgeline-dev'), subnetwork: computeUrl(DEV, `regions/${DEV.region}/subnetworks/snet-dev-ew1`) },
} as const

export const SA = {
  webFrontend: serviceAccountEmail(PROD, 'web-frontend'),
  cronRunner: serviceAccountEmail(PROD, 'cron-runner'),
  batchRunner: serviceAccountEmail(PROD, 'batch-runner'),
  gkeNodes: serviceAccountEmail(PROD, 'gke-nodes'),
  reportBuilder: serviceAccountEmail(PROD, 'report-builder'),
  reportViewer: serviceAccountEmail(PROD, 'report-viewer'),
  defaultCompute: defaultComputeSa(PROD),
  sandboxNodes: serviceAccountEmail(DEV, 'sandbox-nodes'),
} as const

export const GCS = {
  customerExports: 'ridgeline-prod-customer-exports',
  partnerFeeds: 'ridgeline-prod-partner-feeds',
  staticSite: 'ridgeline-prod-static-site',
  mlTraining: 'ridgeline-prod-ml-training',
  devSandbox: 'ridgeline-dev-sandbox',
} as const

const confidential = (team: string, criticality: 'critical' | 'high' = 'high'): Record<string, string> =>
  companyTags(team, criticality, { 'data-classification': 'confidential' })
/** GCP label values allow only lowercase letters, digits, `-` and `_`: owner is the team, not an email. */
const labels = (tags: Record<string, string>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(tags)) out[k] = v.toLowerCase().replace(/@.*$/, '').replace(/[^a-z0-9_-]/g, '-')
  return out
}
export const gcpLabels = labels

export const BUCKETS: readonly BucketSpec[] = [
  { name: GCS.customerExports, project: PROD, labels: labels(confidential('analytics', 'critical')), publicAccessPrevention: 'enforced' },
  { name: GCS.partnerFeeds, project: PROD, labels: labels(confidential('supply-chain')), publicAccessPrevention: 'inherited' },
  { name: GCS.staticSite, project: PROD, labels: labels(companyTags('shop', 'medium', { 'data-classification': 'public' })), publicAccessPrevention: 'inherited' },
  { name: GCS.mlTraining, project: PROD, labels: labels(confidential('data')), publicAccessPrevention: 'enforced' },
  { name: GCS.devSandbox, project: DEV, labels: labels(companyTags('data', 'low', { env: 'dev', 'data-classification': 'internal' })), publicAccessPrevention: 'enforced' },
]

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'
const DEFAULT_SCOPES = [
  'https://www.googleapis.com/auth/devstorage.read_only',
  'https://www.googleapis.com/auth/logging.write',
  'https://www.googleapis.com/auth/monitoring.write',
]
const DEBIAN = 'https://www.googleapis.com/compute/v1/projects/debian-cloud/global/images/debian-12-bookworm-v20240415'

function vm(name: string, ip: string, tags: readonly string[], serviceAccount: string, team: string, extra: Partial<InstanceSpec> = {}): InstanceSpec {
  return {
    project: PROD,
    zone: PROD.zone,
    name,
    machineType: 'e2-standard-2',
    ...NETWORK.prod,
    networkIp: ip,
    tags,
    serviceAccount,
    scopes: [CLOUD_PLATFORM],
    labels: labels(companyTags(team, 'high')),
    diskSizeGb: 20,
    image: DEBIAN,
    ...extra,
  }
}

const leakedScript = [
  '#!/bin/bash',
  '# nightly push of return labels to the carrier bucket (TODO: move to workload identity federation)',
  `export AWS_ACCESS_KEY_ID=${LEAKED_KEYS.ciDeployer.keyId}`,
  `export AWS_SECRET_ACCESS_KEY=${placeholderSecret('ci-deployer')}`,
  'export AWS_DEFAULT_REGION=us-east-1',
  'aws s3 sync /srv/return-labels s3://ridgeline-dev-scratch/return-labels/',
  '',
].join('\n')

const safeScript = [
  '#!/bin/bash',
  '# nightly push of return labels to the carrier bucket, credentials from Secret Manager at run time',
  'gcloud secrets versions access latest --secret=carrier-upload-credentials --out-file=/run/carrier.json',
  'carrier-upload --credentials /run/carrier.json /srv/return-labels',
  '',
].join('\n')

export const INSTANCES = {
  webFrontend1: vm('web-frontend-1', '10.70.0.10', ['web'], SA.webFrontend, 'shop', { natIp: '203.0.113.50' }),
  webFrontend2: vm('web-frontend-2', '10.70.0.11', ['web'], SA.webFrontend, 'shop'),
  legacyCron1: vm('legacy-cron-1', '10.70.0.20', ['ssh'], SA.defaultCompute, 'ops', { natIp: '203.0.113.51' }),
  legacyCron2: vm('legacy-cron-2', '10.70.0.21', ['ssh'], SA.cronRunner, 'ops', { natIp: '203.0.113.52' }),
  batchRunner1: vm('batch-runner-1', '10.70.0.30', ['ssh', 'batch'], SA.batchRunner, 'supply-chain', { natIp: '203.0.113.53', scopes: DEFAULT_SCOPES, metadata: [{ key: 'startup-script', value: leakedScript }, { key: 'enable-oslogin', value: 'FALSE' }] }),
  batchRunner2: vm('batch-runner-2', '10.70.0.31', ['ssh', 'batch'], SA.batchRunner, 'supply-chain', { natIp: '203.0.113.54', scopes: DEFAULT_SCOPES, metadata: [{ key: 'startup-script', value: safeScript }, { key: 'enable-oslogin', value: 'TRUE' }] }),
} as const satisfies Record<string, InstanceSpec>

// ---- GKE ----

export const GKE = {
  prod: { project: PROD, location: PROD.region, name: CLUSTERS.gke, pool: 'default-pool', poolHash: '5f2a9c1e' },
  sandbox: { project: DEV, location: DEV.zone, name: 'gke-ridgeline-sandbox', pool: 'default-pool', poolHash: '0b7d4e21' },
} as const

export const GKE_PLANTED_NODES = 3

export interface GkeNode {
  readonly name: string
  readonly providerId: string
  readonly spec: InstanceSpec
}

/** Node `index` of the exported GKE cluster; 0–2 are planted, higher ones are filler. */
export function gkeNode(index: number): GkeNode {
  const suffix = ((index * 7919 + 1234) % 36 ** 4).toString(36).padStart(4, '0')
  const name = `gke-${GKE.prod.name}-${GKE.prod.pool}-${GKE.prod.poolHash}-${suffix}`
  const third = Math.floor(index / 250)
  return {
    name,
    providerId: `gce://${PROD.projectId}/${PROD.zone}/${name}`,
    spec: vm(name, `10.70.${16 + third}.${(index % 250) + 4}`, [`gke-${GKE.prod.name}-${GKE.prod.poolHash}-node`], SA.gkeNodes, 'platform', {
      machineType: 'e2-standard-4',
      scopes: [CLOUD_PLATFORM],
      diskSizeGb: 100,
      image: 'https://www.googleapis.com/compute/v1/projects/gke-node-images/global/images/gke-1294-gke1028000-cos-109-17800-147-22-c-pre',
      labels: { 'goog-gke-node': '', 'goog-k8s-cluster-name': GKE.prod.name, 'goog-k8s-node-pool-name': GKE.prod.pool, ...labels(companyTags('platform', 'high')) },
      metadata: [{ key: 'cluster-name', value: GKE.prod.name }, { key: 'cluster-location', value: GKE.prod.location }],
    }),
  }
}

export function gkeClusterAsset(clock: DemoClock, which: 'prod' | 'sandbox'): JsonObject {
  const c = GKE[which]
  const project = c.project
  const prod = which === 'prod'
  const net = prod ? NETWORK.prod : NETWORK.dev
  return resourceAsset(clock, {
    name: clusterName(project, c.location, c.name),
    assetType: 'container.googleapis.com/Cluster',
    project,
    location: c.location,
    data: {
      name: c.name,
      location: c.location,
      locations: prod ? [`${PROD.region}-b`, `${PROD.region}-c`, `${PROD.region}-d`] : [DEV.zone],
      selfLink: `https://container.googleapis.com/v1/projects/${project.projectId}/locations/${c.location}/clusters/${c.name}`,
      endpoint: prod ? '203.0.113.70' : '203.0.113.71',
      initialClusterVersion: prod ? '1.28.7-gke.1026000' : '1.24.17-gke.2113000',
      currentMasterVersion: prod ? '1.29.4-gke.1043002' : '1.24.17-gke.2113000',
      status: 'RUNNING',
      network: net.network.split('/').pop() ?? '',
      subnetwork: net.subnetwork.split('/').pop() ?? '',
      clusterIpv4Cidr: '10.80.0.0/14',
      servicesIpv4Cidr: '10.84.0.0/20',
      masterAuthorizedNetworksConfig: prod ? { enabled: true, cidrBlocks: [{ cidrBlock: '192.0.2.0/24', displayName: 'office' }], gcpPublicCidrsAccessEnabled: false } : {},
      ...(prod
        ? { privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: false, masterIpv4CidrBlock: '172.16.0.0/28', privateEndpoint: '172.16.0.2', publicEndpoint: '203.0.113.70' } }
        : {}),
      // The sandbox was created before RBAC was the default and never migrated.
      legacyAbac: prod ? {} : { enabled: true },
      masterAuth: { clientCertificateConfig: prod ? {} : { issueClientCertificate: true }, clusterCaCertificate: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCkRFTU8KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=' },
      networkPolicy: prod ? { provider: 'CALICO', enabled: true } : {},
      ...(prod ? { workloadIdentityConfig: { workloadPool: `${PROD.projectId}.svc.id.goog` } } : {}),
      nodePools: [
        {
          name: c.pool,
          config: {
            machineType: 'e2-standard-4',
            diskSizeGb: 100,
            oauthScopes: [CLOUD_PLATFORM],
            serviceAccount: prod ? SA.gkeNodes : SA.sandboxNodes,
            imageType: 'COS_CONTAINERD',
            ...(prod ? { workloadMetadataConfig: { mode: 'GKE_METADATA' } } : {}),
            shieldedInstanceConfig: { enableIntegrityMonitoring: true },
          },
          initialNodeCount: prod ? 1 : 2,
          autoscaling: prod ? { enabled: true, minNodeCount: 1, maxNodeCount: 100 } : {},
          management: { autoUpgrade: true, autoRepair: true },
          instanceGroupUrls: [computeUrl(project, `zones/${prod ? PROD.zone : DEV.zone}/instanceGroupManagers/gke-${c.name}-${c.pool}-${c.poolHash}-grp`)],
          status: 'RUNNING',
          version: prod ? '1.29.4-gke.1043002' : '1.24.17-gke.2113000',
        },
      ],
      ipAllocationPolicy: { useIpAliases: true, clusterSecondaryRangeName: 'pods', servicesSecondaryRangeName: 'services' },
      releaseChannel: prod ? { channel: 'REGULAR' } : {},
      resourceLabels: labels(companyTags('platform', prod ? 'critical' : 'medium', prod ? {} : { env: 'dev' })),
    },
  })
}

// ---- Cloud SQL ----

export function cloudSqlAsset(clock: DemoClock, name: string, open: boolean, team: string): JsonObject {
  return resourceAsset(clock, {
    name: sqlName(PROD, name),
    assetType: 'sqladmin.googleapis.com/Instance',
    project: PROD,
    location: PROD.region,
    data: {
      kind: 'sql#instance',
      state: 'RUNNABLE',
      databaseVersion: 'POSTGRES_15',
      settings: {
        authorizedGaeApplications: [],
        tier: 'db-custom-2-7680',
        kind: 'sql#settings',
        availabilityType: 'ZONAL',
        pricingPlan: 'PER_USE',
        activationPolicy: 'ALWAYS',
        ipConfiguration: open
          ? { ipv4Enabled: true, authorizedNetworks: [{ value: '0.0.0.0/0', name: 'anywhere', kind: 'sql#aclEntry' }], requireSsl: false, sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' }
          : { ipv4Enabled: false, privateNetwork: `projects/${PROD.projectId}/global/networks/vpc-ridgeline-prod`, authorizedNetworks: [], requireSsl: true, sslMode: 'ENCRYPTED_ONLY' },
        userLabels: labels(confidential(team, 'critical')),
        databaseFlags: [{ name: 'cloudsql.iam_authentication', value: open ? 'off' : 'on' }],
        backupConfiguration: { enabled: true, startTime: '02:00', kind: 'sql#backupConfiguration', pointInTimeRecoveryEnabled: true },
        dataDiskSizeGb: '100',
        dataDiskType: 'PD_SSD',
        storageAutoResize: true,
      },
      etag: 'a1b2c3',
      ipAddresses: open ? [{ type: 'PRIMARY', ipAddress: '203.0.113.60' }] : [{ type: 'PRIVATE', ipAddress: '10.70.64.3' }],
      serverCaCert: { kind: 'sql#sslCert', certSerialNumber: '0', commonName: 'C=US,O=Google\\, Inc,CN=Google Cloud SQL Server CA' },
      instanceType: 'CLOUD_SQL_INSTANCE',
      project: PROD.projectId,
      serviceAccountEmailAddress: `p${PROD.number}-abc123@gcp-sa-cloud-sql.iam.gserviceaccount.com`,
      backendType: 'SECOND_GEN',
      selfLink: `https://sqladmin.googleapis.com/sql/v1beta4/projects/${PROD.projectId}/instances/${name}`,
      connectionName: `${PROD.projectId}:${PROD.region}:${name}`,
      name,
      region: PROD.region,
      gceZone: PROD.zone,
      createTime: clock.daysAgo(420),
    },
  })
}

export const CLOUD_SQL = { orders: 'orders-pg', analytics: 'analytics-pg' } as const

export const PROD_FIREWALLS: readonly FirewallSpec[] = [
  { name: 'allow-web-any', network: NETWORK.prod.network, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['80', '443', '8080'] }], targetTags: ['web'], description: 'public web tier' },
  { name: 'allow-ssh-any', network: NETWORK.prod.network, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], targetTags: ['ssh'], description: 'SSH from anywhere (legacy, pre-IAP)' },
  { name: 'allow-internal', network: NETWORK.prod.network, sourceRanges: ['10.70.0.0/16'], allowed: [{ IPProtocol: 'tcp', ports: ['0-65535'] }, { IPProtocol: 'udp', ports: ['0-65535'] }, { IPProtocol: 'icmp' }], description: 'east-west', priority: 65534 },
  { name: `gke-${GKE.prod.name}-${GKE.prod.poolHash}-master`, network: NETWORK.prod.network, sourceRanges: ['172.16.0.0/28'], allowed: [{ IPProtocol: 'tcp', ports: ['443', '10250'] }], targetTags: [`gke-${GKE.prod.name}-${GKE.prod.poolHash}-node`], description: 'GKE control plane to nodes' },
]
export const DEV_FIREWALLS: readonly FirewallSpec[] = [
  { name: 'allow-internal-dev', network: NETWORK.dev.network, sourceRanges: ['10.90.0.0/16'], allowed: [{ IPProtocol: 'tcp', ports: ['0-65535'] }], description: 'east-west', priority: 65534 },
]

export const WORKLOAD_POOL = `${PROD.projectId}.svc.id.goog`

/** IAM policies of the prod project, buckets and service accounts (the IAM_POLICY export). */
export const PROD_POLICIES: readonly { readonly name: string; readonly assetType: string; readonly bindings: readonly Binding[] }[] = [
  {
    name: `//cloudresourcemanager.googleapis.com/projects/${PROD.number}`,
    assetType: 'cloudresourcemanager.googleapis.com/Project',
    bindings: [
      { role: 'roles/owner', members: ['group:platform-admins@ridgeline-outfitters.example'] },
      // The default compute service account keeps the Editor role GCP grants it at project creation.
      { role: 'roles/editor', members: [`serviceAccount:${SA.defaultCompute}`, `serviceAccount:${PROD.number}@cloudservices.gserviceaccount.com`] },
      { role: 'roles/viewer', members: ['group:security-readers@ridgeline-outfitters.example'] },
      { role: 'roles/logging.logWriter', members: [`serviceAccount:${SA.gkeNodes}`, `serviceAccount:${SA.cronRunner}`, `serviceAccount:${SA.batchRunner}`, `serviceAccount:${SA.webFrontend}`] },
      { role: 'roles/monitoring.metricWriter', members: [`serviceAccount:${SA.gkeNodes}`] },
      { role: 'roles/container.developer', members: ['group:platform-admins@ridgeline-outfitters.example'] },
    ],
  },
  {
    name: bucketName(GCS.customerExports),
    assetType: 'storage.googleapis.com/Bucket',
    bindings: [
      { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${PROD.projectId}`, `projectEditor:${PROD.projectId}`] },
      { role: 'roles/storage.objectViewer', members: [`serviceAccount:${SA.webFrontend}`, `serviceAccount:${SA.reportBuilder}`, `serviceAccount:${SA.reportViewer}`] },
    ],
  },
  {
    name: bucketName(GCS.partnerFeeds),
    assetType: 'storage.googleapis.com/Bucket',
    bindings: [
      { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${PROD.projectId}`] },
      { role: 'roles/storage.objectViewer', members: ['allUsers'] },
    ],
  },
  {
    name: bucketName(GCS.staticSite),
    assetType: 'storage.googleapis.com/Bucket',
    bindings: [
      { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${PROD.projectId}`] },
      { role: 'roles/storage.objectViewer', members: ['allUsers'] },
    ],
  },
  {
    name: bucketName(GCS.mlTraining),
    assetType: 'storage.googleapis.com/Bucket',
    bindings: [
      { role: 'roles/storage.legacyBucketOwner', members: [`projectOwner:${PROD.projectId}`] },
      { role: 'roles/storage.objectViewer', members: [`serviceAccount:${SA.gkeNodes}`] },
    ],
  },
  {
    name: serviceAccountName(PROD, SA.reportBuilder),
    assetType: 'iam.googleapis.com/ServiceAccount',
    bindings: [{ role: 'roles/iam.workloadIdentityUser', members: [`serviceAccount:${WORKLOAD_POOL}[analytics/report-builder]`] }],
  },
  {
    name: serviceAccountName(PROD, SA.reportViewer),
    assetType: 'iam.googleapis.com/ServiceAccount',
    // Bound to a Kubernetes service account that does not exist: the report-viewer pods cannot impersonate it.
    bindings: [{ role: 'roles/iam.workloadIdentityUser', members: [`serviceAccount:${WORKLOAD_POOL}[analytics/report-exporter]`] }],
  },
]

export const DEV_POLICIES: readonly { readonly name: string; readonly assetType: string; readonly bindings: readonly Binding[] }[] = [
  {
    name: `//cloudresourcemanager.googleapis.com/projects/${DEV.number}`,
    assetType: 'cloudresourcemanager.googleapis.com/Project',
    bindings: [
      { role: 'roles/owner', members: ['group:platform-admins@ridgeline-outfitters.example'] },
      { role: 'roles/editor', members: [`serviceAccount:${defaultComputeSa(DEV)}`, 'group:developers@ridgeline-outfitters.example'] },
      { role: 'roles/logging.logWriter', members: [`serviceAccount:${SA.sandboxNodes}`] },
    ],
  },
]
