import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import { GraphBuilder, deriveGraph } from '../../graph/graph-builder.js'
import type { SecurityGraph } from '../../graph/security-graph.js'
import type { GraphFragment, Insight, NodeInput } from '../../model/graph-types.js'
import type { InsightId } from '../../model/vocabulary.js'
import type { SensitivityOptions } from './sensitivity-config.js'
import { sensitivityAnalysis } from './sensitivity.js'

const fixture = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

async function analysed(paths: readonly string[], fragments: readonly GraphFragment[] = [], sensitivity?: SensitivityOptions): Promise<SecurityGraph> {
  const builder = new GraphBuilder()
  for (const path of paths) {
    const read = await readFixture(fixture(path))
    builder.addFragment(read.fragment, { file: fixture(path), format: read.format })
  }
  for (const fragment of fragments) builder.addFragment(fragment)
  const { graph } = builder.build()
  return deriveGraph(graph, sensitivityAnalysis.run(graph, { options: sensitivity === undefined ? {} : { sensitivity } }))
}

function insight(graph: SecurityGraph, id: string, which: InsightId): Insight | undefined {
  const index = graph.indexOf(id)
  expect(index, `${id} is a node`).toBeDefined()
  return graph.nodeInsights(index!).find((i) => i.id === which)
}

const node = (id: string, kind: string, family: NodeInput['family'], name: string, tags: Record<string, string> = {}, extra: Partial<NodeInput> = {}): NodeInput => ({
  id, kind, family, provider: 'aws', name, tags, ...extra,
})
const bucket = (name: string, tags: Record<string, string> = {}, props: NodeInput['props'] = {}): NodeInput =>
  node(`arn:aws:s3:::${name}`, 'aws.s3.bucket', 'object-storage', name, tags, { props })
const one = (...nodes: NodeInput[]): GraphFragment[] => [{ nodes, edges: [] }]

