import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))
const CLUSTER = 'arn:aws:eks:us-east-1:111122223333:cluster/dev-cluster'

describe('eks-describe-format', () => {
  it('reads describe-cluster into a cluster node in the ARN account and region', async () => {
    const result = await readFixture(fixture('eks-describe-cluster.json'))
    expect(result.format).toBe('aws-eks-cluster')
    expect(result.issues).toEqual([])
    const cluster = result.fragment.nodes.find((n) => n.id === CLUSTER)
    expect(cluster).toMatchObject({
      kind: 'aws.eks.cluster',
      family: 'k8s-cluster',
      region: 'us-east-1',
      scope: 'aws://accounts/111122223333',
      tags: { env: 'dev' },
      props: {
        endpointPublicAccess: true,
        publicAccessCidrs: ['0.0.0.0/0'],
        authenticationMode: 'CONFIG_MAP',
        loggingEnabledTypes: ['authenticator'],
        oidcIssuer: 'https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      },
    })
    expect(result.fragment.edges).toContainEqual({ from: 'aws://accounts/111122223333', to: CLUSTER, kind: 'contains' })
  })

  it('reads describe-nodegroup into a node group running as its node role', async () => {
    const result = await readFixture(fixture('eks-describe-nodegroup.json'))
    expect(result.format).toBe('aws-eks-cluster')
    expect(result.fragment.edges).toContainEqual(expect.objectContaining({ to: 'arn:aws:iam::111122223333:role/eks-dev-node-role', kind: 'can-authenticate-as' }))
    expect(result.fragment.edges).toContainEqual(expect.objectContaining({ from: CLUSTER, kind: 'contains' }))
  })
})
