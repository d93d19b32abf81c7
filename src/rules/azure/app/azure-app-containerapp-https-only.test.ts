import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAppContainerappHttpsOnly } from './azure-app-containerapp-https-only.js'

const app: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-apps/providers/microsoft.app/containerapps/ca-api',
  kind: 'azure.app.containerapp',
  family: 'function',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'ca-api',
  props: { armType: 'microsoft.app/containerapps', externalIngress: true, allowInsecure: false, targetPort: 8080, images: [] },
}

describe('azure-app-containerapp-https-only', () => {
  it('is healthy when HTTP is redirected', () => {
    expect(evaluateRule(azureAppContainerappHttpsOnly, app).status).toBe('healthy')
  })
  it('is unhealthy with allowInsecure', () => {
    expect(evaluateRule(azureAppContainerappHttpsOnly, withProps(app, { allowInsecure: true }))).toMatchObject({ status: 'unhealthy', message: 'container app `ca-api` serves plain HTTP on its ingress' })
  })
  it('is not applicable without ingress', () => {
    expect(evaluateRule(azureAppContainerappHttpsOnly, withProps(app, { externalIngress: undefined, allowInsecure: undefined })).status).toBe('not-applicable')
  })
})
