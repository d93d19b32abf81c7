import { describe, expect, it } from 'vitest'
import { CTX, ec2, makeCi } from '../../__fixtures__/make-ci.js'
import { normalizeConfigItem } from '../../config/config-item.js'
import { mapDbCluster, mapDbInstance, mapDbSnapshot } from './rds-database.js'

describe('rds-database', () => {
  it('maps an instance with public accessibility, encryption, engine, port and security groups', () => {
    const ci = makeCi('AWS::RDS::DBInstance', 'db-ABC', {
      dBInstanceIdentifier: 'orders',
      engine: 'postgres',
      endpoint: { address: 'orders.example', port: 5432 },
      publiclyAccessible: true,
      storageEncrypted: false,
      vpcSecurityGroups: [{ vpcSecurityGroupId: 'sg-1' }],
      dBClusterIdentifier: 'main',
    }, { resourceName: 'orders' })
    expect(ci.arn).toBe('arn:aws:rds:eu-west-1:111122223333:db:orders')
    const mapped = mapDbInstance(ci, CTX)
    expect(mapped.props).toMatchObject({ engine: 'postgres', port: 5432, publiclyAccessible: true, storageEncrypted: false, endpoint: 'orders.example' })
    expect(mapped.edges).toEqual([
      { from: ci.arn, to: ec2('security-group', 'sg-1'), kind: 'protected-by' },
      { from: 'arn:aws:rds:eu-west-1:111122223333:cluster:main', to: ci.arn, kind: 'contains' },
    ])
  })

  it('reads PascalCase API fields too and defaults missing flags to false', () => {
    const ci = makeCi('AWS::RDS::DBInstance', 'db-ABC', { DBInstanceIdentifier: 'x', Engine: 'mysql', Endpoint: { Port: 3306 } })
    expect(mapDbInstance(ci, CTX).props).toMatchObject({ dbInstanceIdentifier: 'x', engine: 'mysql', port: 3306, publiclyAccessible: false, storageEncrypted: false })
  })

  it('leaves flags unknown on a partial query row instead of assuming the API default', () => {
    const result = normalizeConfigItem(
      { accountId: '111122223333', awsRegion: 'eu-west-1', resourceType: 'AWS::RDS::DBInstance', resourceId: 'db-1', resourceName: 'x', configuration: { engine: 'mysql' } },
      { partial: true },
    )
    if ('error' in result) throw new Error(result.error)
    expect(mapDbInstance(result.item, CTX).props).not.toHaveProperty('publiclyAccessible')
    expect(mapDbInstance(result.item, CTX).props).not.toHaveProperty('storageEncrypted')
  })

  it('makes a cluster contain its members', () => {
    const ci = makeCi('AWS::RDS::DBCluster', 'cluster-1', { dBClusterIdentifier: 'main', port: 3306, dBClusterMembers: [{ dBInstanceIdentifier: 'main-1' }] }, { resourceName: 'main' })
    expect(mapDbCluster(ci, CTX).edges).toEqual([{ from: ci.arn, to: 'arn:aws:rds:eu-west-1:111122223333:db:main-1', kind: 'contains' }])
  })

  it('flags a snapshot restorable by all and links it from its database', () => {
    const ci = makeCi('AWS::RDS::DBSnapshot', 'snap', { dBSnapshotIdentifier: 'snap', dBInstanceIdentifier: 'orders', encrypted: false }, {
      resourceName: 'snap',
      supplementaryConfiguration: { DBSnapshotAttributes: [{ attributeName: 'restore', attributeValues: ['all', '444455556666'] }] },
    })
    const mapped = mapDbSnapshot(ci, CTX)
    expect(mapped.props).toMatchObject({ public: true, sharedWithAccounts: ['444455556666'], encrypted: false })
    expect(mapped.edges).toEqual([{ from: 'arn:aws:rds:eu-west-1:111122223333:db:orders', to: ci.arn, kind: 'moves-data-to', props: { via: 'snapshot' } }])
  })
})
