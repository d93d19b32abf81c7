/** @module azure-database-server-tls-enforced */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

const ACCEPTED = new Set(['TLS1_2', 'TLS1_3'])

export const azureDatabaseServerTlsEnforced = defineRule({
  id: 'azure-database-server-tls-enforced',
  title: 'PostgreSQL/MySQL single server enforces TLS 1.2 connections',
  description:
    'With SSL enforcement off, clients may connect in clear text and send passwords and query results readable on ' +
    'the network path; with a minimum below TLS 1.2 they may negotiate deprecated protocol versions.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Turn on Enforce SSL connection and set the minimum TLS version to 1.2 (or migrate to a flexible server).'],
    cli: 'az postgres server update --name <server> --resource-group <rg> --ssl-enforcement Enabled --minimal-tls-version TLS1_2',
    terraform: 'ssl_enforcement_enabled          = true\nssl_minimal_tls_version_enforced = "TLS1_2"',
  },
  target: { kinds: ['azure.dbforpostgresql.server', 'azure.dbformysql.server'] },
  evaluate: (server) => {
    if (server.needStr('sslEnforcement') !== 'enabled') return unhealthy(`server ${server.label} accepts unencrypted connections`)
    // Unset means TLSEnforcementDisabled: any TLS version once SSL is required.
    const version = server.str('minimalTlsVersion') ?? 'TLSEnforcementDisabled'
    return ACCEPTED.has(version)
      ? healthy(`server ${server.label} requires ${version}`)
      : unhealthy(`server ${server.label} requires SSL but accepts TLS versions older than 1.2 (${version})`)
  },
})
