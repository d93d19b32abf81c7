/**
 * @module `google_*` types → Cloud Asset Inventory full resource names and kinds named after the
 * CAI asset type (`compute.googleapis.com/Instance` → `gcp.compute.instance`).
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { Family } from '../../model/vocabulary.js'
import { gcpProjectNodeId, gcpServiceAccountNodeId } from '../ids.js'
import { bool, compact, objects, str, strings } from '../shared/json-values.js'
import type { MapContext, TfLink, TfMapped, TfMapping } from './tf-mapping.js'
import { block, tagMap } from './tf-mapping.js'

type Extra = (v: JsonObject, ctx: MapContext) => Partial<Pick<TfMapped, 'props' | 'links'>>

const lastSegment = (value: string | undefined): string | undefined => value?.split('/').pop()

function cai(kind: string, family: Family, name: (v: JsonObject) => string | undefined, extra: Extra = () => ({})): TfMapping {
  return {
    kind,
    family,
    provider: 'gcp',
    map(values, ctx) {
      const project = str(values.project)
      const region = str(values.region) ?? str(values.location)?.toLowerCase() ?? lastSegment(str(values.zone))
      return {
        id: name(values),
        name: str(values.name),
        tags: tagMap(values.labels ?? values.resource_labels),
        ...(project === undefined ? {} : { scope: gcpProjectNodeId(project) }),
        ...(region === undefined ? {} : { region }),
        ...extra(values, ctx),
      }
    },
  }
}

const inProject = (service: string, path: (v: JsonObject) => string | undefined) => (v: JsonObject): string | undefined => {
  const project = str(v.project)
  const rest = path(v)
  return project === undefined || rest === undefined ? undefined : `//${service}.googleapis.com/projects/${project}/${rest}`
}
const named = (prefix: string) => (v: JsonObject): string | undefined => (str(v.name) === undefined ? undefined : `${prefix}/${str(v.name)!}`)

export const GCP_RESOURCES: Readonly<Record<string, TfMapping>> = {
  google_project: cai('gcp.resourcemanager.project', 'account', (v) => (str(v.number) === undefined ? undefined : gcpProjectNodeId(str(v.number)!))),
  google_storage_bucket: cai('gcp.storage.bucket', 'object-storage', (v) => (str(v.name) === undefined ? undefined : `//storage.googleapis.com/${str(v.name)!}`), (v) => ({ props: compact({
    uniformBucketLevelAccess: bool(v.uniform_bucket_level_access),
    publicAccessPrevention: str(v.public_access_prevention),
    versioningEnabled: bool(block(v.versioning)?.enabled),
  }) })),
  google_compute_instance: cai('gcp.compute.instance', 'vm', inProject('compute', (v) => (str(v.zone) === undefined || str(v.name) === undefined ? undefined : `zones/${lastSegment(str(v.zone))!}/instances/${str(v.name)!}`)), (v, ctx) => {
    const interfaces = objects(v.network_interface)
    const sa = block(v.service_account)
    const links: TfLink[] = []
    const email = str(sa?.email)
    const project = str(v.project)
    const saId = email === undefined ? undefined : ctx.gcpServiceAccountIdByEmail.get(email) ?? gcpServiceAccountNodeId(email, project)
    if (saId !== undefined) links.push({ to: saId, kind: 'can-authenticate-as', props: { via: 'instance service account', email: email ?? null } })
    return { links, props: compact({
      machineType: lastSegment(str(v.machine_type)),
      serviceAccountEmail: email,
      serviceAccountScopes: strings(sa?.scopes),
      hasExternalIp: interfaces.some((n) => objects(n.access_config).length > 0),
      externalIps: interfaces.flatMap((n) => objects(n.access_config).map((a) => str(a.nat_ip)).filter((ip): ip is string => ip !== undefined)),
      networkTags: strings(v.tags),
    }) }
  }),
  google_compute_firewall: cai('gcp.compute.firewall', 'network-security-group', inProject('compute', (v) => (str(v.name) === undefined ? undefined : `global/firewalls/${str(v.name)!}`)), (v) => ({ props: compact({
    direction: str(v.direction),
    disabled: bool(v.disabled),
    sourceRanges: strings(v.source_ranges),
    targetTags: strings(v.target_tags),
    allowed: objects(v.allow).map((a) => compact({ protocol: str(a.protocol), ports: strings(a.ports) })),
    denied: objects(v.deny).map((a) => compact({ protocol: str(a.protocol), ports: strings(a.ports) })),
    network: str(v.network),
  }) })),
  google_compute_network: cai('gcp.compute.network', 'network', inProject('compute', (v) => (str(v.name) === undefined ? undefined : `global/networks/${str(v.name)!}`))),
  google_compute_subnetwork: cai('gcp.compute.subnetwork', 'subnet', inProject('compute', (v) => (str(v.region) === undefined || str(v.name) === undefined ? undefined : `regions/${str(v.region)!}/subnetworks/${str(v.name)!}`))),
  // The GCP adapter keys service accounts by email (gcp-names.ts), since everything that names one uses the email.
  google_service_account: cai('gcp.iam.serviceaccount', 'identity', (v) => (str(v.email) === undefined ? undefined : gcpServiceAccountNodeId(str(v.email)!, str(v.project))), (v) => ({ props: compact({ email: str(v.email), uniqueId: str(v.unique_id), disabled: bool(v.disabled) }) })),
  google_container_cluster: cai('gcp.container.cluster', 'k8s-cluster', inProject('container', (v) => (str(v.location) === undefined || str(v.name) === undefined ? undefined : `locations/${str(v.location)!}/clusters/${str(v.name)!}`)), (v) => ({ props: compact({
    masterAuthorizedNetworks: objects(block(v.master_authorized_networks_config)?.cidr_blocks).map((c) => str(c.cidr_block)).filter((c): c is string => c !== undefined),
    privateNodes: bool(block(v.private_cluster_config)?.enable_private_nodes),
    legacyAbac: bool(v.enable_legacy_abac),
    workloadPool: str(block(v.workload_identity_config)?.workload_pool),
  }) })),
  google_sql_database_instance: cai('gcp.sql.instance', 'managed-database', inProject('cloudsql', (v) => (str(v.name) === undefined ? undefined : `instances/${str(v.name)!}`)), (v) => {
    const ip = block(block(v.settings)?.ip_configuration)
    return { props: compact({ databaseVersion: str(v.database_version), ipv4Enabled: bool(ip?.ipv4_enabled), authorizedNetworks: objects(ip?.authorized_networks).map((n) => str(n.value)).filter((n): n is string => n !== undefined) }) }
  }),
  google_kms_crypto_key: cai('gcp.kms.cryptokey', 'kms-key', (v) => (str(v.id) === undefined ? undefined : `//cloudkms.googleapis.com/${str(v.id)!}`)),
  google_secret_manager_secret: cai('gcp.secretmanager.secret', 'secret', (v) => (str(v.name) === undefined ? undefined : `//secretmanager.googleapis.com/${str(v.name)!}`)),
  google_cloudfunctions_function: cai('gcp.cloudfunctions.function', 'function', inProject('cloudfunctions', (v) => (str(v.region) === undefined ? undefined : `locations/${str(v.region)!}/functions/${str(v.name) ?? ''}`))),
  google_cloud_run_v2_service: cai('gcp.run.service', 'function', inProject('run', (v) => (str(v.location) === undefined ? undefined : `locations/${str(v.location)!}/services/${str(v.name) ?? ''}`))),
  google_cloud_run_service: cai('gcp.run.service', 'function', inProject('run', (v) => (str(v.location) === undefined ? undefined : `locations/${str(v.location)!}/services/${str(v.name) ?? ''}`))),
  google_artifact_registry_repository: cai('gcp.artifactregistry.repository', 'container-registry', named('//artifactregistry.googleapis.com')),
}
