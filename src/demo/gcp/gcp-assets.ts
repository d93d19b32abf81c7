/**
 * @module Cloud Asset Inventory records (formats.md §A3) and the resource `data` of the asset types the demo
 * uses. Records are built in the GCS-export form (snake_case proto names); `toGcloudCase` gives the
 * `gcloud asset list --format=json` form (camelCase). `data` is always the service's own camelCase.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { GCP_ORG } from '../demo-company.js'
import type { DemoClock } from '../demo-company.js'
import { hash32 } from '../demo-random.js'

export interface Project {
  readonly projectId: string
  readonly number: string
  readonly region: string
  readonly zone: string
  /** Folder the project sits in (ancestors). */
  readonly folder: string
}

const COMPUTE = 'https://www.googleapis.com/compute/v1'
export const computeUrl = (project: Project, path: string): string => `${COMPUTE}/projects/${project.projectId}/${path}`
export const ancestors = (project: Project): string[] => [`projects/${project.number}`, `folders/${project.folder}`, `organizations/${GCP_ORG}`]
export const projectParent = (project: Project): string => `//cloudresourcemanager.googleapis.com/projects/${project.number}`

/** Numeric resource ids as GCE prints them (a string of 19 digits), stable per name. */
export const numericId = (name: string): string => `${(hash32(name, 'a') % 9_000_000) + 1_000_000}${String(hash32(name, 'b')).padStart(10, '0')}`.slice(0, 19)

const DISCOVERY: Record<string, { uri: string; version: string }> = {
  compute: { uri: 'https://www.googleapis.com/discovery/v1/apis/compute/v1/rest', version: 'v1' },
  storage: { uri: 'https://www.googleapis.com/discovery/v1/apis/storage/v1/rest', version: 'v1' },
  iam: { uri: 'https://iam.googleapis.com/$discovery/rest', version: 'v1' },
  sqladmin: { uri: 'https://sqladmin.googleapis.com/$discovery/rest', version: 'v1beta4' },
  container: { uri: 'https://container.googleapis.com/$discovery/rest', version: 'v1' },
  cloudresourcemanager: { uri: 'https://cloudresourcemanager.googleapis.com/$discovery/rest', version: 'v1' },
}

export interface AssetInput {
  readonly name: string
  readonly assetType: string
  readonly project: Project
  readonly location: string
  readonly data: JsonObject
  /** Parent full name; the project by default. */
  readonly parent?: string
}

/** A RESOURCE-content record as the GCS export writes it (snake_case). */
export function resourceAsset(clock: DemoClock, input: AssetInput): JsonObject {
  const service = input.assetType.split('.')[0]!
  const discovery = DISCOVERY[service] ?? { uri: '', version: 'v1' }
  return {
    name: input.name,
    asset_type: input.assetType,
    resource: {
      version: discovery.version,
      discovery_document_uri: discovery.uri,
      discovery_name: input.assetType.split('/')[1] ?? '',
      parent: input.parent ?? projectParent(input.project),
      data: input.data,
      location: input.location,
    },
    ancestors: ancestors(input.project),
    update_time: clock.iso(-60),
  }
}

export interface Binding {
  readonly role: string
  readonly members: readonly string[]
}

/** An IAM_POLICY-content record (snake_case). */
export function iamPolicyAsset(clock: DemoClock, name: string, assetType: string, project: Project, bindings: readonly Binding[]): JsonObject {
  return {
    name,
    asset_type: assetType,
    iam_policy: {
      version: 1,
      etag: Buffer.from(String(hash32(name, 'etag'))).toString('base64'),
      bindings: bindings.map((b) => ({ role: b.role, members: [...b.members] })),
    },
    ancestors: ancestors(project),
    update_time: clock.iso(-60),
  }
}

const CAMEL: Readonly<Record<string, string>> = {
  asset_type: 'assetType',
  update_time: 'updateTime',
  iam_policy: 'iamPolicy',
  discovery_document_uri: 'discoveryDocumentUri',
  discovery_name: 'discoveryName',
}

/** The same record as `gcloud asset list --format=json` prints it: proto names in camelCase, data untouched. */
export function toGcloudCase(record: JsonObject): JsonObject {
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(record)) {
    if (key === 'resource' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const resource: Record<string, JsonValue> = {}
      for (const [k, v] of Object.entries(value)) resource[CAMEL[k] ?? k] = v
      out.resource = resource
    } else {
      out[CAMEL[key] ?? key] = value
    }
  }
  return out
}

// ---- resource data builders ----

export const instanceName = (project: Project, zone: string, name: string): string =>
  `//compute.googleapis.com/projects/${project.projectId}/zones/${zone}/instances/${name}`
