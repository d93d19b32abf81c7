/**
 * @module How principals sign in, read from the settings the provider adapters keep:
 * - `allows-basic-authentication` on managed databases and Kubernetes clusters that accept a password
 *   (or a static local credential) besides, or instead of, the cloud's identity sign-in, including
 *   self-managed API servers started with `--basic-auth-file` / `--token-auth-file`;
 * - `no-mfa` on interactive identities (a console password) without a multi-factor device.
 * Each insight names the setting that makes it true; a setting the input lacks is a caveat, never a guess
 * that hides the insight.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { Analysis } from '../analysis.js'
import { DerivationSink } from '../cloud-permissions/derivation-sink.js'
import { nodeEvidence } from '../cloud-permissions/graph-walk.js'
import { bool, obj, objects, str, strings } from '../cloud-permissions/json-read.js'

/** What one node's settings say about password sign-in; undefined when it accepts none. */
interface BasicAuth {
  readonly mechanism: 'password' | 'basic-auth' | 'local-accounts'
  /** The setting, as evidence: `iamAuthentication: false`. */
  readonly setting: string
  readonly params?: JsonObject
  readonly caveats?: readonly string[]
}

type Reader = (props: JsonObject) => BasicAuth | undefined

/**
 * RDS and Aurora: the master user always signs in with its password, IAM database authentication only adds
 * a second way in; without it the password is the only one.
 */
const rds: Reader = (p) => {
  // Config and describe outputs give `iamAuthentication`; Terraform gives `iamDatabaseAuthenticationEnabled`.
  const iam = bool(p['iamAuthentication']) ?? bool(p['iamDatabaseAuthenticationEnabled'])
  return {
    mechanism: 'password',
    setting: `iamAuthentication: ${iam ?? 'not in the input'}${str(p['masterUsername']) === undefined ? '' : `, master user ${str(p['masterUsername'])}`}`,
    params: { iamAuthentication: iam ?? null, passwordOnly: iam !== true },
    caveats: iam === true ? ['IAM database authentication is on as well; the master user password still signs in'] : undefined,
  }
}

/**
 * Azure SQL: SQL logins are accepted unless Microsoft Entra-only authentication is on, which needs an
 * Entra administrator (`administrators` absent from the export means no Entra-only).
 */
const azureSql: Reader = (p) => {
  const entraOnly = bool(p['aadOnlyAuthentication'])
  if (entraOnly === true) return undefined
  return { mechanism: 'password', setting: `azureADOnlyAuthentication: ${entraOnly ?? 'absent (no Entra administrator)'}`, params: { entraOnly: false } }
}

/** PostgreSQL, MySQL and MariaDB servers: the adapter reads `authConfig.passwordAuth` (on unless disabled). */
const azureOpenSource: Reader = (p) => {
  if (bool(p['passwordAuthEnabled']) === false) return undefined
  return { mechanism: 'password', setting: `authConfig.passwordAuth: ${bool(p['passwordAuthEnabled']) === true ? 'Enabled' : 'absent (enabled by default)'}`, params: { entraEnabled: bool(p['aadAuthEnabled']) ?? false } }
}

/**
 * Cloud SQL: built-in users sign in with a password whatever `cloudsql.iam_authentication` says (IAM
 * users are added beside them); only a required trusted client certificate keeps a password alone out.
 */
const cloudSql: Reader = (p) => {
  const sslMode = str(p['sslMode'])
  const clientCertificate = sslMode === undefined ? bool(p['requireSsl']) === true : sslMode === 'trusted_client_certificate_required'
  if (clientCertificate) return undefined
  const iamFlag = str(obj(p['databaseFlags'])?.['cloudsql.iam_authentication']) ?? null
  return {
    mechanism: 'password',
    setting: `built-in users; sslMode ${sslMode ?? 'absent'}; cloudsql.iam_authentication ${iamFlag ?? 'absent'}`,
    params: { iamAuthentication: iamFlag === 'on', sslMode: sslMode ?? null },
  }
}

