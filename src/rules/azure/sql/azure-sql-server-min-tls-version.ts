/** @module azure-sql-server-min-tls-version */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

const ACCEPTED = new Set(['1.2', '1.3'])

export const azureSqlServerMinTlsVersion = defineRule({
  id: 'azure-sql-server-min-tls-version',
  title: 'Azure SQL server and managed instance require TLS 1.2 or newer',
  description:
    'TLS 1.0 and 1.1 are deprecated and open to downgrade and cipher attacks. Unless a minimum is set, the server ' +
    'accepts any version a client asks for.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Set the minimal TLS version of the server (or managed instance) to 1.2.'],
    cli: 'az sql server update --name <server> --resource-group <rg> --minimal-tls-version 1.2',
    terraform: 'minimum_tls_version = "1.2"',
  },
  target: { kinds: ['azure.sql.server', 'azure.sql.managedinstance'] },
  evaluate: (server) => {
    // Absent or "None" means no minimum: every TLS version is accepted.
    const version = server.str('minimalTlsVersion') ?? 'None'
    return ACCEPTED.has(version)
      ? healthy(`server ${server.label} requires TLS ${version}`)
      : unhealthy(`server ${server.label} accepts TLS versions older than 1.2 (minimum: ${version})`)
  },
})
