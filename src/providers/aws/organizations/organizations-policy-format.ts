/**
 * @module `aws-organizations-policy`: `aws organizations describe-policy` output (one policy, or a
 * JSON array of such outputs), optionally with the `Targets` of `list-targets-for-policy` merged
 * in, and `list-policies` / `list-policies-for-target` summaries (no documents; with a top-level
 * `TargetId` when the user recorded which target was listed).
 */
import type { DetectionSample, FormatAdapter, ReadContext } from '../../../formats/format-adapter.js'
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { isObject, obj, objects, str } from '../core/json.js'
import { FragmentBuilder } from '../core/nodes.js'
import { accountNodesOnce } from '../core/account-once.js'
import { shapeOf } from '../core/sample-shape.js'
import { contentOf, mapOrganizationsPolicy } from '../services/organizations/organizations-policy.js'

export function detectOrganizationsPolicy(sample: DetectionSample): boolean {
  const shape = shapeOf(sample)
  if (shape.root === 'object' && shape.keys.has('Policy')) {
    const keys = shape.childKeys.get('Policy')
    return keys !== undefined && (keys.has('PolicySummary') || keys.has('Content'))
  }
  if (shape.root === 'object' && shape.keys.has('Policies')) {
    const first = shape.firstItemKeys.get('Policies')
    return first !== undefined && first.has('Type') && (first.has('AwsManaged') || first.has('Id')) && !first.has('PolicyName')
  }
  return shape.root === 'array' && shape.firstItemKeys.get('')?.has('Policy') === true
}

function emit(ctx: ReadContext, location: string, summary: JsonObject, content: string | undefined, targets: JsonObject[]): void {
  const mapped = mapOrganizationsPolicy(summary, content, targets)
  const out = new FragmentBuilder().addNodes(mapped.nodes).addEdges(mapped.edges)
  for (const node of mapped.nodes) {
    const account = node.scope?.replace(/^aws:\/\/accounts\//, '')
    if (account !== undefined && account !== '') out.addContainment(account, node.id)
  }
  ctx.emit(out.build())
  for (const problem of mapped.problems) ctx.issue({ location, kind: 'invalid-record', message: problem, hint: 'the policy was kept without its document' })
}

function readDescribed(ctx: ReadContext, doc: JsonValue, location: string): void {
  const policy = obj(doc, 'Policy')
  const summary = obj(policy, 'PolicySummary')
  if (policy === undefined || summary === undefined) {
    ctx.issue({ location, kind: 'invalid-record', message: 'entry has no Policy.PolicySummary', hint: 'this entry was skipped' })
    return
  }
  emit(ctx, location, summary, contentOf(policy), objects(doc, 'Targets'))
}

export const awsOrganizationsPolicyFormat: FormatAdapter = {
  id: 'aws-organizations-policy',
  provider: 'aws',
  title: 'AWS Organizations policies (describe-policy, list-policies-for-target)',
  detect: detectOrganizationsPolicy,
  async read(input) {
    const ctx = accountNodesOnce(input)
    const doc = await ctx.file.json()
    if (Array.isArray(doc)) {
      doc.forEach((entry, index) => readDescribed(ctx, entry, `[${index}]`))
      return
    }
    if (isObject(doc) && 'Policy' in doc) {
      readDescribed(ctx, doc, 'Policy')
      return
    }
    const targetId = str(doc, 'TargetId')
    const targets = targetId === undefined ? [] : [{ TargetId: targetId }]
    objects(doc, 'Policies').forEach((summary, index) => emit(ctx, `Policies[${index}]`, summary, undefined, targets))
  },
}
