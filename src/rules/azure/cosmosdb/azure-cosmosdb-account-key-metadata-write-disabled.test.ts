import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureCosmosdbAccountKeyMetadataWriteDisabled } from './azure-cosmosdb-account-key-metadata-write-disabled.js'
import { COSMOS_ACCOUNT } from './fixtures.js'

describe('azure-cosmosdb-account-key-metadata-write-disabled', () => {
  it('is healthy with metadata writes off (or no keys at all)', () => {
    expect(evaluateRule(azureCosmosdbAccountKeyMetadataWriteDisabled, withProps(COSMOS_ACCOUNT, { localAuthDisabled: false, keyBasedMetadataWriteAccessDisabled: true })).status).toBe('healthy')
    expect(evaluateRule(azureCosmosdbAccountKeyMetadataWriteDisabled, COSMOS_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy when keys can change metadata', () => {
    expect(evaluateRule(azureCosmosdbAccountKeyMetadataWriteDisabled, withProps(COSMOS_ACCOUNT, { localAuthDisabled: undefined }))).toMatchObject({ status: 'unhealthy', message: 'account `cosmos-demo` keys can create and delete databases and containers' })
  })
})
