/**
 * @module IAM managed policies: every version's document normalized, the default one exposed as
 * `document` (the effective policy); the others matter for SetDefaultPolicyVersion escalation.
 */
import type { JsonObject } from '../../../../model/graph-types.js'
import { bool, compact, field, num, objects, str } from '../../core/json.js'
import { parseArn } from '../../core/arn.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import type { MappedResource } from '../../config/config-mapper.js'

export const isAwsManagedPolicy = (arn: string): boolean => parseArn(arn)?.account === 'aws'

export function mapManagedPolicy(raw: JsonObject, arn: string): MappedResource {
  const defaultVersionId = str(raw, 'defaultVersionId')
  const problems: string[] = []
  const versions = objects(raw, 'policyVersionList').map((version, index) => {
    const parsed = parsePolicyDocument(field(version, 'document'))
    if (parsed.error !== undefined) problems.push(`policyVersionList[${index}]: ${parsed.error}`)
    const versionId = str(version, 'versionId')
    return compact({
      versionId,
      isDefault: bool(version, 'isDefaultVersion') ?? (versionId !== undefined && versionId === defaultVersionId),
      createdAt: toIsoTimestamp(field(version, 'createDate')),
      document: parsed.document ?? null,
    })
  })
  const effective = versions.find((v) => v['isDefault'] === true) ?? (versions.length === 1 ? versions[0] : undefined)
  return {
    kind: 'aws.iam.policy',
    name: str(raw, 'policyName') ?? arn.split('/').pop(),
    props: compact({
      policyName: str(raw, 'policyName'),
      policyId: str(raw, 'policyId'),
      path: str(raw, 'path'),
      description: str(raw, 'description'),
      awsManaged: isAwsManagedPolicy(arn),
      defaultVersionId: defaultVersionId ?? (typeof effective?.['versionId'] === 'string' ? effective['versionId'] : undefined),
      document: effective?.['document'] ?? undefined,
      versions,
      attachmentCount: num(raw, 'attachmentCount'),
      permissionsBoundaryUsageCount: num(raw, 'permissionsBoundaryUsageCount'),
      isAttachable: bool(raw, 'isAttachable'),
      createdAt: toIsoTimestamp(field(raw, 'createDate')),
      updatedAt: toIsoTimestamp(field(raw, 'updateDate')),
    }),
    problems,
  }
}
