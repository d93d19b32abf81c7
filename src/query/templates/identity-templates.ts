/** @module Identity templates: administrators without MFA, escalation to admin, trust from outside the estate. */
import { defineTemplate } from './define-template.js'

export const IDENTITY_TEMPLATES = [
  defineTemplate({
    id: 'admin-identity-without-mfa',
    title: 'Identities with administrator permissions that lack MFA',
    description: 'Users (or members of administrator groups) who are administrators of an account, subscription, project or cluster and sign in without multi-factor authentication.',
    category: 'identity',
    references: ['§3.3 (no MFA)', 'issue 7 (identities with admin who lack MFA)'],
    needs: ['no-mfa (identity analysis)', 'has-admin-permissions (permissions analyses)'],
    text: `
MATCH (i:identity)
WHERE HAS_INSIGHT(i, 'no-mfa')
  AND (HAS_INSIGHT(i, 'has-admin-permissions') OR EXISTS { (i)-[:member-of]->(g:group) WHERE HAS_INSIGHT(g, 'has-admin-permissions') })
RETURN i`,
  }),
  defineTemplate({
    id: 'identity-can-escalate-to-admin',
    title: 'Identities that are not administrators but can become one',
    description: 'Identities without administrator rights that can assume (iam:PassRole, role trust, impersonation, workload identity) an administrator within three hops.',
    category: 'identity',
    references: ['§1.5 identity lateral movement', 'demo aws-iam-passrole-runinstances'],
    needs: ['can-assume, has-admin-permissions (permissions analyses)'],
    text: `
MATCH (u:identity)
WHERE NOT HAS_INSIGHT(u, 'has-admin-permissions')
  AND EXISTS { (u)-[:can-assume*1..3]->(a:identity) WHERE HAS_INSIGHT(a, 'has-admin-permissions') }
RETURN u`,
  }),
  defineTemplate({
    id: 'identity-trusted-by-external-account',
    title: 'Identities that principals outside the estate can use',
    description: 'Roles and principals trusted by accounts or tenants that no scanned input describes (cross-account trust to unknown accounts).',
    category: 'identity',
    references: ['§3.3 (is external user)', 'demo aws-external-account-trust', 'issue 7 (cross-account trust to unknown accounts)'],
    needs: ['is-external-user (permissions analyses)'],
    text: `MATCH (r:identity|group) WHERE HAS_INSIGHT(r, 'is-external-user') RETURN r`,
  }),
  defineTemplate({
    id: 'external-identity-data-access',
    title: 'Identities usable from outside the estate that can access data or secrets',
    description: 'Identities trusted by external accounts with permissions on storage, databases, secret stores or keys.',
    category: 'identity',
    references: ['demo aws-external-account-trust'],
    needs: ['is-external-user, has-permission-to (permissions analyses)'],
    text: `
MATCH (r:identity|group)-[:has-permission-to]->(:object-storage|managed-database|secret-store|secret|kms-key)
WHERE HAS_INSIGHT(r, 'is-external-user')
RETURN r`,
  }),
  defineTemplate({
    id: 'workload-identity-reads-secret-store',
    title: 'Workloads whose identity can read secret stores',
    description:
      'VMs, functions, app services, pods and controllers whose identity — directly or after assuming up to three more — ' +
      'has permissions on a key vault, secrets manager, secret or encryption key.',
    category: 'identity',
    references: ['§1.5 #5/#8/#19/#24/#33/#39', 'issue 7 (workloads whose identity can read secret stores)'],
    needs: ['has-permission-to, can-assume (permissions analyses)'],
    text: `
MATCH (w:vm|vm-scale-set|function|app-service|pod|k8s-workload)-[:can-authenticate-as*1..2]->(:identity)
      -[:can-assume*0..3]->(:identity)-[:has-permission-to]->(:secret-store|secret|kms-key)
RETURN w`,
  }),
]
