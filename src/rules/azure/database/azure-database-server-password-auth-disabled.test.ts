import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureDatabaseServerPasswordAuthDisabled } from './azure-database-server-password-auth-disabled.js'

// Props shaped like the Resource Graph reader's output (src/providers/azure/mappers/databases.ts).
const node: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-data/providers/microsoft.dbforpostgresql/flexibleservers/psql-demo',
  kind: 'azure.dbforpostgresql.flexibleserver',
  family: 'managed-database',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'psql-demo',
  props: { armType: 'microsoft.dbforpostgresql/flexibleservers', administratorLogin: 'pgadmin', passwordAuthEnabled: false, aadAuthEnabled: true },
}

describe('azure-database-server-password-auth-disabled', () => {
  it('is healthy with Entra authentication only', () => {
    expect(evaluateRule(azureDatabaseServerPasswordAuthDisabled, node).status).toBe('healthy')
  })

  it('is unhealthy when password logins are accepted, naming the administrator', () => {
    expect(evaluateRule(azureDatabaseServerPasswordAuthDisabled, withProps(node, { passwordAuthEnabled: true }))).toMatchObject({
      status: 'unhealthy',
      message: 'server `psql-demo` accepts password logins (administrator pgadmin)',
    })
  })

  it('is unknown for an Azure SQL server whose administrators block was not exported', () => {
    const sql = { ...withProps(node, { passwordAuthEnabled: undefined }), kind: 'azure.sql.server' }
    expect(evaluateRule(azureDatabaseServerPasswordAuthDisabled, sql).status).toBe('unknown')
  })
})
