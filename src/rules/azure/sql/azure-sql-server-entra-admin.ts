/** @module azure-sql-server-entra-admin */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const azureSqlServerEntraAdmin = defineRule({
  id: 'azure-sql-server-entra-admin',
  title: 'Azure SQL server has a Microsoft Entra administrator',
  description:
    'Without a Microsoft Entra administrator, the server can only be administered with the SQL login created with ' +
    'it: a shared password without MFA, conditional access or central deprovisioning.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Set a Microsoft Entra group as administrator of the server, then move administration to its members.'],
    cli: 'az sql server ad-admin create --server <server> --resource-group <rg> --display-name <group> --object-id <group-object-id>',
    terraform: 'azuread_administrator {\n  login_username = "dba-group"\n  object_id      = "<group-object-id>"\n}',
  },
  target: { kinds: ['azure.sql.server'] },
  evaluate: (server) => {
    const admin = server.str('aadAdministrator')
    if (admin !== undefined) return healthy(`server ${server.label} has Microsoft Entra administrator ${admin}`)
    // Without the administrators block ARG cannot tell "none" from "not exported"; the login name says the row is complete.
    return server.str('administratorLogin') === undefined
      ? unknown(`server ${server.label}: its administrators are not in the input`)
      : unhealthy(`server ${server.label} has no Microsoft Entra administrator (only SQL login ${server.str('administratorLogin') ?? ''})`)
  },
})