/** GKE legacy basic authentication: `masterAuth.username` set (removed in 1.19, still in old clusters). */
const gke: Reader = (p) => (bool(p['basicAuthEnabled']) === true ? { mechanism: 'basic-auth', setting: 'masterAuth.username set (basic authentication)' } : undefined)

/** AKS local accounts: a static cluster-admin credential outside Microsoft Entra ID (`disableLocalAccounts` off). */
const aks: Reader = (p) =>
  (bool(p['localAccountsDisabled']) ?? bool(p['disableLocalAccounts'])) === true ? undefined : { mechanism: 'local-accounts', setting: 'disableLocalAccounts: false (static local admin credential)' }

const READERS: Readonly<Record<string, Reader>> = {
  'aws.rds.db-instance': rds,
  'aws.rds.db-cluster': rds,
  'azure.sql.server': azureSql,
  'azure.dbforpostgresql.flexibleserver': azureOpenSource,
  'azure.dbforpostgresql.server': azureOpenSource,
  'azure.dbformysql.flexibleserver': azureOpenSource,
  'azure.dbformysql.server': azureOpenSource,
  'azure.dbformariadb.server': azureOpenSource,
  'gcp.sql.instance': cloudSql,
  'gcp.container.cluster': gke,
  'azure.containerservice.managedcluster': aks,
}

/**
 * Self-managed control planes: a kube-apiserver static pod started with `--basic-auth-file` or
 * `--token-auth-file` accepts static passwords or tokens; the insight goes on the cluster, the pod is the evidence.
 */
function apiServerStaticCredentials(graph: GraphView, sink: DerivationSink): void {
  for (const pod of graph.nodesOfKind('k8s.pod')) {
    const flags = [...new Set(objects(graph.nodeProps(pod)['containers']).flatMap((c) => strings(c['apiServerAuthFlags'])))].sort()
    if (flags.length === 0) continue
    const cluster = graph.indexOf(graph.nodeScope(pod))
    if (cluster === undefined) continue
    const mechanism = flags.includes('--basic-auth-file') ? 'basic-auth' : 'static-token'
    sink.insight(cluster, 'allows-basic-authentication', { mechanism, flags }, nodeEvidence(graph, pod, `kube-apiserver ${graph.nodeName(pod)} runs with ${flags.join(', ')}`))
  }
}

function basicAuthentication(graph: GraphView, sink: DerivationSink): void {
  for (const [kind, read] of Object.entries(READERS)) {
    for (const node of graph.nodesOfKind(kind)) {
      const found = read(graph.nodeProps(node))
      if (found === undefined) continue
      const params: JsonObject = { mechanism: found.mechanism, ...found.params, ...(found.caveats === undefined ? {} : { caveats: [...found.caveats] }) }
      sink.insight(node, 'allows-basic-authentication', params, nodeEvidence(graph, node, found.setting))
    }
  }
}

/**
 * AWS IAM users: a console password (credential report `password_enabled`, or unknown) and no MFA device
 * (`mfaEnabled` false, from the credential report or an export that lists MFA devices). Users whose MFA
 * state the inputs do not give are left alone: absence of data is not absence of MFA.
 */
function missingMfa(graph: GraphView, sink: DerivationSink): void {
  for (const node of graph.nodesOfKind('aws.iam.user')) {
    const p = graph.nodeProps(node)
    if (bool(p['mfaEnabled']) !== false || bool(p['passwordEnabled']) === false) continue
    const password = bool(p['passwordEnabled'])
    sink.insight(
      node,
      'no-mfa',
      { consolePassword: password ?? null, ...(password === undefined ? { caveats: ['whether the user has a console password is not in the input'] } : {}) },
      nodeEvidence(graph, node, `mfa_active false${password === true ? ', password_enabled true' : ''}`),
    )
  }
}

export const authenticationAnalysis: Analysis = {
  id: 'authentication',
  title: 'Password sign-in and multi-factor authentication',
  dependsOn: [],
  run: (graph) => {
    const sink = new DerivationSink(graph)
    basicAuthentication(graph, sink)
    apiServerStaticCredentials(graph, sink)
    missingMfa(graph, sink)
    return sink.build()
  },
}
