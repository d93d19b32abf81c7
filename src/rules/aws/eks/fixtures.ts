/** @module EKS nodes as the EKS mappers (providers/aws/services/eks) normalize them, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const CLUSTER: NodeInput = {
  id: 'arn:aws:eks:eu-west-1:111122223333:cluster/shop',
  kind: 'aws.eks.cluster',
  family: 'k8s-cluster',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'shop',
  props: {
    clusterName: 'shop', version: '1.31', endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [],
    secretsEncrypted: true, encryptionKeyArns: ['arn:aws:kms:eu-west-1:111122223333:key/1'],
    loggingEnabledTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
  },
}

export const NODEGROUP: NodeInput = {
  id: 'arn:aws:eks:eu-west-1:111122223333:nodegroup/shop/general/1',
  kind: 'aws.eks.nodegroup',
  family: 'k8s-node',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'general',
  props: { nodegroupName: 'general', clusterName: 'shop', amiType: 'AL2023_x86_64_STANDARD', remoteAccessSourceSecurityGroups: [] },
}
