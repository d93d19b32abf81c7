/**
 * @module `aws-eks-cluster`: `aws eks describe-cluster` output (`{cluster: {…}}`), and
 * `describe-nodegroup` output (`{nodegroup: {…}}`). Account and region come from the ARN.
 */
import type { DetectionSample, FormatAdapter } from '../../../formats/format-adapter.js'
import { SkyhoundError } from '../../../model/errors.js'
import { parseArn } from '../core/arn.js'
import { field, obj, str } from '../core/json.js'
import { FragmentBuilder, awsNode } from '../core/nodes.js'
import { shapeOf } from '../core/sample-shape.js'
import { tagsOf } from '../core/tags.js'
import { mapEksClusterObject, mapEksNodegroupObject } from '../services/eks/eks-cluster.js'

export function detectEksDescribe(sample: DetectionSample): boolean {
  const shape = shapeOf(sample)
  if (shape.root !== 'object') return false
  const cluster = shape.childKeys.get('cluster')
  if (shape.keys.has('cluster') && cluster !== undefined) return cluster.has('resourcesVpcConfig')
  const nodegroup = shape.childKeys.get('nodegroup')
  return shape.keys.has('nodegroup') && nodegroup !== undefined && nodegroup.has('nodegroupArn') && nodegroup.has('clusterName')
}

export const awsEksClusterFormat: FormatAdapter = {
  id: 'aws-eks-cluster',
  provider: 'aws',
  title: 'AWS EKS describe-cluster / describe-nodegroup output',
  detect: detectEksDescribe,
  async read(ctx) {
    const doc = await ctx.file.json()
    const cluster = obj(doc, 'cluster')
    const raw = cluster ?? obj(doc, 'nodegroup')
    const location = cluster === undefined ? 'nodegroup' : 'cluster'
    const arn = str(raw, cluster === undefined ? 'nodegroupArn' : 'arn')
    const parsed = arn === undefined ? undefined : parseArn(arn)
    if (raw === undefined || arn === undefined || parsed === undefined) {
      throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: ${location} has no ARN`, {
        where: `${ctx.file.path}:${location}`,
        hint: 'scan the unmodified output of `aws eks describe-cluster --name <cluster>`',
      })
    }
    const ref = { arn, accountId: parsed.account, region: parsed.region }
    const mapped = cluster === undefined ? mapEksNodegroupObject(raw, ref) : mapEksClusterObject(raw, ref)
    const out = new FragmentBuilder()
    out.addNode(
      awsNode({
        id: arn,
        kind: mapped.kind,
        accountId: parsed.account,
        region: parsed.region,
        name: mapped.name,
        tags: tagsOf(field(raw, 'tags')),
        props: { ...mapped.props, config: raw },
      }),
    )
    out.addContainment(parsed.account, arn)
    out.addEdges(mapped.edges ?? [])
    ctx.emit(out.build())
  },
}
