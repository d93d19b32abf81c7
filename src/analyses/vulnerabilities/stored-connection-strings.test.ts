import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { EdgeInput } from '../../model/graph-types.js'
import { vulnerabilitiesAnalysis } from './vulnerabilities.js'

const SECRETS = 'src/analyses/vulnerabilities/__fixtures__/kubernetes-connection-secrets.json'
const RDS = 'src/analyses/authentication/__fixtures__/config-rds.json'
const secret = (name: string): string => `k8s://prod/shop/secret/${name}`
const ORDERS_DB = 'arn:aws:rds:eu-west-1:111122223333:db:orders-db'
const STORAGE = '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stridgelineexports'

async function edges(): Promise<{ edges: EdgeInput[]; secretProps: Map<string, unknown> }> {
  const builder = new GraphBuilder()
  const secrets = await readFixture(SECRETS, { clusterId: 'prod' })
  builder.addFragment(secrets.fragment, { file: SECRETS, format: secrets.format })
  const rds = await readFixture(RDS)
  builder.addFragment(rds.fragment, { file: RDS, format: rds.format })
  builder.addFragment({ nodes: [{ id: STORAGE, kind: 'azure.storage.storageaccount', family: 'object-storage', provider: 'azure', name: 'stridgelineexports' }], edges: [] })
  const { graph } = builder.build()
  const derived = vulnerabilitiesAnalysis.run(graph, { options: {} })
  return {
    edges: (derived.edges ?? []).filter((e) => e.kind === 'can-authenticate-to'),
    secretProps: new Map(secrets.fragment.nodes.map((n) => [n.id, n.props])),
  }
}

describe('Kubernetes Secrets holding connection strings and storage keys', () => {
  it('keeps the host and account names of the values, never a value', async () => {
    const { secretProps } = await edges()
    expect(secretProps.get(secret('orders-db-credentials'))).toMatchObject({ credentialKinds: ['connection-string'], hosts: ['orders-db.abc123.eu-west-1.rds.amazonaws.com'] })
    expect(secretProps.get(secret('orders-db-config'))).not.toHaveProperty('hosts')
    expect(JSON.stringify([...secretProps.values()])).not.toMatch(/s3cr3t|hunter22|AAAAAAAAAA/)
  })

  it('links a Secret to the database its connection string opens and to the storage account of its key', async () => {
    const { edges: found } = await edges()
    const db = found.find((e) => e.from === secret('orders-db-credentials'))
    expect(db).toMatchObject({ to: ORDERS_DB, props: { credential: 'connection-string', host: 'orders-db.abc123.eu-west-1.rds.amazonaws.com' } })
    expect(db?.evidence?.[0]).toMatchObject({ source: SECRETS, detail: expect.stringContaining('connection string to host') as unknown })
    expect(found.find((e) => e.from === secret('exports-storage'))).toMatchObject({ to: STORAGE, props: { credential: 'storage-account-key' } })
  })

  it('links nothing for a host without a password or a host outside the inventory', async () => {
    const { edges: found } = await edges()
    expect(found.filter((e) => e.from === secret('orders-db-config') || e.from === secret('partner-db'))).toEqual([])
  })
})
