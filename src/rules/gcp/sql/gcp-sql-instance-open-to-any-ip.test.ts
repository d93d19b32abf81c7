import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceOpenToAnyIp } from './gcp-sql-instance-open-to-any-ip.js'
import { SQL_INSTANCE } from './fixtures.js'

const publicIp = { ipv4Enabled: true, publicIp: '203.0.113.60' }

describe('gcp-sql-instance-open-to-any-ip', () => {
  it('is healthy with specific authorized networks', () => {
    expect(evaluateRule(gcpSqlInstanceOpenToAnyIp, withProps(SQL_INSTANCE, { ...publicIp, authorizedNetworks: [{ value: '192.0.2.0/24' }] })).status).toBe('healthy')
  })
  it('is unhealthy when 0.0.0.0/0 is authorized', () => {
    const open = withProps(SQL_INSTANCE, { ...publicIp, authorizedNetworks: [{ value: '0.0.0.0/0', name: 'anywhere' }] })
    expect(evaluateRule(gcpSqlInstanceOpenToAnyIp, open)).toMatchObject({ status: 'unhealthy', message: 'instance `orders` authorizes 0.0.0.0/0 (network "anywhere")' })
  })
  it('is not applicable without a public IP', () => {
    expect(evaluateRule(gcpSqlInstanceOpenToAnyIp, SQL_INSTANCE).status).toBe('not-applicable')
  })
  it('is unknown when the authorized networks were not exported', () => {
    expect(evaluateRule(gcpSqlInstanceOpenToAnyIp, withProps(SQL_INSTANCE, { ...publicIp, authorizedNetworks: undefined })).status).toBe('unknown')
  })
})
