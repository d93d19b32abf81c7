/**
 * @module GCP roles → permissions. Basic roles and the predefined roles that matter for attacks are
 * data (abridged from the public IAM role reference to the permissions that read data, run code, mint
 * credentials or change access; never widened). Custom roles come from the input (`gcp.iam.role`).
 * A predefined role missing from the table is inferred from its name and says so as a caveat.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import { strings } from '../json-read.js'
import { matchesAny } from '../wildcard.js'

export interface GcpRole {
  readonly key: string
  readonly include: readonly string[]
  readonly exclude: readonly string[]
  /** Set when the permissions are guessed from the role name. */
  readonly inferred?: boolean
}

const IMPERSONATE = ['iam.serviceAccounts.getAccessToken', 'iam.serviceAccounts.getOpenIdToken', 'iam.serviceAccounts.signBlob', 'iam.serviceAccounts.signJwt', 'iam.serviceAccounts.implicitDelegation']
const DATA_READS = ['storage.objects.get', 'secretmanager.versions.access', 'cloudkms.cryptoKeyVersions.useToDecrypt', 'bigquery.tables.getData', 'spanner.databases.select']

const TABLE: Readonly<Record<string, { include: readonly string[]; exclude?: readonly string[] }>> = {
  // Owner holds every permission but the token-minting ones, which it can grant itself (setIamPolicy).
  'roles/owner': { include: ['*'], exclude: IMPERSONATE },
  // Editor: everything but IAM policy changes (GKE RBAC objects included); it keeps actAs and key creation.
  'roles/editor': { include: ['*'], exclude: [...IMPERSONATE, '*.setIamPolicy', 'resourcemanager.*.delete', 'iam.roles.*', 'container.clusterRoles.*', 'container.clusterRoleBindings.*', 'container.roles.*', 'container.roleBindings.*'] },
  'roles/viewer': { include: ['*.get', '*.list', '*.getIamPolicy'], exclude: DATA_READS },
  'roles/browser': { include: ['resourcemanager.*.get', 'resourcemanager.*.list'] },

  'roles/storage.objectViewer': { include: ['storage.objects.get', 'storage.objects.list', 'storage.managedFolders.get', 'storage.managedFolders.list'] },
  'roles/storage.objectCreator': { include: ['storage.objects.create'] },
  'roles/storage.objectUser': { include: ['storage.objects.get', 'storage.objects.list', 'storage.objects.create', 'storage.objects.delete', 'storage.objects.update'] },
  'roles/storage.objectAdmin': { include: ['storage.objects.*', 'storage.managedFolders.*'] },
  'roles/storage.admin': { include: ['storage.*'] },
  'roles/storage.legacyBucketReader': { include: ['storage.buckets.get', 'storage.objects.list'] },
  'roles/storage.legacyBucketWriter': { include: ['storage.buckets.get', 'storage.objects.list', 'storage.objects.create', 'storage.objects.delete'] },
  'roles/storage.legacyBucketOwner': { include: ['storage.buckets.get', 'storage.buckets.update', 'storage.buckets.getIamPolicy', 'storage.buckets.setIamPolicy', 'storage.objects.list', 'storage.objects.create', 'storage.objects.delete'] },
  'roles/storage.legacyObjectReader': { include: ['storage.objects.get'] },
  'roles/storage.legacyObjectOwner': { include: ['storage.objects.get', 'storage.objects.update', 'storage.objects.getIamPolicy', 'storage.objects.setIamPolicy'] },

  'roles/secretmanager.secretAccessor': { include: ['secretmanager.versions.access'] },
  'roles/secretmanager.viewer': { include: ['secretmanager.secrets.get', 'secretmanager.secrets.list', 'secretmanager.versions.get', 'secretmanager.versions.list'] },
  'roles/secretmanager.secretVersionAdder': { include: ['secretmanager.versions.add'] },
  'roles/secretmanager.secretVersionManager': { include: ['secretmanager.versions.*'], exclude: ['secretmanager.versions.access'] },
  'roles/secretmanager.admin': { include: ['secretmanager.*'] },

  'roles/iam.serviceAccountUser': { include: ['iam.serviceAccounts.actAs', 'iam.serviceAccounts.get', 'iam.serviceAccounts.list'] },
  'roles/iam.serviceAccountTokenCreator': { include: [...IMPERSONATE, 'iam.serviceAccounts.get', 'iam.serviceAccounts.list'] },
  'roles/iam.workloadIdentityUser': { include: ['iam.serviceAccounts.getAccessToken', 'iam.serviceAccounts.getOpenIdToken', 'iam.serviceAccounts.get', 'iam.serviceAccounts.list'] },
  'roles/iam.serviceAccountKeyAdmin': { include: ['iam.serviceAccountKeys.*', 'iam.serviceAccounts.get', 'iam.serviceAccounts.list'] },
  'roles/iam.serviceAccountAdmin': { include: ['iam.serviceAccounts.create', 'iam.serviceAccounts.delete', 'iam.serviceAccounts.get', 'iam.serviceAccounts.list', 'iam.serviceAccounts.update', 'iam.serviceAccounts.enable', 'iam.serviceAccounts.disable', 'iam.serviceAccounts.getIamPolicy', 'iam.serviceAccounts.setIamPolicy'] },
  'roles/iam.securityAdmin': { include: ['*.getIamPolicy', '*.setIamPolicy', 'iam.roles.*', 'iam.serviceAccountKeys.*', 'iam.serviceAccounts.get', 'iam.serviceAccounts.list', 'resourcemanager.*.get', 'resourcemanager.*.list'] },
  'roles/iam.roleAdmin': { include: ['iam.roles.*'] },
  'roles/resourcemanager.projectIamAdmin': { include: ['resourcemanager.projects.getIamPolicy', 'resourcemanager.projects.setIamPolicy'] },
  'roles/resourcemanager.folderIamAdmin': { include: ['resourcemanager.folders.getIamPolicy', 'resourcemanager.folders.setIamPolicy'] },
  'roles/resourcemanager.organizationAdmin': { include: ['resourcemanager.organizations.*', 'resourcemanager.folders.*', 'resourcemanager.projects.*', 'orgpolicy.*'] },
  'roles/resourcemanager.folderAdmin': { include: ['resourcemanager.folders.*', 'resourcemanager.projects.*'] },

  'roles/compute.admin': { include: ['compute.*'] },
  'roles/compute.instanceAdmin': { include: ['compute.instances.*', 'compute.disks.*', 'compute.images.useReadOnly'], exclude: ['compute.instances.setIamPolicy'] },
  'roles/compute.instanceAdmin.v1': { include: ['compute.instances.*', 'compute.instanceGroups.*', 'compute.disks.*', 'compute.images.useReadOnly'] },
  'roles/compute.osAdminLogin': { include: ['compute.instances.osAdminLogin', 'compute.instances.osLogin', 'compute.instances.get', 'compute.instances.list'] },
  'roles/compute.osLogin': { include: ['compute.instances.osLogin', 'compute.instances.get', 'compute.instances.list'] },
  'roles/compute.viewer': { include: ['compute.*.get', 'compute.*.list'] },
  'roles/compute.securityAdmin': { include: ['compute.firewalls.*', 'compute.securityPolicies.*', 'compute.sslCertificates.*'] },
  'roles/compute.networkAdmin': { include: ['compute.networks.*', 'compute.subnetworks.*', 'compute.routes.*', 'compute.addresses.*', 'compute.forwardingRules.*'] },

  'roles/container.admin': { include: ['container.*'] },
  'roles/container.clusterAdmin': { include: ['container.clusters.*', 'container.operations.*'] },
  'roles/container.developer': { include: ['container.*'], exclude: ['container.clusters.create', 'container.clusters.delete', 'container.clusters.update', 'container.clusterRoles.*', 'container.clusterRoleBindings.*', 'container.roles.*', 'container.roleBindings.*', 'container.*.setIamPolicy'] },
  'roles/container.viewer': { include: ['container.*.get', 'container.*.list'], exclude: ['container.secrets.get', 'container.secrets.list'] },
  'roles/container.clusterViewer': { include: ['container.clusters.get', 'container.clusters.list'] },

  'roles/cloudsql.client': { include: ['cloudsql.instances.connect', 'cloudsql.instances.get'] },
  'roles/cloudsql.instanceUser': { include: ['cloudsql.instances.login', 'cloudsql.instances.get'] },
  'roles/cloudsql.viewer': { include: ['cloudsql.*.get', 'cloudsql.*.list'] },
  'roles/cloudsql.editor': { include: ['cloudsql.*'], exclude: ['cloudsql.instances.delete', 'cloudsql.databases.delete', 'cloudsql.*.setIamPolicy'] },
  'roles/cloudsql.admin': { include: ['cloudsql.*'] },

  'roles/cloudkms.cryptoKeyDecrypter': { include: ['cloudkms.cryptoKeyVersions.useToDecrypt'] },
  'roles/cloudkms.cryptoKeyEncrypter': { include: ['cloudkms.cryptoKeyVersions.useToEncrypt'] },
  'roles/cloudkms.cryptoKeyEncrypterDecrypter': { include: ['cloudkms.cryptoKeyVersions.useToEncrypt', 'cloudkms.cryptoKeyVersions.useToDecrypt'] },
  'roles/cloudkms.admin': { include: ['cloudkms.*'], exclude: ['cloudkms.cryptoKeyVersions.useToDecrypt', 'cloudkms.cryptoKeyVersions.useToEncrypt', 'cloudkms.cryptoKeyVersions.useToSign'] },
  'roles/cloudkms.viewer': { include: ['cloudkms.*.get', 'cloudkms.*.list'] },

  'roles/bigquery.dataViewer': { include: ['bigquery.tables.getData', 'bigquery.tables.get', 'bigquery.tables.list', 'bigquery.datasets.get'] },
  'roles/bigquery.dataEditor': { include: ['bigquery.tables.*', 'bigquery.datasets.get'], exclude: ['bigquery.tables.setIamPolicy'] },
  'roles/bigquery.dataOwner': { include: ['bigquery.tables.*', 'bigquery.datasets.*'] },
  'roles/bigquery.admin': { include: ['bigquery.*'] },
  'roles/spanner.databaseReader': { include: ['spanner.databases.select', 'spanner.databases.read', 'spanner.databases.get'] },
  'roles/spanner.databaseUser': { include: ['spanner.databases.select', 'spanner.databases.read', 'spanner.databases.write', 'spanner.databases.get'] },
  'roles/spanner.admin': { include: ['spanner.*'] },

  'roles/cloudfunctions.invoker': { include: ['cloudfunctions.functions.invoke'] },
  'roles/cloudfunctions.viewer': { include: ['cloudfunctions.*.get', 'cloudfunctions.*.list'] },
  'roles/cloudfunctions.developer': { include: ['cloudfunctions.*'], exclude: ['cloudfunctions.functions.setIamPolicy'] },
  'roles/cloudfunctions.admin': { include: ['cloudfunctions.*'] },
  'roles/run.invoker': { include: ['run.routes.invoke', 'run.jobs.run'] },
  'roles/run.viewer': { include: ['run.*.get', 'run.*.list'] },
  'roles/run.developer': { include: ['run.*'], exclude: ['run.*.setIamPolicy'] },
  'roles/run.admin': { include: ['run.*'] },
  'roles/cloudbuild.builds.editor': { include: ['cloudbuild.builds.*'] },
  'roles/deploymentmanager.editor': { include: ['deploymentmanager.*'] },
  'roles/artifactregistry.reader': { include: ['artifactregistry.repositories.downloadArtifacts', 'artifactregistry.repositories.get', 'artifactregistry.repositories.list'] },
  'roles/artifactregistry.writer': { include: ['artifactregistry.repositories.downloadArtifacts', 'artifactregistry.repositories.uploadArtifacts', 'artifactregistry.repositories.get'] },
  'roles/artifactregistry.admin': { include: ['artifactregistry.*'] },

  'roles/logging.logWriter': { include: ['logging.logEntries.create'] },
  'roles/logging.viewer': { include: ['logging.*.get', 'logging.*.list'] },
  'roles/logging.admin': { include: ['logging.*'] },
  'roles/monitoring.metricWriter': { include: ['monitoring.timeSeries.create', 'monitoring.metricDescriptors.create'] },
  'roles/monitoring.viewer': { include: ['monitoring.*.get', 'monitoring.*.list'] },
}

