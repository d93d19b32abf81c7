/** @module Cloud SQL instances: public IP, authorized networks, TLS requirement, backups, flags. */
import type { JsonObject } from '../../../model/graph-types.js'
import { asBoolean, asObject, asString, compact, lower, objects } from '../../shared/json-access.js'
import type { AssetMapper } from '../asset-mapper.js'
import { computeName } from '../gcp-names.js'

export const mapSqlInstance: AssetMapper = (ctx) => {
  const settings = asObject(ctx.data['settings'])
  const ip = asObject(settings?.['ipConfiguration'])
  const authorizedNetworks = objects(ip?.['authorizedNetworks']).map((network) =>
    compact({ value: asString(network['value']), name: asString(network['name']) }),
  )
  const flags: JsonObject = {}
  for (const flag of objects(settings?.['databaseFlags'])) {
    const name = asString(flag['name'])
    if (name !== undefined) flags[name] = asString(flag['value']) ?? null
  }
  const addresses = objects(ctx.data['ipAddresses'])
  const sslMode = lower(ip?.['sslMode'])
  return compact({
    databaseVersion: asString(ctx.data['databaseVersion']),
    tier: asString(settings?.['tier']),
    ipv4Enabled: asBoolean(ip?.['ipv4Enabled']),
    publicIp: addresses.find((a) => lower(a['type']) === 'primary')?.['ipAddress'] ?? undefined,
    privateIp: addresses.find((a) => lower(a['type']) === 'private')?.['ipAddress'] ?? undefined,
    authorizedNetworks,
    openToAnyIp: authorizedNetworks.some((network) => network['value'] === '0.0.0.0/0'),
    // sslMode supersedes requireSsl in newer API versions.
    requireSsl: sslMode === undefined ? asBoolean(ip?.['requireSsl']) : sslMode !== 'allow_unencrypted_and_encrypted',
    sslMode,
    privateNetwork: computeName(asString(ip?.['privateNetwork']) ?? ''),
    backupEnabled: asBoolean(asObject(settings?.['backupConfiguration'])?.['enabled']),
    availabilityType: lower(settings?.['availabilityType']),
    databaseFlags: flags,
    connectionName: asString(ctx.data['connectionName']),
  })
}
