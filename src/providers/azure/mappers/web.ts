/** @module App Service sites and function apps, plus their `config/authsettings*` rows. */
import { armRef, ownerOf } from '../arm-id.js'
import type { ArmRow } from '../arm-row.js'
import type { AzureKind } from '../azure-kinds.js'
import { asArray, asBoolean, asNumber, asObject, asString, at, compact, field, lower, strings } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'

/** Function apps share the `microsoft.web/sites` type; the row `kind` (`functionapp,linux`) tells them apart. */
export const siteKind = (row: ArmRow): AzureKind =>
  lower(field(row.raw, 'kind'))?.includes('functionapp') === true ? 'azure.web.functionapp' : 'azure.web.site'

export const mapSite: RowMapper = (row, out) => {
  const p = row.properties
  const config = asObject(field(p, 'siteConfig'))
  const subnetId = armRef(field(p, 'virtualNetworkSubnetId'))
  if (subnetId !== undefined) out.edge(row.id, 'attached-to', subnetId)
  return compact({
    appKind: lower(field(row.raw, 'kind')),
    state: lower(field(p, 'state')),
    defaultHostName: asString(field(p, 'defaultHostName')),
    hostNames: strings(field(p, 'enabledHostNames')).length > 0 ? strings(field(p, 'enabledHostNames')) : strings(field(p, 'hostNames')),
    httpsOnly: asBoolean(field(p, 'httpsOnly')),
    clientCertEnabled: asBoolean(field(p, 'clientCertEnabled')),
    clientCertMode: lower(field(p, 'clientCertMode')),
    minTlsVersion: asString(field(config, 'minTlsVersion')),
    ftpsState: lower(field(config, 'ftpsState')),
    remoteDebuggingEnabled: asBoolean(field(config, 'remoteDebuggingEnabled')),
    http20Enabled: asBoolean(field(config, 'http20Enabled')),
    linuxFxVersion: asString(field(config, 'linuxFxVersion')),
    ipSecurityRestrictions: asArray(field(config, 'ipSecurityRestrictions')).map((value) => {
      const rule = asObject(value)
      return compact({
        name: asString(field(rule, 'name')),
        action: lower(field(rule, 'action')),
        priority: asNumber(field(rule, 'priority')),
        ipAddress: asString(field(rule, 'ipAddress')),
        tag: lower(field(rule, 'tag')),
        subnetId: armRef(field(rule, 'vnetSubnetResourceId')),
      })
    }),
    subnetId,
    serverFarmId: armRef(field(p, 'serverFarmId')),
    authEnabled: asBoolean(at(p, 'siteAuthSettings', 'enabled')) ?? asBoolean(at(config, 'siteAuthSettings', 'enabled')),
  })
}

/**
 * `microsoft.web/sites/config` rows named `authsettingsV2` / `authsettings` (REST or `az webapp auth
 * show`) add `authEnabled` to their site. The partial node is family `other` so the site row,
 * whichever file or order it comes in, sets the real kind (the graph builder upgrades `other`).
 */
export const mapSiteConfig: RowMapper = (row, out) => {
  const siteId = ownerOf(row.id)
  const name = row.name.toLowerCase().split('/').pop()
  if (siteId === undefined || (name !== 'authsettingsv2' && name !== 'authsettings')) return {}
  const p = row.properties
  const authEnabled = name === 'authsettingsv2' ? asBoolean(at(p, 'platform', 'enabled')) : asBoolean(field(p, 'enabled'))
  out.node({
    id: siteId,
    kind: 'azure.unmapped.microsoft.web/sites',
    family: 'other',
    provider: 'azure',
    scope: row.scope,
    props: compact({
      authEnabled,
      authRequired: asBoolean(at(p, 'globalValidation', 'requireAuthentication')),
      unauthenticatedClientAction:
        lower(at(p, 'globalValidation', 'unauthenticatedClientAction')) ?? lower(field(p, 'unauthenticatedClientAction')),
    }),
  })
  return {}
}