export const diskName = (project: Project, zone: string, name: string): string => `//compute.googleapis.com/projects/${project.projectId}/zones/${zone}/disks/${name}`
export const firewallName = (project: Project, name: string): string => `//compute.googleapis.com/projects/${project.projectId}/global/firewalls/${name}`
export const bucketName = (bucket: string): string => `//storage.googleapis.com/${bucket}`
export const sqlName = (project: Project, name: string): string => `//cloudsql.googleapis.com/projects/${project.projectId}/instances/${name}`
export const clusterName = (project: Project, location: string, name: string): string =>
  `//container.googleapis.com/projects/${project.projectId}/locations/${location}/clusters/${name}`
export const serviceAccountEmail = (project: Project, account: string): string => `${account}@${project.projectId}.iam.gserviceaccount.com`
export const serviceAccountName = (project: Project, email: string): string =>
  `//iam.googleapis.com/projects/${project.projectId}/serviceAccounts/${numericId(`sa:${email}`).slice(0, 21)}`
export const defaultComputeSa = (project: Project): string => `${project.number}-compute@developer.gserviceaccount.com`

export interface InstanceSpec {
  readonly project: Project
  readonly zone: string
  readonly name: string
  readonly machineType: string
  readonly subnetwork: string
  readonly network: string
  readonly networkIp: string
  readonly natIp?: string
  readonly tags: readonly string[]
  readonly serviceAccount: string
  readonly scopes: readonly string[]
  readonly metadata?: readonly { readonly key: string; readonly value: string }[]
  readonly labels: Readonly<Record<string, string>>
  readonly diskSizeGb: number
  readonly image: string
}

export function instanceAsset(clock: DemoClock, spec: InstanceSpec): JsonObject {
  const { project, zone } = spec
  const self = computeUrl(project, `zones/${zone}/instances/${spec.name}`)
  return resourceAsset(clock, {
    name: instanceName(project, zone, spec.name),
    assetType: 'compute.googleapis.com/Instance',
    project,
    location: zone,
    data: {
      id: numericId(self),
      creationTimestamp: clock.daysAgo(90).replace('Z', '-07:00'),
      name: spec.name,
      tags: { items: [...spec.tags], fingerprint: 'Xfng3RgVVNE=' },
      machineType: computeUrl(project, `zones/${zone}/machineTypes/${spec.machineType}`),
      status: 'RUNNING',
      zone: computeUrl(project, `zones/${zone}`),
      canIpForward: false,
      networkInterfaces: [
        {
          network: spec.network,
          subnetwork: spec.subnetwork,
          networkIP: spec.networkIp,
          name: 'nic0',
          ...(spec.natIp ? { accessConfigs: [{ type: 'ONE_TO_ONE_NAT', name: 'External NAT', natIP: spec.natIp, networkTier: 'PREMIUM', kind: 'compute#accessConfig' }] } : {}),
          fingerprint: 'tc5bYy6T4gA=',
          stackType: 'IPV4_ONLY',
          kind: 'compute#networkInterface',
        },
      ],
      disks: [
        {
          type: 'PERSISTENT',
          mode: 'READ_WRITE',
          source: computeUrl(project, `zones/${zone}/disks/${spec.name}`),
          deviceName: 'persistent-disk-0',
          index: 0,
          boot: true,
          autoDelete: true,
          interface: 'SCSI',
          diskSizeGb: String(spec.diskSizeGb),
          kind: 'compute#attachedDisk',
        },
      ],
      metadata: { fingerprint: 'Hx0zcbIEbhc=', items: (spec.metadata ?? []).map((m) => ({ key: m.key, value: m.value })), kind: 'compute#metadata' },
      serviceAccounts: [{ email: spec.serviceAccount, scopes: [...spec.scopes] }],
      selfLink: self,
      scheduling: { onHostMaintenance: 'MIGRATE', automaticRestart: true, preemptible: false, provisioningModel: 'STANDARD' },
      cpuPlatform: 'Intel Cascade Lake',
      labels: { ...spec.labels },
      labelFingerprint: '42WmSpB8rSM=',
      startRestricted: false,
      deletionProtection: false,
      shieldedInstanceConfig: { enableSecureBoot: false, enableVtpm: true, enableIntegrityMonitoring: true },
      fingerprint: 'hWqBd1CZ8ME=',
      lastStartTimestamp: clock.daysAgo(20).replace('Z', '-07:00'),
      kind: 'compute#instance',
    },
  })
}

