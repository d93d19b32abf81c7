/** @module azure-database-server-password-auth-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureDatabaseServerPasswordAuthDisabled = defineRule({
  id: 'azure-database-server-password-auth-disabled',
  title: 'Database server accepts Microsoft Entra authentication only',
  description:
    'With password authentication on, the server accepts a login and password that can be guessed, reused or ' +
    'leaked, without MFA or conditional access; Entra-only authentication ties every login to an identity.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Configure a Microsoft Entra administrator, move applications to managed identities, then disable password authentication.'],
    cli: 'az postgres flexible-server update --name <server> --resource-group <rg> --password-auth Disabled --active-directory-auth Enabled',
  },
  target: { kinds: ['azure.sql.server', 'azure.dbforpostgresql.flexibleserver'] },
  evaluate: (server) =>
    server.needBool('passwordAuthEnabled')
      ? unhealthy(`server ${server.label} accepts password logins${server.str('administratorLogin') === undefined ? '' : ` (administrator ${server.str('administratorLogin') ?? ''})`}`)
      : healthy(`server ${server.label} accepts Microsoft Entra authentication only`),
})