const READ_SUFFIX = /(viewer|reader|browser|accessor|auditor)$/i
const ADMIN_SUFFIX = /(admin|owner)$/i
const WRITE_SUFFIX = /(editor|writer|user|developer|operator|creator|invoker|client|agent)$/i

/** Permissions guessed from a predefined role's name: `roles/<service>.<kind>`. */
function inferred(role: string): GcpRole | undefined {
  const match = /^roles\/([a-z0-9]+)\.([A-Za-z0-9.]+)$/.exec(role)
  if (match === null) return undefined
  const service = match[1]!
  const name = match[2]!
  if (READ_SUFFIX.test(name)) return { key: role, include: [`${service}.*.get`, `${service}.*.list`], exclude: [], inferred: true }
  if (ADMIN_SUFFIX.test(name)) return { key: role, include: [`${service}.*`], exclude: [], inferred: true }
  if (WRITE_SUFFIX.test(name)) return { key: role, include: [`${service}.*`], exclude: ['*.setIamPolicy'], inferred: true }
  return undefined
}

export class GcpRoles {
  private readonly cache = new Map<string, GcpRole | undefined>()

  constructor(private readonly graph: GraphView) {}

  resolve(role: string): GcpRole | undefined {
    if (this.cache.has(role)) return this.cache.get(role)
    let resolved: GcpRole | undefined
    const entry = TABLE[role]
    if (entry !== undefined) {
      resolved = { key: role, include: entry.include, exclude: entry.exclude ?? [] }
    } else if (role.startsWith('projects/') || role.startsWith('organizations/')) {
      // Custom role: its CAI name is `//iam.googleapis.com/<role>`.
      const node = this.graph.indexOf(`//iam.googleapis.com/${role}`)
      const permissions = node === undefined ? [] : strings(this.graph.nodeProps(node)['includedPermissions'])
      resolved = node === undefined ? undefined : { key: role, include: permissions, exclude: [] }
    } else {
      resolved = inferred(role)
    }
    this.cache.set(role, resolved)
    return resolved
  }
}

export const roleGrants = (role: GcpRole, permission: string): boolean =>
  matchesAny(role.include, permission, false) && !matchesAny(role.exclude, permission, false)