export function diskAsset(clock: DemoClock, spec: InstanceSpec): JsonObject {
  const { project, zone } = spec
  const self = computeUrl(project, `zones/${zone}/disks/${spec.name}`)
  return resourceAsset(clock, {
    name: diskName(project, zone, spec.name),
    assetType: 'compute.googleapis.com/Disk',
    project,
    location: zone,
    data: {
      id: numericId(self),
      creationTimestamp: clock.daysAgo(90).replace('Z', '-07:00'),
      name: spec.name,
      sizeGb: String(spec.diskSizeGb),
      zone: computeUrl(project, `zones/${zone}`),
      status: 'READY',
      selfLink: self,
      sourceImage: spec.image,
      type: computeUrl(project, `zones/${zone}/diskTypes/pd-balanced`),
      users: [computeUrl(project, `zones/${zone}/instances/${spec.name}`)],
      labels: { ...spec.labels },
      physicalBlockSizeBytes: '4096',
      kind: 'compute#disk',
    },
  })
}

export interface FirewallSpec {
  readonly name: string
  readonly network: string
  readonly sourceRanges: readonly string[]
  readonly allowed: readonly { readonly IPProtocol: string; readonly ports?: readonly string[] }[]
  readonly targetTags?: readonly string[]
  readonly description: string
  readonly priority?: number
}

export function firewallAsset(clock: DemoClock, project: Project, spec: FirewallSpec): JsonObject {
  const self = computeUrl(project, `global/firewalls/${spec.name}`)
  return resourceAsset(clock, {
    name: firewallName(project, spec.name),
    assetType: 'compute.googleapis.com/Firewall',
    project,
    location: 'global',
    data: {
      id: numericId(self),
      creationTimestamp: clock.daysAgo(400).replace('Z', '-07:00'),
      name: spec.name,
      description: spec.description,
      network: spec.network,
      priority: spec.priority ?? 1000,
      sourceRanges: [...spec.sourceRanges],
      ...(spec.targetTags ? { targetTags: [...spec.targetTags] } : {}),
      allowed: spec.allowed.map((a) => ({ IPProtocol: a.IPProtocol, ...(a.ports ? { ports: [...a.ports] } : {}) })),
      direction: 'INGRESS',
      logConfig: { enable: false },
      disabled: false,
      selfLink: self,
      kind: 'compute#firewall',
    },
  })
}

export interface BucketSpec {
  readonly name: string
  readonly project: Project
  readonly labels: Readonly<Record<string, string>>
  /** `enforced` forbids allUsers bindings; `inherited` allows them. */
  readonly publicAccessPrevention: 'enforced' | 'inherited'
}

export function bucketAsset(clock: DemoClock, spec: BucketSpec): JsonObject {
  return resourceAsset(clock, {
    name: bucketName(spec.name),
    assetType: 'storage.googleapis.com/Bucket',
    project: spec.project,
    location: 'eu',
    data: {
      kind: 'storage#bucket',
      id: spec.name,
      selfLink: `https://www.googleapis.com/storage/v1/b/${spec.name}`,
      projectNumber: spec.project.number,
      name: spec.name,
      timeCreated: clock.daysAgo(500),
      updated: clock.daysAgo(30),
      metageneration: '4',
      iamConfiguration: {
        bucketPolicyOnly: { enabled: true, lockedTime: clock.daysAgo(410) },
        uniformBucketLevelAccess: { enabled: true, lockedTime: clock.daysAgo(410) },
        publicAccessPrevention: spec.publicAccessPrevention,
      },
      location: 'EU',
      locationType: 'multi-region',
      storageClass: 'STANDARD',
      etag: 'CAQ=',
      labels: { ...spec.labels },
      versioning: { enabled: true },
    },
  })
}

export function serviceAccountAsset(clock: DemoClock, project: Project, email: string, displayName: string): JsonObject {
  const unique = numericId(`sa:${email}`).slice(0, 21)
  return resourceAsset(clock, {
    name: serviceAccountName(project, email),
    assetType: 'iam.googleapis.com/ServiceAccount',
    project,
    location: 'global',
    data: {
      name: `projects/${project.projectId}/serviceAccounts/${email}`,
      projectId: project.projectId,
      uniqueId: unique,
      email,
      displayName,
      etag: 'MDEwMjE5MjA=',
      oauth2ClientId: unique,
    },
  })
}

export function projectAsset(clock: DemoClock, project: Project, labels: Readonly<Record<string, string>>): JsonObject {
  return resourceAsset(clock, {
    name: projectParent(project),
    assetType: 'cloudresourcemanager.googleapis.com/Project',
    project,
    location: 'global',
    parent: `//cloudresourcemanager.googleapis.com/folders/${project.folder}`,
    data: {
      projectNumber: project.number,
      projectId: project.projectId,
      lifecycleState: 'ACTIVE',
      name: project.projectId,
      labels: { ...labels },
      createTime: clock.daysAgo(1500),
      parent: { type: 'folder', id: project.folder },
    },
  })
}
