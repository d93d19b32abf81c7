import { describe, expect, it } from 'vitest'
import { clusterFromId } from '../shared/cluster-identity.js'
import { awsRegionOfZone, providerIdTargets } from './k8s-provider-id.js'

describe('k8s-provider-id', () => {
  it('builds the EC2 instance ARN when the cluster id gives the account, else targets the instance id alias', () => {
    const eks = clusterFromId('arn:aws-us-gov:eks:us-gov-west-1:111122223333:cluster/c')
    expect(providerIdTargets('aws:///us-gov-west-1a/i-0123456789abcdef0', eks).ids).toEqual(['arn:aws-us-gov:ec2:us-gov-west-1:111122223333:instance/i-0123456789abcdef0'])
    const unknownAccount = providerIdTargets('aws:///eu-west-1a/i-0abc', clusterFromId('c'))
    expect(unknownAccount).toEqual({ ids: ['aws-instance://i-0abc'], cloud: 'aws', instanceId: 'i-0abc' })
  })

  it('maps local zones to their parent region', () => {
    expect(awsRegionOfZone('us-west-2-lax-1a')).toBe('us-west-2')
    expect(awsRegionOfZone('eu-central-1b')).toBe('eu-central-1')
  })

  it('lowercases Azure ids and adds the scale set of a VMSS instance', () => {
    const t = providerIdTargets('azure:///subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/virtualMachines/VM1', clusterFromId('c'))
    expect(t.ids).toEqual(['/subscriptions/s/resourcegroups/rg/providers/microsoft.compute/virtualmachines/vm1'])
  })

  it('builds the CAI name of a GCE instance and rejects unknown forms', () => {
    expect(providerIdTargets('gce://demo-proj/us-central1-a/node-1', clusterFromId('c')).ids).toEqual(['//compute.googleapis.com/projects/demo-proj/zones/us-central1-a/instances/node-1'])
    expect(providerIdTargets('kind://docker/kind/kind-control-plane', clusterFromId('c')).ids).toEqual([])
  })
})
