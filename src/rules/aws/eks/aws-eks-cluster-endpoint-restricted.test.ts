import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEksClusterEndpointRestricted } from './aws-eks-cluster-endpoint-restricted.js'

const cluster: NodeInput = {
  id: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod',
  kind: 'aws.eks.cluster',
  family: 'k8s-cluster',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'prod',
  props: { clusterName: 'prod', endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['192.0.2.0/24'] },
}

describe('aws-eks-cluster-endpoint-restricted', () => {
  it('is healthy when the public endpoint admits specific ranges', () => {
    expect(evaluateRule(awsEksClusterEndpointRestricted, cluster)).toMatchObject({ status: 'healthy', message: 'cluster `prod` API endpoint only admits 192.0.2.0/24' })
  })
  it('is healthy when the endpoint is private', () => {
    expect(evaluateRule(awsEksClusterEndpointRestricted, withProps(cluster, { endpointPublicAccess: false })).status).toBe('healthy')
  })
  it('is unhealthy when the endpoint is public to 0.0.0.0/0', () => {
    expect(evaluateRule(awsEksClusterEndpointRestricted, withProps(cluster, { publicAccessCidrs: ['0.0.0.0/0'] })).status).toBe('unhealthy')
  })
  it('is unknown when the endpoint flags were not exported', () => {
    expect(evaluateRule(awsEksClusterEndpointRestricted, withProps(cluster, { endpointPublicAccess: undefined })).status).toBe('unknown')
  })
})
