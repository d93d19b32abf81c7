import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureNetworkNsgDatabasePortsOpen } from './azure-network-nsg-database-ports-open.js'
import { NSG, nsgRule } from './fixtures.js'

describe('azure-network-nsg-database-ports-open', () => {
  it('is healthy when only HTTPS faces the internet', () => {
    expect(evaluateRule(azureNetworkNsgDatabasePortsOpen, NSG).status).toBe('healthy')
  })
  it('is unhealthy when SQL Server is open to Internet', () => {
    const open = withProps(NSG, { securityRules: [nsgRule('allow-sql', 100, 'allow', ['Internet'], ['1433'])] })
    expect(evaluateRule(azureNetworkNsgDatabasePortsOpen, open)).toMatchObject({ status: 'unhealthy', message: 'NSG `nsg-web` allows SQL Server 1433 (rule allow-sql) from any source' })
  })
  it('honours an earlier deny and reports only the ports it leaves open; unknown without rules', () => {
    const denied = withProps(NSG, { securityRules: [nsgRule('deny-db', 100, 'deny', ['*'], ['1433-11211', '27017']), nsgRule('allow-all', 200, 'allow', ['*'], ['*'])] })
    expect(evaluateRule(azureNetworkNsgDatabasePortsOpen, denied).status).toBe('healthy')
    const partly = withProps(NSG, { securityRules: [nsgRule('deny-sql', 100, 'deny', ['*'], ['1433']), nsgRule('allow-redis', 200, 'allow', ['Internet'], ['6379'])] })
    expect(evaluateRule(azureNetworkNsgDatabasePortsOpen, partly)).toMatchObject({ status: 'unhealthy', message: 'NSG `nsg-web` allows Redis 6379 (rule allow-redis) from any source' })
    expect(evaluateRule(azureNetworkNsgDatabasePortsOpen, withProps(NSG, { securityRules: undefined })).status).toBe('unknown')
  })
})
