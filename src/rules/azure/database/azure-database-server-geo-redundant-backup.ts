/** @module azure-database-server-geo-redundant-backup */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureDatabaseServerGeoRedundantBackup = defineRule({
  id: 'azure-database-server-geo-redundant-backup',
  title: 'PostgreSQL/MySQL server keeps geo-redundant backups',
  description:
    'Locally redundant backups are lost with the region; geo-redundant backup storage allows a geo-restore into ' +
    'the paired region after a regional outage.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Geo-redundancy is chosen at creation: restore or recreate the server with geo-redundant backup enabled.'],
    cli: 'az postgres flexible-server create ... --geo-redundant-backup Enabled',
    terraform: 'geo_redundant_backup_enabled = true',
  },
  target: {
    kinds: ['azure.dbforpostgresql.flexibleserver', 'azure.dbforpostgresql.server', 'azure.dbformysql.flexibleserver', 'azure.dbformysql.server'],
  },
  evaluate: (server) =>
    server.needStr('geoRedundantBackup') === 'enabled'
      ? healthy(`server ${server.label} keeps geo-redundant backups`)
      : unhealthy(`server ${server.label} keeps backups in its own region only`),
})
