import { describe, expect, it } from 'vitest'
import { CTX, ec2, makeCi } from '../../__fixtures__/make-ci.js'
import { mapEksCluster, mapEksClusterObject, mapEksNodegroup } from './eks-cluster.js'

const ARN = 'arn:aws:eks:eu-west-1:111122223333:cluster/prod'
const REF = { arn: ARN, accountId: '111122223333', region: 'eu-west-1' }

describe('eks-cluster', () => {
  it('reads describe-cluster (camelCase): endpoint exposure, OIDC issuer, logging, encryption, role, SGs', () => {
    const mapped = mapEksClusterObject(
      {
        name: 'prod',
        roleArn: 'arn:aws:iam::111122223333:role/eks',
        resourcesVpcConfig: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'], clusterSecurityGroupId: 'sg-2', endpointPublicAccess: true, endpointPrivateAccess: false },
        identity: { oidc: { issuer: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABC' } },
        logging: { clusterLogging: [{ types: ['api'], enabled: true }, { types: ['audit'], enabled: false }] },
        encryptionConfig: [],
      },
      REF,
    )
    expect(mapped.props).toMatchObject({
      endpointPublicAccess: true,
      publicAccessCidrs: ['0.0.0.0/0'],
      oidcIssuer: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABC',
      loggingEnabledTypes: ['api'],
      secretsEncrypted: false,
      clusterSecurityGroupId: ec2('security-group', 'sg-2'),
    })
    expect(mapped.edges).toEqual([
      { from: ARN, to: 'arn:aws:iam::111122223333:role/eks', kind: 'can-authenticate-as', props: { via: 'cluster-role' } },
      { from: ARN, to: ec2('security-group', 'sg-1'), kind: 'protected-by' },
      { from: ARN, to: ec2('security-group', 'sg-2'), kind: 'protected-by' },
    ])
  })

  it('reads the Config item (PascalCase) the same way', () => {
    const ci = makeCi('AWS::EKS::Cluster', 'prod', {
      Name: 'prod',
      ResourcesVpcConfig: { EndpointPublicAccess: false, PublicAccessCidrs: [] },
      Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'audit' }] } },
      EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/k' } }],
    })
    expect(ci.arn).toBe(ARN)
    expect(mapEksCluster(ci, CTX).props).toMatchObject({ endpointPublicAccess: false, publicAccessCidrs: [], loggingEnabledTypes: ['audit'], secretsEncrypted: true })
  })

  it('lets a node group run as its node role inside its cluster', () => {
    const ngArn = 'arn:aws:eks:eu-west-1:111122223333:nodegroup/prod/ng/uuid'
    const ci = makeCi('AWS::EKS::Nodegroup', 'ng', { NodegroupName: 'ng', ClusterName: 'prod', NodeRole: 'arn:aws:iam::111122223333:role/node' }, { ARN: ngArn })
    expect(mapEksNodegroup(ci, CTX).edges).toEqual([
      { from: ngArn, to: 'arn:aws:iam::111122223333:role/node', kind: 'can-authenticate-as', props: { via: 'node-role' } },
      { from: ARN, to: ngArn, kind: 'contains' },
    ])
  })
})
