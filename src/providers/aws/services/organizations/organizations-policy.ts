/**
 * @module Organizations policies (SCPs, RCPs, tag/backup/AI policies) from `describe-policy` and
 * policy summaries from `list-policies[-for-target]`. The document (`Content`, a JSON string) is
 * normalized like IAM documents; known targets (roots, OUs, accounts) get `attached-to` edges.
 */
import type { EdgeInput, JsonObject, NodeInput } from '../../../../model/graph-types.js'
import { awsAccountNodeId } from '../../../ids.js'
import { bool, compact, field, str } from '../../core/json.js'
import { awsNode, edge } from '../../core/nodes.js'
import { parseArn } from '../../core/arn.js'
import { parsePolicyDocument } from '../../core/policy-document.js'

export interface OrganizationsPolicy {
  readonly nodes: NodeInput[]
  readonly edges: EdgeInput[]
  readonly problems: string[]
}

/** The management account that owns a policy or target ARN (`aws` for AWS managed policies). */
const ownerOf = (arn: string | undefined): string | undefined => {
  const account = arn === undefined ? undefined : parseArn(arn)?.account
  return account === undefined || account === '' || account === 'aws' ? undefined : account
}

/** Node id of a target: accounts use their account node, roots and OUs their ARN. */
function targetNode(target: JsonObject): { id: string; node?: NodeInput } | undefined {
  const id = str(target, 'TargetId')
  const type = str(target, 'Type')
  const arn = str(target, 'Arn')
  if (type === 'ACCOUNT' || (id !== undefined && /^\d{12}$/.test(id))) return id === undefined ? undefined : { id: awsAccountNodeId(id) }
  if (arn === undefined) return undefined
  const kind = type === 'ROOT' || id?.startsWith('r-') ? 'aws.organizations.root' : 'aws.organizations.ou'
  return { id: arn, node: awsNode({ id: arn, kind, accountId: ownerOf(arn), name: str(target, 'Name') ?? id, props: compact({ targetId: id, targetType: type }) }) }
}

export function mapOrganizationsPolicy(summary: JsonObject, content: string | undefined, targets: readonly JsonObject[]): OrganizationsPolicy {
  const arn = str(summary, 'Arn')
  if (arn === undefined) return { nodes: [], edges: [], problems: ['policy summary has no Arn'] }
  const parsed = parsePolicyDocument(content)
  const owner = ownerOf(arn)
  const resolved = targets.flatMap((t) => {
    const ref = targetNode(t)
    return ref === undefined ? [] : [ref]
  })
  const policy = awsNode({
    id: arn,
    kind: 'aws.organizations.policy',
    accountId: owner,
    name: str(summary, 'Name') ?? arn,
    props: compact({
      policyId: str(summary, 'Id'),
      policyType: str(summary, 'Type'),
      awsManaged: bool(summary, 'AwsManaged') ?? owner === undefined,
      description: str(summary, 'Description'),
      document: parsed.document,
      targetIds: targets.length > 0 ? resolved.map((r) => r.id) : undefined,
      config: summary,
    }),
  })
  return {
    nodes: [policy, ...resolved.flatMap((r) => (r.node === undefined ? [] : [r.node]))],
    edges: resolved.map((r) => edge(arn, r.id, 'attached-to', { via: 'organizations' })),
    problems: parsed.error === undefined ? [] : [`policy content: ${parsed.error}`],
  }
}

/** `Content` as a string whichever way it came (a pre-parsed object is re-serialised). */
export function contentOf(policy: JsonObject): string | undefined {
  const content = field(policy, 'Content')
  return typeof content === 'string' ? content : content === undefined ? undefined : JSON.stringify(content)
}
