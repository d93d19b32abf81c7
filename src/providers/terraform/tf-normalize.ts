/**
 * @module Terraform resources → graph: each managed resource becomes the node the live export of
 * its cloud would produce (same id and kind), plus an `iac-resource` node for its address
 * (`tf://<file>#<address>`) with a `provisioned-by` edge. Unmapped types become generic nodes.
 *
 * Ids: mapped types use the table's id builder; when the values cannot give one (a planned
 * resource whose ARN is unknown until apply) the node is `tf-planned://<file>#<address>`.
 * Unmapped types use the ARN (aws_*) or ARM id (azurerm_*) when present, else
 * `tf-resource://<type>/<id>`, else the planned form.
 *
 * Kubernetes resources land in the cluster named by ScanOptions.clusterId, else the only
 * EKS/AKS/GKE cluster declared in the same file, else `default`.
 */
import type { ReadContext } from '../../formats/format-adapter.js'
import type { EdgeInput, Evidence, JsonObject, JsonValue, NodeInput } from '../../model/graph-types.js'
import { azureNodeId, k8sNodeId } from '../ids.js'
import type { ClusterIdentity } from '../shared/cluster-identity.js'
import { clusterFromId } from '../shared/cluster-identity.js'
import { compact, isObject, str } from '../shared/json-values.js'
import { arnParts } from './aws-resources.js'
import { GCP_RESOURCES } from './gcp-resources.js'
import { isKubernetesType, mapKubernetesResource } from './kubernetes-resources.js'
import type { MapContext } from './tf-mapping.js'
import { MAPPINGS } from './tf-mapping-table.js'
import { unmappedTerraformKind } from './terraform-kinds.js'
import type { TfResource } from './tf-resource.js'

export const iacNodeId = (file: string, address: string): string => `tf://${file}#${address}`
const plannedNodeId = (file: string, address: string): string => `tf-planned://${file}#${address}`

/** Props that several Terraform resources add to one node (rules, attachments): lists are joined, not replaced. */
const APPEND_KEYS = new Set(['ingressRules', 'egressRules', 'attachedPolicyArns', 'inlinePolicies', 'securityRules'])

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

const CLUSTER_TYPES = new Set(['aws_eks_cluster', 'azurerm_kubernetes_cluster', 'google_container_cluster'])

function clusterOf(resources: readonly TfResource[], clusterId: string | undefined): ClusterIdentity {
  if (clusterId !== undefined && clusterId.trim() !== '') return clusterFromId(clusterId)
  const declared = resources.filter((r) => r.mode === 'managed' && CLUSTER_TYPES.has(r.type))
  if (declared.length === 1) {
    const r = declared[0]!
    const id = r.type === 'aws_eks_cluster' ? str(r.values.arn) : r.type === 'azurerm_kubernetes_cluster' ? str(r.values.id) : GCP_RESOURCES.google_container_cluster!.map(r.values, emptyContext(), r).id
    if (id !== undefined) return clusterFromId(id)
  }
  return { ...clusterFromId('default'), nameSource: 'default' }
}

function emptyContext(): MapContext {
  return { awsArnById: new Map(), iamArnByName: new Map(), gcpServiceAccountIdByEmail: new Map(), cluster: clusterFromId('default') }
}

export function mapContextOf(resources: readonly TfResource[], clusterId: string | undefined): MapContext {
  const awsArnById = new Map<string, string>()
  const iamArnByName = new Map<string, string>()
  const gcpServiceAccountIdByEmail = new Map<string, string>()
  const arns: string[] = []
  for (const r of resources) {
    const arn = str(r.values.arn)
    const id = str(r.values.id)
    if (r.type.startsWith('aws_') && arn !== undefined) {
      arns.push(arn)
      if (id !== undefined && !id.startsWith('arn:')) awsArnById.set(id, arn)
      const iam = /^aws_iam_(role|user|group|instance_profile)$/.exec(r.type)?.[1]
      const name = str(r.values.name)
      if (iam !== undefined && name !== undefined) iamArnByName.set(`${iam.replace('_', '-')}:${name}`, arn)
    }
    if (r.type === 'google_service_account') {
      const email = str(r.values.email)
      const sa = GCP_RESOURCES.google_service_account!.map(r.values, emptyContext(), r).id
      if (email !== undefined && sa !== undefined) gcpServiceAccountIdByEmail.set(email, sa)
    }
  }
  const parts = arns.map(arnParts)
  const awsAccount = mostCommon(parts.map((p) => p?.account).filter((a): a is string => a !== undefined))
  const awsRegion = mostCommon(parts.map((p) => p?.region).filter((r): r is string => r !== undefined && r !== ''))
  return {
    awsArnById,
    iamArnByName,
    gcpServiceAccountIdByEmail,
    cluster: clusterOf(resources, clusterId),
    ...(awsAccount === undefined ? {} : { awsAccount }),
    ...(awsRegion === undefined ? {} : { awsRegion }),
  }
}

