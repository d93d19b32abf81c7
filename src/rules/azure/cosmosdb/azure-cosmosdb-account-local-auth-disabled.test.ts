import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureCosmosdbAccountLocalAuthDisabled } from './azure-cosmosdb-account-local-auth-disabled.js'
import { COSMOS_ACCOUNT } from './fixtures.js'

describe('azure-cosmosdb-account-local-auth-disabled', () => {
  it('is healthy with local auth disabled', () => {
    expect(evaluateRule(azureCosmosdbAccountLocalAuthDisabled, COSMOS_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy when keys are accepted', () => {
    expect(evaluateRule(azureCosmosdbAccountLocalAuthDisabled, withProps(COSMOS_ACCOUNT, { localAuthDisabled: undefined }))).toMatchObject({ status: 'unhealthy', message: 'account `cosmos-demo` accepts its account keys' })
  })
})
