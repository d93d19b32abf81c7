/** @module AWS::KMS::Key → key node with its key policy, manager, state and rotation. */
import { bool, compact, field, obj, str } from '../../core/json.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapKmsKey: ConfigMapper = (ci) => {
  const c = ci.configuration
  const s = ci.supplementary
  const policy = parsePolicyDocument(field(c, 'keyPolicy', 'policy') ?? field(s, 'KeyPolicy', 'Policy'))
  const rotationEnabled =
    bool(c, 'keyRotationEnabled', 'enableKeyRotation') ??
    bool(s, 'KeyRotationStatus') ??
    bool(obj(s, 'KeyRotationStatus'), 'keyRotationEnabled')
  const keyId = str(c, 'keyId') ?? ci.resourceId
  return {
    kind: 'aws.kms.key',
    name: str(c, 'description') || keyId,
    props: compact({
      keyId,
      keyManager: str(c, 'keyManager'),
      keyState: str(c, 'keyState'),
      enabled: bool(c, 'enabled'),
      keyUsage: str(c, 'keyUsage'),
      keySpec: str(c, 'keySpec', 'customerMasterKeySpec'),
      origin: str(c, 'origin'),
      multiRegion: bool(c, 'multiRegion'),
      createdAt: toIsoTimestamp(field(c, 'creationDate')),
      rotationEnabled,
      resourcePolicy: policy.document,
    }),
    problems: policy.error === undefined ? [] : [`key policy: ${policy.error}`],
  }
}
