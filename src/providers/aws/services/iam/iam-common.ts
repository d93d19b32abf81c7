/**
 * @module Pieces shared by IAM users, groups and roles, whichever export they come from
 * (get-account-authorization-details in PascalCase, Config IAM items in camelCase with URL-encoded
 * documents): inline policies, attached managed policies, permissions boundary.
 */
import type { EdgeInput, JsonObject, NodeInput } from '../../../../model/graph-types.js'
import { field, obj, objects, str, strings, unique } from '../../core/json.js'
import { awsNode, edge } from '../../core/nodes.js'
import { parsePolicyDocument } from '../../core/policy-document.js'

export interface IamRef {
  readonly arn: string
  readonly accountId: string
}

/** Inline policies have no ARN; `#` cannot occur in IAM names or paths, so the id never collides. */
export const inlinePolicyId = (identityArn: string, policyName: string): string => `${identityArn}#inline-policy/${policyName}`

export interface InlinePolicies {
  readonly props: JsonObject[]
  readonly nodes: NodeInput[]
  readonly edges: EdgeInput[]
  readonly problems: string[]
}

export function readInlinePolicies(raw: JsonObject, listKey: string, ref: IamRef, identityType: string): InlinePolicies {
  const out: InlinePolicies = { props: [], nodes: [], edges: [], problems: [] }
  // Name the list as the export spells it (`RolePolicyList` in authorization details).
  const pascal = listKey.charAt(0).toUpperCase() + listKey.slice(1)
  const shownKey = listKey in raw ? listKey : pascal in raw ? pascal : listKey
  objects(raw, listKey).forEach((entry, index) => {
    const name = str(entry, 'policyName') ?? `inline-${index}`
    const parsed = parsePolicyDocument(field(entry, 'policyDocument'))
    if (parsed.error !== undefined) out.problems.push(`${shownKey}[${index}] (${name}): ${parsed.error}`)
    const document = parsed.document ?? null
    out.props.push({ name, document })
    const id = inlinePolicyId(ref.arn, name)
    out.nodes.push(
      awsNode({
        id,
        kind: 'aws.iam.inline-policy',
        accountId: ref.accountId,
        name,
        props: { policyName: name, document, attachedTo: ref.arn, identityType },
      }),
    )
    out.edges.push(edge(id, ref.arn, 'attached-to', { via: 'inline' }))
  })
  return out
}

export function attachedPolicyArns(raw: JsonObject): string[] {
  return unique(objects(raw, 'attachedManagedPolicies').flatMap((p) => strings(p, 'policyArn')))
}

export function managedAttachmentEdges(arns: readonly string[], identityArn: string): EdgeInput[] {
  return arns.map((policy) => edge(policy, identityArn, 'attached-to', { via: 'managed' }))
}

export function permissionsBoundaryArn(raw: JsonObject): string | undefined {
  return str(obj(raw, 'permissionsBoundary'), 'permissionsBoundaryArn')
}
