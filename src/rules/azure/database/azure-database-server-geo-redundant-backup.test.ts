import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureDatabaseServerGeoRedundantBackup } from './azure-database-server-geo-redundant-backup.js'
import { FLEXIBLE_SERVER, SINGLE_SERVER } from './fixtures.js'

describe('azure-database-server-geo-redundant-backup', () => {
  it('is healthy with geo-redundant backups', () => {
    expect(evaluateRule(azureDatabaseServerGeoRedundantBackup, FLEXIBLE_SERVER).status).toBe('healthy')
  })
  it('is unhealthy with local backups only', () => {
    expect(evaluateRule(azureDatabaseServerGeoRedundantBackup, SINGLE_SERVER)).toMatchObject({ status: 'unhealthy', message: 'server `mysql-legacy` keeps backups in its own region only' })
  })
  it('is unknown without the backup settings', () => {
    expect(evaluateRule(azureDatabaseServerGeoRedundantBackup, withProps(FLEXIBLE_SERVER, { geoRedundantBackup: undefined })).status).toBe('unknown')
  })
})
