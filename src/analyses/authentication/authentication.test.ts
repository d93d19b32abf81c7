import { describe, expect, it } from 'vitest'
import { derive, graphOf } from '../cloud-permissions/__fixtures__/derive.js'
import type { Derived } from '../cloud-permissions/__fixtures__/derive.js'
import { authenticationAnalysis } from './authentication.js'

const DIR = 'src/analyses/authentication/__fixtures__'
const RDS = (name: string): string => `arn:aws:rds:eu-west-1:111122223333:db:${name}`
const ARM = (type: string, name: string): string => `/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-data/providers/${type}/${name}`
const PSQL = (name: string): string => ARM('microsoft.dbforpostgresql/flexibleservers', name)
const SQL = (name: string): string => ARM('microsoft.sql/servers', name)
const AKS = (name: string): string => ARM('microsoft.containerservice/managedclusters', name)
const CLOUD_SQL = (name: string): string => `//cloudsql.googleapis.com/projects/demo-proj/instances/${name}`
const GKE = (name: string): string => `//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/${name}`

describe('authentication', () => {
  let derived: Derived | undefined
  const load = async (): Promise<Derived> =>
    (derived ??= derive(
      authenticationAnalysis,
      await graphOf([`${DIR}/config-rds.json`, `${DIR}/arg-auth.json`, `${DIR}/cai-auth.ndjson`, `${DIR}/credential-report.csv`]),
    ))
  const basic = async (node: string): Promise<Record<string, unknown> | undefined> => (await load()).insights(node, 'allows-basic-authentication')[0]?.params

  it('marks RDS as password sign-in, password-only when IAM database authentication is off', async () => {
    expect(await basic(RDS('orders-db'))).toMatchObject({ mechanism: 'password', iamAuthentication: false, passwordOnly: true })
    // The master user password still signs in beside IAM authentication: kept, with the caveat.
    expect(await basic(RDS('billing-db'))).toMatchObject({ mechanism: 'password', iamAuthentication: true, passwordOnly: false, caveats: [expect.stringMatching(/master user password/)] })
    const evidence = (await load()).insights(RDS('orders-db'), 'allows-basic-authentication')[0]!.evidence[0]!
    expect(evidence.source).toBe(`${DIR}/config-rds.json`)
    expect(evidence.detail).toContain('iamAuthentication: false')
  })

  it('follows the Azure switches: password authentication, Entra-only SQL servers and AKS local accounts', async () => {
    expect(await basic(PSQL('psql-password'))).toMatchObject({ mechanism: 'password' })
    expect(await basic(PSQL('psql-entra-only'))).toBeUndefined()
    expect(await basic(SQL('sql-logins'))).toMatchObject({ mechanism: 'password', entraOnly: false })
    expect(await basic(SQL('sql-entra-only'))).toBeUndefined()
    expect(await basic(AKS('aks-local'))).toMatchObject({ mechanism: 'local-accounts' })
    expect(await basic(AKS('aks-entra'))).toBeUndefined()
  })

  it('keeps Cloud SQL built-in users whatever the IAM flag says, unless a client certificate is required; GKE basic auth', async () => {
    expect(await basic(CLOUD_SQL('pg-iam-on'))).toMatchObject({ mechanism: 'password', iamAuthentication: true, sslMode: 'encrypted_only' })
    expect(await basic(CLOUD_SQL('pg-client-cert'))).toBeUndefined()
    expect(await basic(GKE('gke-legacy'))).toMatchObject({ mechanism: 'basic-auth' })
    expect(await basic(GKE('gke-modern'))).toBeUndefined()
  })

  it('marks a self-managed cluster whose kube-apiserver takes static password or token files, naming the flags only', async () => {
    const cluster = async (path: string): Promise<Derived> => derive(authenticationAnalysis, await graphOf([{ path, options: { clusterId: 'onprem' } }]))
    const d = await cluster(`${DIR}/kube-system-apiserver.json`)
    const [insight, ...rest] = d.insights('k8s://onprem', 'allows-basic-authentication')
    expect(rest).toEqual([])
    expect(insight?.params).toEqual({ mechanism: 'basic-auth', flags: ['--basic-auth-file', '--token-auth-file'] })
    expect(insight?.evidence[0]?.detail).toContain('kube-apiserver-cp-1')
    expect(JSON.stringify(insight)).not.toContain('users.csv')
  })

  it('marks IAM users with a console password and no MFA device (credential report), not those with MFA or no password', async () => {
    const d = await load()
    const [insight] = d.insights('arn:aws:iam::111122223333:user/ops-admin', 'no-mfa')
    expect(insight?.params).toEqual({ consolePassword: true })
    expect(insight?.evidence[0]).toMatchObject({ source: `${DIR}/credential-report.csv`, detail: expect.stringContaining('mfa_active false') as unknown })
    const all = (d.derivation.insights ?? []).filter((i) => i.insight.id === 'no-mfa').map((i) => i.node)
    expect(all).toEqual(['arn:aws:iam::111122223333:user/ops-admin'])
  })

  it('reads the Terraform spellings of the same switches', async () => {
    const tf = (id: string, kind: string, family: 'managed-database' | 'k8s-cluster', props: Record<string, boolean>) => ({ id, kind, family, provider: 'terraform' as const, props })
    const graph = await graphOf([], [{ nodes: [
      tf(RDS('tf-db'), 'aws.rds.db-instance', 'managed-database', { iamDatabaseAuthenticationEnabled: true }),
      tf(AKS('tf-aks'), 'azure.containerservice.managedcluster', 'k8s-cluster', { disableLocalAccounts: true }),
    ], edges: [] }])
    const d = derive(authenticationAnalysis, graph)
    expect(d.insights(RDS('tf-db'), 'allows-basic-authentication')[0]?.params).toMatchObject({ iamAuthentication: true, passwordOnly: false })
    expect(d.insights(AKS('tf-aks'))).toEqual([])
  })

  it('leaves users whose MFA state no input gives alone (an authorization-details export without MFA devices)', async () => {
    const graph = await graphOf([], [{ nodes: [{ id: 'arn:aws:iam::111122223333:user/quiet', kind: 'aws.iam.user', family: 'identity', provider: 'aws', props: { userName: 'quiet' } }], edges: [] }])
    expect(derive(authenticationAnalysis, graph).insights('arn:aws:iam::111122223333:user/quiet')).toEqual([])
  })
})
