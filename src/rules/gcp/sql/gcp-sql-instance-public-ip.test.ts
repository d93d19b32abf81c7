import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstancePublicIp } from './gcp-sql-instance-public-ip.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-public-ip', () => {
  it('is healthy with private IP only', () => {
    expect(evaluateRule(gcpSqlInstancePublicIp, SQL_INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy with a public IP, naming it', () => {
    expect(evaluateRule(gcpSqlInstancePublicIp, withProps(SQL_INSTANCE, { ipv4Enabled: true, publicIp: '203.0.113.60' }))).toMatchObject({ status: 'unhealthy', message: 'instance `orders` has a public IPv4 address (203.0.113.60)' })
  })
  it('is unknown when the IP configuration was not exported', () => {
    expect(evaluateRule(gcpSqlInstancePublicIp, withProps(SQL_INSTANCE, { ipv4Enabled: undefined })).status).toBe('unknown')
  })
})