describe('sensitivity', () => {
  it('reads classification tags and labels of the providers own fixtures, sensitive or public', async () => {
    const graph = await analysed(['../../providers/aws/__fixtures__/config-snapshot.json', '../../providers/gcp/__fixtures__/cai-export-resources.ndjson'])
    const confidential = insight(graph, 'arn:aws:s3:::demo-data-bucket', 'contains-sensitive-data')
    expect(confidential?.params).toEqual({ infoTypes: ['confidential'], classification: 'confidential', sources: ['tag:data-classification=confidential'] })
    expect(confidential?.evidence[0]?.source).toMatch(/config-snapshot\.json$/)
    expect(insight(graph, '//storage.googleapis.com/demo-proj-public', 'contains-sensitive-data')).toBeUndefined()
  })

  it.each([
    [{ 'Data_Classification': 'Confidential' }, ['confidential']],
    [{ DataClassification: 'restricted' }, ['restricted']],
    [{ pii: 'true' }, ['pii']],
    [{ 'data-types': 'pii, pci' }, ['pci', 'pii']],
    [{ classification: 'internal' }, undefined],
    [{ 'data-classification': 'public' }, undefined],
  ])('turns tags %j into info types %j', async (tags, infoTypes) => {
    const graph = await analysed([], one(bucket('b', tags)))
    expect(insight(graph, 'arn:aws:s3:::b', 'contains-sensitive-data')?.params['infoTypes']).toEqual(infoTypes)
  })

  it.each([
    [{ criticality: 'critical' }, 'critical'],
    [{ Criticality: 'High' }, 'high'],
    [{ 'business-criticality': 'Tier-0' }, 'critical'],
    [{ 'crown-jewel': 'yes' }, 'critical'],
    [{ criticality: 'medium' }, undefined],
    [{ owner: 'team-x' }, undefined],
  ])('turns tags %j into criticality %s', async (tags, level) => {
    const graph = await analysed([], one(bucket('b', tags)))
    expect(insight(graph, 'arn:aws:s3:::b', 'critical-resource')?.params['level']).toBe(level)
  })

  it('lowers the criticality threshold when configured', async () => {
    const graph = await analysed([], one(bucket('b', { criticality: 'medium' })), { minimumCriticality: 'medium' })
    expect(insight(graph, 'arn:aws:s3:::b', 'critical-resource')?.params['level']).toBe('medium')
  })

  it('makes secret stores, KMS keys and administrator identities critical by default, and not when defaults are off', async () => {
    const admin = node('arn:aws:iam::111122223333:role/ops-admin', 'aws.iam.role', 'identity', 'ops-admin', {}, {
      insights: [{ id: 'has-admin-permissions', params: { scope: 'aws://accounts/111122223333' }, evidence: [{ source: 'arn:aws:iam::aws:policy/AdministratorAccess', detail: 'Allow * on *' }] }],
    })
    const fragments = one(
      node('arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf', 'aws.secretsmanager.secret', 'secret-store', 'db'),
      node('arn:aws:kms:eu-west-1:111122223333:key/k-1', 'aws.kms.key', 'kms-key', 'k-1', { criticality: 'low' }),
      admin,
      node('arn:aws:iam::111122223333:role/reader', 'aws.iam.role', 'identity', 'reader'),
    )
    const graph = await analysed([], fragments)
    expect(insight(graph, 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf', 'critical-resource')?.params).toEqual({ level: 'critical', sources: ['rule:builtin:secret-store'] })
    expect(insight(graph, 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf', 'contains-sensitive-data')?.params['infoTypes']).toEqual(['credentials'])
    expect(insight(graph, 'arn:aws:kms:eu-west-1:111122223333:key/k-1', 'critical-resource')?.params['level']).toBe('critical')
    const adminCritical = insight(graph, admin.id, 'critical-resource')
    expect(adminCritical?.params).toEqual({ level: 'critical', sources: ['builtin:admin-identity'] })
    expect(adminCritical?.evidence[0]?.detail).toContain('aws://accounts/111122223333')
    expect(insight(graph, 'arn:aws:iam::111122223333:role/reader', 'critical-resource')).toBeUndefined()

    const plain = await analysed([], fragments, { builtinDefaults: false })
    for (const id of ['arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf', 'arn:aws:kms:eu-west-1:111122223333:key/k-1', admin.id]) {
      expect(insight(plain, id, 'critical-resource'), id).toBeUndefined()
    }
  })

  it('guesses from data store names unless a classification tag says otherwise', async () => {
    const graph = await analysed([], one(bucket('acme-customer-pii'), bucket('acme-pii-site', { 'data-classification': 'public' }), bucket('acme-logs')))
    expect(insight(graph, 'arn:aws:s3:::acme-customer-pii', 'contains-sensitive-data')?.params).toMatchObject({ infoTypes: ['pii'], sources: ['rule:builtin:name-pii'] })
    expect(insight(graph, 'arn:aws:s3:::acme-pii-site', 'contains-sensitive-data')).toBeUndefined()
    expect(insight(graph, 'arn:aws:s3:::acme-logs', 'contains-sensitive-data')).toBeUndefined()
  })

  it('applies configured rules by kind glob, name pattern and tag', async () => {
    const rules: SensitivityOptions['rules'] = [
      { id: 'all-rds', kinds: ['aws.rds.*'], infoTypes: ['customer-records'] },
      { id: 'payments-team', tag: { key: 'TEAM', value: 'payments' }, criticality: 'critical' },
      { id: 'ledgers', namePattern: '^ledger-', infoTypes: ['financial'] },
    ]
    const graph = await analysed([], one(
      node('arn:aws:rds:eu-west-1:111122223333:db:orders', 'aws.rds.db-instance', 'managed-database', 'orders'),
      bucket('ledger-2024', { team: 'Payments' }),
      bucket('ledger-public', { team: 'payments', 'data-classification': 'public' }),
    ), { rules })
    expect(insight(graph, 'arn:aws:rds:eu-west-1:111122223333:db:orders', 'contains-sensitive-data')?.params['infoTypes']).toEqual(['customer-records'])
    expect(insight(graph, 'arn:aws:s3:::ledger-2024', 'contains-sensitive-data')?.params['infoTypes']).toEqual(['financial'])
    expect(insight(graph, 'arn:aws:s3:::ledger-2024', 'critical-resource')?.params).toEqual({ level: 'critical', sources: ['rule:payments-team'] })
    expect(insight(graph, 'arn:aws:s3:::ledger-2024', 'critical-resource')?.evidence[0]).toEqual({ source: 'sensitivity rule payments-team', detail: 'tag TEAM=payments → criticality critical' })
    // The public tag silences the name rule, not the criticality.
    expect(insight(graph, 'arn:aws:s3:::ledger-public', 'contains-sensitive-data')).toBeUndefined()
    expect(insight(graph, 'arn:aws:s3:::ledger-public', 'critical-resource')?.params['level']).toBe('critical')
  })

  it('rejects a rule whose name pattern is not a regular expression', () => {
    const graph = new GraphBuilder().addFragment(one(bucket('b'))[0]!).build().graph
    expect(() => sensitivityAnalysis.run(graph, { options: { sensitivity: { rules: [{ id: 'bad', namePattern: '(', infoTypes: ['x'] }] } } })).toThrow(/sensitivity rule bad/)
  })

  it('reads the labels a Cloud SQL instance keeps in settings.userLabels', async () => {
    const sql: NodeInput = {
      id: '//cloudsql.googleapis.com/projects/demo-proj/instances/orders', kind: 'gcp.sql.instance', family: 'managed-database', provider: 'gcp', name: 'orders',
      props: { config: { settings: { userLabels: { 'data-classification': 'confidential', criticality: 'critical' } } } },
    }
    const graph = await analysed([], one(sql))
    expect(insight(graph, sql.id, 'contains-sensitive-data')?.params['infoTypes']).toEqual(['confidential'])
    expect(insight(graph, sql.id, 'critical-resource')?.params['level']).toBe('critical')
  })

  it('reads imported classification results from props', async () => {
    const graph = await analysed([], one(bucket('scanned', {}, { sensitiveInfoTypes: ['EMAIL_ADDRESS', 'CREDIT_CARD_NUMBER'], criticality: 'high' })))
    expect(insight(graph, 'arn:aws:s3:::scanned', 'contains-sensitive-data')?.params).toMatchObject({ infoTypes: ['credit_card_number', 'email_address'], sources: ['import:sensitiveInfoTypes'] })
    expect(insight(graph, 'arn:aws:s3:::scanned', 'critical-resource')?.params['level']).toBe('high')
  })

  it('lets blob containers inherit what their storage account holds, unless classified otherwise', async () => {
    const account = (name: string, tags: Record<string, string>): NodeInput => ({
      id: `/subscriptions/s/resourcegroups/rg/providers/microsoft.storage/storageaccounts/${name}`, kind: 'azure.storage.storageaccount', family: 'object-storage', provider: 'azure', name, tags,
    })
    const container = (parent: NodeInput, name: string, tags: Record<string, string> = {}): NodeInput => ({
      id: `${parent.id}/blobservices/default/containers/${name}`, kind: 'azure.storage.blobcontainer', family: 'object-storage', provider: 'azure', name, tags,
    })
    const secret = account('stsecret', { 'data-classification': 'confidential' })
    const open = account('stopen', { 'data-classification': 'public' })
    const nodes = [secret, open, container(secret, 'orders'), container(secret, 'site', { 'data-classification': 'public' }), container(open, 'assets')]
    const graph = await analysed([], [{ nodes, edges: nodes.slice(2).map((c) => ({ from: c.id.split('/blobservices')[0]!, to: c.id, kind: 'contains' as const })) }])
    expect(insight(graph, `${secret.id}/blobservices/default/containers/orders`, 'contains-sensitive-data')?.params).toMatchObject({ infoTypes: ['confidential'], inheritedFrom: secret.id })
    expect(insight(graph, `${secret.id}/blobservices/default/containers/site`, 'contains-sensitive-data')).toBeUndefined()
    expect(insight(graph, `${open.id}/blobservices/default/containers/assets`, 'contains-sensitive-data')).toBeUndefined()
  })
})
