/** @module AWS::SecretsManager::Secret → secret metadata: rotation, KMS key, resource policy; never the value. */
import { bool, compact, field, num, obj, str } from '../../core/json.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import { orDefault } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

/** Value-bearing keys some exports carry (get-secret-value output pasted in): never kept. */
const VALUE_KEYS = new Set(['SecretString', 'secretString', 'SecretBinary', 'secretBinary'])

export const mapSecret: ConfigMapper = (ci) => {
  const c = ci.configuration
  const s = ci.supplementary
  const policy = parsePolicyDocument(field(c, 'resourcePolicy', 'policy') ?? field(s, 'ResourcePolicy', 'Policy'))
  const rules = obj(c, 'rotationRules')
  const name = str(c, 'name') ?? ci.resourceName ?? ci.resourceId
  const config = Object.fromEntries(Object.entries(c).filter(([key]) => !VALUE_KEYS.has(key)))
  return {
    kind: 'aws.secretsmanager.secret',
    name,
    props: compact({
      secretName: name,
      description: str(c, 'description'),
      kmsKeyId: str(c, 'kmsKeyId'),
      rotationEnabled: orDefault(ci, bool(c, 'rotationEnabled'), false),
      rotationLambdaArn: str(c, 'rotationLambdaARN', 'rotationLambdaArn'),
      rotationDays: num(rules, 'automaticallyAfterDays'),
      lastRotatedAt: toIsoTimestamp(field(c, 'lastRotatedDate')),
      lastAccessedAt: toIsoTimestamp(field(c, 'lastAccessedDate')),
      resourcePolicy: policy.document,
      config,
    }),
    problems: policy.error === undefined ? [] : [`resource policy: ${policy.error}`],
  }
}
