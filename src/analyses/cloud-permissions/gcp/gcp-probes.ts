/** @module Permissions tested on each GCP resource kind: the level each proves and the hop it opens. */
import type { Level } from '../derivation-sink.js'

export type GcpHop =
  /** Mint credentials of a service account: the account itself. */
  | 'impersonate'
  /** Run something as a service account (actAs): the account, with a deploy permission. */
  | 'act-as'
  /** Change a service account's policy: grant oneself token creation. */
  | 'grant-self'
  /** Run code on a compute resource: the service accounts it runs as. */
  | 'run-as-identity'
  /** Cluster-wide Kubernetes RBAC through GKE IAM. */
  | 'cluster-admin'

export interface GcpProbe {
  readonly permission: string
  readonly level: Level
  readonly data?: boolean
  readonly hop?: GcpHop
}

const p = (permission: string, level: Level, extra: Omit<GcpProbe, 'permission' | 'level'> = {}): GcpProbe => ({ permission, level, ...extra })

/** Permissions that let a principal run a resource as a service account it may actAs. */
export const DEPLOY_PERMISSIONS = [
  'compute.instances.create', 'cloudfunctions.functions.create', 'cloudfunctions.functions.update', 'run.services.create',
  'run.services.update', 'cloudbuild.builds.create', 'dataflow.jobs.create', 'composer.environments.create',
]

const container = (kind: 'projects' | 'folders' | 'organizations'): readonly GcpProbe[] => [
  p(`resourcemanager.${kind}.get`, 'read'),
  p('compute.instances.create', 'write'),
  p('iam.serviceAccountKeys.create', 'write'),
  p('iam.serviceAccounts.actAs', 'write'),
  p('storage.buckets.create', 'write'),
  p('storage.objects.get', 'read', { data: true }),
  p('secretmanager.versions.access', 'read', { data: true }),
  p('container.clusters.update', 'write'),
  p('cloudfunctions.functions.create', 'write'),
  p('run.services.create', 'write'),
  p('deploymentmanager.deployments.create', 'write'),
  p('cloudbuild.builds.create', 'write'),
  p(`resourcemanager.${kind}.setIamPolicy`, 'admin'),
]

