import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureApimanagementApiHttpsOnly } from './azure-apimanagement-api-https-only.js'

const api: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-api/providers/microsoft.apimanagement/service/apim-demo/apis/orders',
  kind: 'azure.apimanagement.api',
  family: 'api-endpoint',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'orders',
  props: { armType: 'microsoft.apimanagement/service/apis', path: 'orders', protocols: ['https'], subscriptionRequired: true },
}

describe('azure-apimanagement-api-https-only', () => {
  it('is healthy with HTTPS only', () => {
    expect(evaluateRule(azureApimanagementApiHttpsOnly, api).status).toBe('healthy')
  })
  it('is unhealthy when HTTP is accepted', () => {
    expect(evaluateRule(azureApimanagementApiHttpsOnly, withProps(api, { protocols: ['http', 'https'] }))).toMatchObject({ status: 'unhealthy', message: 'API `orders` accepts unencrypted HTTP' })
  })
  it('is unknown without the protocols', () => {
    expect(evaluateRule(azureApimanagementApiHttpsOnly, withProps(api, { protocols: undefined })).status).toBe('unknown')
  })
})