function unmappedId(r: TfResource, file: string): string {
  const arn = str(r.values.arn)
  if (r.type.startsWith('aws_') && arn?.startsWith('arn:')) return arn
  const id = str(r.values.id)
  if (r.type.startsWith('azurerm_') && id !== undefined && /^\/subscriptions\//i.test(id)) return azureNodeId(id)
  if (id !== undefined && !r.planned) return `tf-resource://${r.type}/${id}`
  return plannedNodeId(file, r.address)
}

/** Collects nodes by id, merging what several resources say about one node. */
class NodeSet {
  private readonly nodes = new Map<string, NodeInput>()

  add(node: NodeInput): void {
    const known = this.nodes.get(node.id)
    if (known === undefined) {
      this.nodes.set(node.id, node)
      return
    }
    const props: JsonObject = { ...known.props }
    for (const [key, value] of Object.entries(node.props ?? {})) {
      const current = props[key]
      if (APPEND_KEYS.has(key) && Array.isArray(current) && Array.isArray(value)) props[key] = [...current, ...value]
      else if (isObject(current) && isObject(value)) props[key] = { ...current, ...value }
      else if (value !== null || current === undefined) props[key] = value
    }
    this.nodes.set(node.id, {
      ...known,
      ...(known.scope ? {} : node.scope === undefined ? {} : { scope: node.scope }),
      ...(known.region !== undefined || node.region === undefined ? {} : { region: node.region }),
      tags: { ...known.tags, ...node.tags },
      props,
      ...(node.aliases === undefined ? {} : { aliases: [...new Set([...(known.aliases ?? []), ...node.aliases])] }),
    })
  }

  values(): NodeInput[] {
    return [...this.nodes.values()]
  }
}

/** The cluster and namespace nodes the Kubernetes mappers' contains-edges start from (stubs; real ones merge in). */
function clusterStubs(cluster: ClusterIdentity, namespace: string | undefined, nodes: NodeSet, edges: EdgeInput[]): void {
  nodes.add({ id: cluster.nodeId, kind: 'k8s.cluster', family: 'k8s-cluster', provider: 'kubernetes', scope: cluster.nodeId, name: cluster.name, props: compact({ clusterName: cluster.name, cloudClusterId: cluster.cloudClusterId }) })
  if (namespace === undefined) return
  const id = k8sNodeId(cluster.name, undefined, 'Namespace', namespace)
  nodes.add({ id, kind: 'k8s.namespace', family: 'k8s-namespace', provider: 'kubernetes', scope: cluster.nodeId, name: namespace, props: { cluster: cluster.name } })
  edges.push({ from: cluster.nodeId, to: id, kind: 'contains' })
}

export function terraformFragment(resources: readonly TfResource[], ctx: ReadContext, format: 'terraform-state' | 'terraform-plan'): void {
  const file = ctx.file.path
  const mctx = mapContextOf(resources, ctx.options.clusterId)
  const nodes = new NodeSet()
  const edges: EdgeInput[] = []
  for (const r of resources) {
    if (r.mode !== 'managed') continue
    const evidence: Evidence[] = [{ source: file, location: r.location, detail: r.address }]
    const planning = compact({ planned: r.planned === true ? true : undefined, plannedAction: r.action === undefined || r.action === 'no-op' ? undefined : r.action })
    let id: string
    let scope: string | undefined
    if (isKubernetesType(r.type)) {
      const result = mapKubernetesResource(r.type, r.values, {
        cluster: mctx.cluster,
        file,
        location: r.location,
        issue: (message, hint) => ctx.issue({ location: r.location, kind: 'invalid-record', message: `${r.address}: ${message}`, ...(hint === undefined ? {} : { hint }) }),
      })
      if (typeof result === 'string') {
        ctx.issue({ location: r.location, kind: 'invalid-record', message: `${r.address}: ${result}`, hint: 'the resource is kept as an unmapped node' })
        id = unmappedId(r, file)
        nodes.add({ id, kind: unmappedTerraformKind(r.type), family: 'other', provider: 'terraform', name: r.address, props: { ...planning, config: r.values } })
      } else {
        id = result.id
        scope = mctx.cluster.nodeId
        result.mapped.nodes.forEach((n, i) => nodes.add(i === 0 ? { ...n, props: { ...n.props, ...planning } } : n))
        edges.push(...result.mapped.edges)
        clusterStubs(mctx.cluster, str(result.mapped.nodes[0]?.props?.namespace), nodes, edges)
      }
    } else {
      const mapping = MAPPINGS[r.type]
      if (mapping !== undefined) {
        const mapped = mapping.map(r.values, mctx, r)
        id = mapped.id ?? plannedNodeId(file, r.address)
        scope = mapped.scope
        nodes.add({
          id,
          kind: mapping.kind,
          family: mapping.family,
          provider: mapping.provider,
          name: mapped.name ?? r.address,
          ...(mapped.scope === undefined ? {} : { scope: mapped.scope }),
          ...(mapped.region === undefined ? {} : { region: mapped.region }),
          tags: mapped.tags ?? {},
          props: { ...mapped.props, ...planning, ...(mapping.attaches === true ? {} : { config: r.values as JsonValue }) },
          ...(mapped.aliases === undefined || mapped.aliases.length === 0 ? {} : { aliases: mapped.aliases }),
        })
        for (const link of mapped.links ?? []) {
          edges.push({ from: link.from ?? id, to: link.to ?? id, kind: link.kind, ...(link.props === undefined ? {} : { props: link.props }), evidence })
        }
      } else {
        id = unmappedId(r, file)
        nodes.add({ id, kind: unmappedTerraformKind(r.type), family: 'other', provider: 'terraform', name: r.address, props: { ...planning, config: r.values } })
      }
    }
    const iac = iacNodeId(file, r.address)
    nodes.add({
      id: iac,
      kind: 'terraform.resource',
      family: 'iac-resource',
      provider: 'terraform',
      name: r.address,
      ...(scope === undefined ? {} : { scope }),
      props: compact({
        address: r.address,
        type: r.type,
        tfName: r.name,
        module: r.module,
        index: r.index,
        providerName: r.providerName,
        file,
        format,
        resourceId: id,
        dependsOn: r.dependsOn.length > 0 ? [...r.dependsOn] : undefined,
        references: r.references === undefined ? undefined : [...r.references],
        ...planning,
      }),
    })
    edges.push({ from: id, to: iac, kind: 'provisioned-by', evidence })
  }
  ctx.emit({ nodes: nodes.values(), edges })
}
