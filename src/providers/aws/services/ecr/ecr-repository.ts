/** @module AWS::ECR::Repository → registry node with its repository policy and scanning settings. */
import { bool, compact, field, obj, str } from '../../core/json.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import { orDefault } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapEcrRepository: ConfigMapper = (ci) => {
  const c = ci.configuration
  const policy = parsePolicyDocument(field(c, 'repositoryPolicyText', 'policyText') ?? field(ci.supplementary, 'RepositoryPolicyText'))
  const encryption = obj(c, 'encryptionConfiguration')
  const name = str(c, 'repositoryName') ?? ci.resourceName ?? ci.resourceId
  return {
    kind: 'aws.ecr.repository',
    name,
    props: compact({
      repositoryName: name,
      repositoryUri: str(c, 'repositoryUri'),
      createdAt: toIsoTimestamp(field(c, 'createdAt')),
      scanOnPush: orDefault(ci, bool(obj(c, 'imageScanningConfiguration'), 'scanOnPush'), false),
      imageTagMutability: str(c, 'imageTagMutability'),
      encryption: compact({ type: orDefault(ci, str(encryption, 'encryptionType'), 'AES256'), kmsKeyArn: str(encryption, 'kmsKey') }),
      resourcePolicy: policy.document,
      lifecyclePolicy: obj(c, 'lifecyclePolicy') !== undefined,
    }),
    problems: policy.error === undefined ? [] : [`repository policy: ${policy.error}`],
  }
}
