import { describe, expect, it } from 'vitest'
import type { GraphFragment } from '../../../model/graph-types.js'
import { toArmRow } from '../arm-row.js'
import type { ArmRow } from '../arm-row.js'
import { RoleJoin } from '../role-join.js'
import { RowSink } from '../row-sink.js'
import { mapManagedCluster } from './aks.js'

const ID = '/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-cli'

function run(raw: Record<string, unknown>): { props: Record<string, unknown>; fragment: GraphFragment; join: RoleJoin } {
  const row = toArmRow(JSON.parse(JSON.stringify(raw))) as ArmRow
  const join = new RoleJoin()
  const out = new RowSink(join)
  const props = mapManagedCluster(row, out)
  return { props, fragment: out.commit(), join }
}

describe('aks', () => {
  it('reads `az aks show` output: properties flattened, `enableRbac` and `authorizedIpRanges` re-cased', () => {
    const { props } = run({
      id: ID, name: 'aks-cli', type: 'Microsoft.ContainerService/ManagedClusters', location: 'westeurope',
      enableRbac: false, disableLocalAccounts: true,
      apiServerAccessProfile: { authorizedIpRanges: ['203.0.113.0/24'], enablePrivateCluster: false },
      networkProfile: { networkPlugin: 'kubenet' },
      agentPoolProfiles: [{ name: 'np1', count: 2, enableNodePublicIp: true }],
    })
    expect(props).toMatchObject({
      rbacEnabled: false, localAccountsDisabled: true, authorizedIpRanges: ['203.0.113.0/24'],
      apiServerPublic: true, apiServerUnrestricted: false, networkPlugin: 'kubenet',
      agentPools: [expect.objectContaining({ name: 'np1', count: 2, enableNodePublicIp: true })],
    })
  })

  it('treats a private cluster as closed and registers the kubelet identity for the role join', () => {
    const kubelet = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/MC_rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/kubelet'
    const { props, fragment, join } = run({
      id: ID, type: 'microsoft.containerservice/managedclusters',
      properties: {
        apiServerAccessProfile: { enablePrivateCluster: true },
        identityProfile: { kubeletidentity: { objectId: 'AAAA0000-0000-0000-0000-000000000001', resourceId: kubelet } },
      },
    })
    expect(props).toMatchObject({ privateCluster: true, apiServerPublic: false, apiServerUnrestricted: false })
    expect(fragment.edges).toContainEqual({ from: ID.toLowerCase(), to: kubelet.toLowerCase(), kind: 'can-authenticate-as', props: { identity: 'kubelet' } })
    join.assignment({ id: 'a', kind: 'azure.authorization.roleassignment', family: 'policy', provider: 'azure', props: { principalId: 'aaaa0000-0000-0000-0000-000000000001' } })
    expect(join.flush().edges).toEqual([{ from: 'a', to: kubelet.toLowerCase(), kind: 'attached-to', props: { role: 'principal' } }])
  })
})
