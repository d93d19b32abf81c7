/** @module CAI asset type → node kind and mapper. Types not listed become `gcp.unmapped.<type>`. */
import type { AssetSpec } from './asset-mapper.js'
import type { CaiAsset } from './cai-asset.js'
import { instanceConfig, mapDisk, mapInstance } from './mappers/compute.js'
import { mapFirewall } from './mappers/firewall.js'
import { mapCluster, mapNodePool } from './mappers/gke.js'
import { displayName, mapContainer, mapProject, projectName } from './mappers/hierarchy.js'
import {
  keyAccountId,
  mapRole,
  mapServiceAccount,
  mapServiceAccountKey,
  serviceAccountAliases,
  serviceAccountId,
  serviceAccountKeyId,
} from './mappers/iam.js'
import { mapCryptoKey, mapSecret, mapSecretVersion } from './mappers/kms-secrets.js'
import {
  addressKind,
  mapAddress,
  mapBackendService,
  mapForwardingRule,
  mapNetwork,
  mapSubnetwork,
} from './mappers/network.js'
import { mapRunService, mapFunction, serverlessConfig } from './mappers/serverless.js'
import { mapSqlInstance } from './mappers/sql.js'
import { mapBucket } from './mappers/storage.js'
import { asString } from '../shared/json-access.js'

/** Children named under their parent (`…/keyRings/r/cryptoKeys/k`): the parent is the name minus the tail. */
const nameParent = (segments: number) => (asset: CaiAsset): string | undefined =>
  asset.name.split('/').slice(0, -segments).join('/')

const email = (asset: CaiAsset): string | undefined => asString(asset.data['email'])

export const GCP_TYPES: Readonly<Record<string, AssetSpec>> = {
  'cloudresourcemanager.googleapis.com/Organization': { kind: 'gcp.resourcemanager.organization', map: mapContainer, nameOf: displayName },
  'cloudresourcemanager.googleapis.com/Folder': { kind: 'gcp.resourcemanager.folder', map: mapContainer, nameOf: displayName },
  'cloudresourcemanager.googleapis.com/Project': { kind: 'gcp.resourcemanager.project', map: mapProject, nameOf: projectName },

  'compute.googleapis.com/Instance': { kind: 'gcp.compute.instance', map: mapInstance, config: instanceConfig },
  'compute.googleapis.com/InstanceGroup': { kind: 'gcp.compute.instancegroup' },
  'compute.googleapis.com/InstanceGroupManager': { kind: 'gcp.compute.instancegroupmanager' },
  'compute.googleapis.com/RegionInstanceGroupManager': { kind: 'gcp.compute.instancegroupmanager' },
  'compute.googleapis.com/Disk': { kind: 'gcp.compute.disk', map: mapDisk },
  'compute.googleapis.com/RegionDisk': { kind: 'gcp.compute.disk', map: mapDisk },
  'compute.googleapis.com/Snapshot': { kind: 'gcp.compute.snapshot' },
  'compute.googleapis.com/Network': { kind: 'gcp.compute.network', map: mapNetwork },
  'compute.googleapis.com/Subnetwork': { kind: 'gcp.compute.subnetwork', map: mapSubnetwork },
  'compute.googleapis.com/Firewall': { kind: 'gcp.compute.firewall', map: mapFirewall },
  'compute.googleapis.com/SecurityPolicy': { kind: 'gcp.compute.securitypolicy' },
  'compute.googleapis.com/Address': { kind: addressKind, map: mapAddress },
  'compute.googleapis.com/GlobalAddress': { kind: addressKind, map: mapAddress },
  'compute.googleapis.com/ForwardingRule': { kind: 'gcp.compute.forwardingrule', map: mapForwardingRule },
  'compute.googleapis.com/GlobalForwardingRule': { kind: 'gcp.compute.forwardingrule', map: mapForwardingRule },
  'compute.googleapis.com/BackendService': { kind: 'gcp.compute.backendservice', map: mapBackendService },
  'compute.googleapis.com/RegionBackendService': { kind: 'gcp.compute.backendservice', map: mapBackendService },
  'compute.googleapis.com/UrlMap': { kind: 'gcp.compute.urlmap' },
  'compute.googleapis.com/TargetHttpProxy': { kind: 'gcp.compute.targetproxy' },
  'compute.googleapis.com/TargetHttpsProxy': { kind: 'gcp.compute.targetproxy' },
  'compute.googleapis.com/TargetSslProxy': { kind: 'gcp.compute.targetproxy' },
  'compute.googleapis.com/TargetTcpProxy': { kind: 'gcp.compute.targetproxy' },
  'compute.googleapis.com/Route': { kind: 'gcp.compute.route' },
  'compute.googleapis.com/Router': { kind: 'gcp.compute.router' },

  'storage.googleapis.com/Bucket': { kind: 'gcp.storage.bucket', map: mapBucket },
  'sqladmin.googleapis.com/Instance': { kind: 'gcp.sql.instance', map: mapSqlInstance },
  'bigquery.googleapis.com/Dataset': { kind: 'gcp.bigquery.dataset' },
  'spanner.googleapis.com/Instance': { kind: 'gcp.spanner.instance' },
  'redis.googleapis.com/Instance': { kind: 'gcp.redis.instance' },

  'container.googleapis.com/Cluster': { kind: 'gcp.container.cluster', map: mapCluster },
  'container.googleapis.com/NodePool': { kind: 'gcp.container.nodepool', map: mapNodePool, parentOf: nameParent(2) },

  'iam.googleapis.com/ServiceAccount': { kind: 'gcp.iam.serviceaccount', map: mapServiceAccount, idOf: serviceAccountId, nameOf: email, aliasesOf: serviceAccountAliases },
  'iam.googleapis.com/ServiceAccountKey': {
    kind: 'gcp.iam.serviceaccountkey',
    map: mapServiceAccountKey,
    idOf: serviceAccountKeyId,
    parentOf: keyAccountId,
  },
  'iam.googleapis.com/Role': { kind: 'gcp.iam.role', map: mapRole },

  'cloudkms.googleapis.com/KeyRing': { kind: 'gcp.kms.keyring' },
  'cloudkms.googleapis.com/CryptoKey': { kind: 'gcp.kms.cryptokey', map: mapCryptoKey, parentOf: nameParent(2) },
  'secretmanager.googleapis.com/Secret': { kind: 'gcp.secretmanager.secret', map: mapSecret },
  'secretmanager.googleapis.com/SecretVersion': { kind: 'gcp.secretmanager.secretversion', map: mapSecretVersion, parentOf: nameParent(2) },

  'cloudfunctions.googleapis.com/CloudFunction': { kind: 'gcp.cloudfunctions.function', map: mapFunction, config: serverlessConfig },
  'cloudfunctions.googleapis.com/Function': { kind: 'gcp.cloudfunctions.function', map: mapFunction, config: serverlessConfig },
  'run.googleapis.com/Service': { kind: 'gcp.run.service', map: mapRunService, config: serverlessConfig },
  'artifactregistry.googleapis.com/Repository': { kind: 'gcp.artifactregistry.repository' },
  'appengine.googleapis.com/Application': { kind: 'gcp.appengine.application' },
  'logging.googleapis.com/LogSink': { kind: 'gcp.logging.sink' },
  'apigateway.googleapis.com/Gateway': { kind: 'gcp.apigateway.gateway' },
}
