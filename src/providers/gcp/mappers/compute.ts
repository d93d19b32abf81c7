/**
 * @module Compute Engine instances and disks. Instance metadata is read for its keys and security
 * switches only: values (ssh keys, scripts) never reach the graph, but startup scripts are scanned
 * for credentials so the instance can carry `has-plaintext-secret` with the kinds found.
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { asArray, asBoolean, asNumber, asObject, asString, compact, lower, objects, strings } from '../../shared/json-access.js'
import type { AssetContext, AssetMapper } from '../asset-mapper.js'
import { gcpServiceAccountNodeId } from '../../ids.js'
import { computeName, lastSegment } from '../gcp-names.js'
import { scanText } from '../secret-scan.js'

/** Metadata keys whose values are harmless switches, kept as given. */
const SWITCHES = new Set([
  'enable-oslogin', 'enable-oslogin-2fa', 'serial-port-enable', 'serial-port-logging-enable',
  'block-project-ssh-keys', 'enable-guest-attributes', 'enable-os-inventory',
])
/** Metadata keys holding scripts that run on the machine: scanned for credentials. */
const SCRIPT_KEY = /^(startup-script|shutdown-script|user-data|windows-(startup|shutdown)-script-(ps1|cmd|bat)|sysprep-specialize-script-(ps1|cmd|bat))$/

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'

function metadataItems(data: JsonObject): { key: string; value: string | undefined }[] {
  return asArray(asObject(data['metadata'])?.['items']).flatMap((item) => {
    const object = asObject(item)
    const key = asString(object?.['key'])
    return key === undefined ? [] : [{ key, value: typeof object?.['value'] === 'string' ? object['value'] : undefined }]
  })
}

/** The instance as given, with metadata values other than switches removed. */
export function instanceConfig(data: JsonObject): JsonValue {
  const metadata = asObject(data['metadata'])
  if (metadata === undefined) return data
  const items = metadataItems(data).map(({ key, value }): JsonObject =>
    SWITCHES.has(key) && value !== undefined ? { key, value } : { key },
  )
  return { ...data, metadata: { ...metadata, items } }
}

const flag = (value: string | undefined): boolean | undefined =>
  value === undefined ? undefined : ['true', '1', 'yes'].includes(value.trim().toLowerCase())

function networkInterfaces(ctx: AssetContext): JsonObject[] {
  return asArray(ctx.data['networkInterfaces']).map((value) => {
    const nic = asObject(value) ?? {}
    const subnetwork = computeName(asString(nic['subnetwork']) ?? '')
    if (subnetwork !== undefined) ctx.out.edge(ctx.id, 'attached-to', subnetwork)
    const accessConfigs = objects(nic['accessConfigs'])
    return compact({
      network: computeName(asString(nic['network']) ?? ''),
      subnetwork,
      networkIp: asString(nic['networkIP']),
      externalIps: [
        ...accessConfigs.flatMap((c) => asString(c['natIP']) ?? []),
        ...asArray(nic['ipv6AccessConfigs']).flatMap((c) => asString(asObject(c)?.['externalIpv6']) ?? []),
      ],
      // An access config without natIP still gets an ephemeral external address.
      hasExternalAccess: accessConfigs.length > 0 || asArray(nic['ipv6AccessConfigs']).length > 0,
    })
  })
}

export const mapInstance: AssetMapper = (ctx) => {
  const data = ctx.data
  const nics = networkInterfaces(ctx)
  const serviceAccounts = asArray(data['serviceAccounts']).flatMap((value) => {
    const account = asObject(value)
    const email = asString(account?.['email'])
    if (email === undefined) return []
    const scopes = strings(account?.['scopes'])
    ctx.out.edge(ctx.id, 'can-authenticate-as', gcpServiceAccountNodeId(email, ctx.projectId), { scopes })
    return [{ email, scopes }]
  })
  const metadata = metadataItems(data)
  const value = (key: string): string | undefined => metadata.find((item) => item.key === key)?.value
  for (const { key, value: script } of metadata) {
    if (SCRIPT_KEY.test(key) && script !== undefined) ctx.secrets.push(scanText(`metadata.${key}`, script))
  }
  for (const disk of asArray(data['disks'])) {
    const source = computeName(asString(asObject(disk)?.['source']) ?? '')
    if (source !== undefined) ctx.out.edge(source, 'attached-to', ctx.id)
  }
  const shielded = asObject(data['shieldedInstanceConfig'])
  return compact({
    machineType: lastSegment(asString(data['machineType']) ?? '') || undefined,
    status: lower(data['status']),
    canIpForward: asBoolean(data['canIpForward']),
    networkInterfaces: nics,
    externalIps: nics.flatMap((nic) => strings(nic['externalIps'])),
    hasExternalIp: nics.some((nic) => nic['hasExternalAccess'] === true),
    networkTags: strings(asObject(data['tags'])?.['items']),
    serviceAccounts,
    serviceAccountEmails: serviceAccounts.map((account) => account.email),
    cloudPlatformScope: serviceAccounts.some((account) => account.scopes.includes(CLOUD_PLATFORM)),
    metadataKeys: metadata.map((item) => item.key),
    osLoginEnabled: flag(value('enable-oslogin')),
    osLogin2faEnabled: flag(value('enable-oslogin-2fa')),
    serialPortEnabled: flag(value('serial-port-enable')),
    blockProjectSshKeys: flag(value('block-project-ssh-keys')),
    hasInstanceSshKeys: metadata.some((item) => item.key === 'ssh-keys' || item.key === 'sshKeys'),
    hasStartupScript: metadata.some((item) => SCRIPT_KEY.test(item.key) || item.key === 'startup-script-url'),
    secureBoot: asBoolean(shielded?.['enableSecureBoot']),
    vtpm: asBoolean(shielded?.['enableVtpm']),
    integrityMonitoring: asBoolean(shielded?.['enableIntegrityMonitoring']),
    confidentialCompute: asBoolean(asObject(data['confidentialInstanceConfig'])?.['enableConfidentialCompute']),
    deletionProtection: asBoolean(data['deletionProtection']),
  })
}

export const mapDisk: AssetMapper = (ctx) => {
  const users = strings(ctx.data['users']).flatMap((user) => computeName(user) ?? [])
  for (const user of users) ctx.out.edge(ctx.id, 'attached-to', user)
  const key = asObject(ctx.data['diskEncryptionKey'])
  return compact({
    sizeGb: asNumber(ctx.data['sizeGb']),
    diskType: lastSegment(asString(ctx.data['type']) ?? '') || undefined,
    status: lower(ctx.data['status']),
    users,
    sourceImage: asString(ctx.data['sourceImage']),
    kmsKeyName: asString(key?.['kmsKeyName']),
    customerSuppliedKey: key?.['sha256'] !== undefined ? true : undefined,
  })
}
