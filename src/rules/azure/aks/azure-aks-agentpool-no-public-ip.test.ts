import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAksAgentpoolNoPublicIp } from './azure-aks-agentpool-no-public-ip.js'
import { AKS_CLUSTER } from './fixtures.js'

const pool: NodeInput = {
  id: `${AKS_CLUSTER.id}/agentpools/system`,
  kind: 'azure.containerservice.agentpool',
  family: 'k8s-node',
  provider: 'azure',
  scope: AKS_CLUSTER.scope,
  name: 'aks-demo/system',
  props: { name: 'system', mode: 'system', count: 3, osType: 'linux', clusterId: AKS_CLUSTER.id },
}

describe('azure-aks-agentpool-no-public-ip', () => {
  it('is healthy without node public IPs', () => {
    expect(evaluateRule(azureAksAgentpoolNoPublicIp, pool).status).toBe('healthy')
  })
  it('is unhealthy with them', () => {
    expect(evaluateRule(azureAksAgentpoolNoPublicIp, withProps(pool, { enableNodePublicIp: true }))).toMatchObject({ status: 'unhealthy', message: 'node pool `aks-demo/system` gives every node a public IP address' })
  })
})
