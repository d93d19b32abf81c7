import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureSqlServerEntraAdmin } from './azure-sql-server-entra-admin.js'
import { SQL_SERVER } from './fixtures.js'

describe('azure-sql-server-entra-admin', () => {
  it('is healthy with an Entra administrator', () => {
    expect(evaluateRule(azureSqlServerEntraAdmin, SQL_SERVER).status).toBe('healthy')
  })
  it('is unhealthy with a SQL login only', () => {
    expect(evaluateRule(azureSqlServerEntraAdmin, withProps(SQL_SERVER, { aadAdministrator: undefined }))).toMatchObject({ status: 'unhealthy', message: 'server `sql-demo` has no Microsoft Entra administrator (only SQL login sqladmin)' })
  })
  it('is unknown for a partial row', () => {
    expect(evaluateRule(azureSqlServerEntraAdmin, withProps(SQL_SERVER, { aadAdministrator: undefined, administratorLogin: undefined })).status).toBe('unknown')
  })
})