const BY_KIND: Readonly<Record<string, readonly GcpProbe[]>> = {
  'gcp.resourcemanager.project': container('projects'),
  'gcp.resourcemanager.folder': container('folders'),
  'gcp.resourcemanager.organization': container('organizations'),
  'gcp.storage.bucket': [
    p('storage.buckets.get', 'read'),
    p('storage.objects.list', 'read'),
    p('storage.objects.get', 'read', { data: true }),
    p('storage.objects.create', 'write', { data: true }),
    p('storage.objects.delete', 'write', { data: true }),
    p('storage.buckets.update', 'write'),
    p('storage.buckets.setIamPolicy', 'admin'),
  ],
  'gcp.secretmanager.secret': [
    p('secretmanager.secrets.get', 'read'),
    p('secretmanager.versions.access', 'read', { data: true }),
    p('secretmanager.versions.add', 'write', { data: true }),
    p('secretmanager.secrets.setIamPolicy', 'admin'),
  ],
  'gcp.kms.cryptokey': [
    p('cloudkms.cryptoKeys.get', 'read'),
    p('cloudkms.cryptoKeyVersions.useToDecrypt', 'read', { data: true }),
    p('cloudkms.cryptoKeyVersions.useToEncrypt', 'write', { data: true }),
    p('cloudkms.cryptoKeys.update', 'write'),
    p('cloudkms.cryptoKeys.setIamPolicy', 'admin'),
  ],
  'gcp.kms.keyring': [
    p('cloudkms.keyRings.get', 'read'),
    p('cloudkms.cryptoKeyVersions.useToDecrypt', 'read', { data: true }),
    p('cloudkms.keyRings.setIamPolicy', 'admin'),
  ],
  'gcp.sql.instance': [
    p('cloudsql.instances.get', 'read'),
    p('cloudsql.instances.connect', 'read', { data: true }),
    p('cloudsql.instances.login', 'read', { data: true }),
    p('cloudsql.instances.export', 'read', { data: true }),
    p('cloudsql.users.update', 'write'),
    p('cloudsql.instances.update', 'write'),
  ],
  'gcp.bigquery.dataset': [
    p('bigquery.datasets.get', 'read'),
    p('bigquery.tables.getData', 'read', { data: true }),
    p('bigquery.tables.updateData', 'write', { data: true }),
    p('bigquery.datasets.update', 'write'),
    p('bigquery.datasets.setIamPolicy', 'admin'),
  ],
  'gcp.spanner.instance': [
    p('spanner.instances.get', 'read'),
    p('spanner.databases.select', 'read', { data: true }),
    p('spanner.databases.write', 'write', { data: true }),
    p('spanner.instances.setIamPolicy', 'admin'),
  ],
  'gcp.container.cluster': [
    p('container.clusters.get', 'read'),
    p('container.clusters.getCredentials', 'read'),
    p('container.secrets.get', 'read', { data: true }),
    p('container.pods.exec', 'write', { data: true }),
    p('container.clusters.update', 'write'),
    p('container.clusterRoleBindings.create', 'admin', { hop: 'cluster-admin' }),
  ],
  'gcp.compute.instance': [
    p('compute.instances.get', 'read'),
    p('compute.instances.osLogin', 'read', { data: true }),
    p('compute.instances.setMetadata', 'write', { hop: 'run-as-identity' }),
    p('compute.instances.osAdminLogin', 'write', { data: true, hop: 'run-as-identity' }),
    p('compute.instances.setServiceAccount', 'write'),
    p('compute.instances.setIamPolicy', 'admin'),
  ],
  'gcp.iam.serviceaccount': [
    p('iam.serviceAccounts.get', 'read'),
    p('iam.serviceAccounts.getAccessToken', 'write', { hop: 'impersonate' }),
    p('iam.serviceAccounts.signJwt', 'write', { hop: 'impersonate' }),
    p('iam.serviceAccounts.signBlob', 'write', { hop: 'impersonate' }),
    p('iam.serviceAccountKeys.create', 'write', { hop: 'impersonate' }),
    p('iam.serviceAccounts.implicitDelegation', 'write', { hop: 'impersonate' }),
    p('iam.serviceAccounts.actAs', 'write', { hop: 'act-as' }),
    p('iam.serviceAccounts.setIamPolicy', 'admin', { hop: 'grant-self' }),
  ],
  'gcp.cloudfunctions.function': [
    p('cloudfunctions.functions.get', 'read'),
    p('cloudfunctions.functions.sourceCodeGet', 'read', { data: true }),
    p('cloudfunctions.functions.update', 'write', { hop: 'run-as-identity' }),
    p('cloudfunctions.functions.setIamPolicy', 'admin'),
  ],
  'gcp.run.service': [
    p('run.services.get', 'read'),
    p('run.services.update', 'write', { hop: 'run-as-identity' }),
    p('run.services.setIamPolicy', 'admin'),
  ],
  'gcp.artifactregistry.repository': [
    p('artifactregistry.repositories.get', 'read'),
    p('artifactregistry.repositories.downloadArtifacts', 'read', { data: true }),
    p('artifactregistry.repositories.uploadArtifacts', 'write', { data: true }),
    p('artifactregistry.repositories.setIamPolicy', 'admin'),
  ],
}

export const probesForKind = (kind: string): readonly GcpProbe[] | undefined => BY_KIND[kind]
export const PROBED_KINDS = Object.keys(BY_KIND)
export const CONTAINER_KINDS = new Set(['gcp.resourcemanager.project', 'gcp.resourcemanager.folder', 'gcp.resourcemanager.organization'])
