/** @module Builds AWS nodes and edges, with family and scope derived from the kind and account. */
import type { EdgeInput, Evidence, GraphFragment, Insight, JsonObject, NodeInput } from '../../../model/graph-types.js'
import type { EdgeKind, Family } from '../../../model/vocabulary.js'
import { awsAccountNodeId } from '../../ids.js'
import { AWS_KINDS, unmappedKind } from '../aws-kinds.js'
import type { AwsKind } from '../aws-kinds.js'

export interface AwsNodeSpec {
  readonly id: string
  readonly kind: AwsKind
  /** Account that owns the resource; undefined for global AWS-owned objects (AWS managed policies). */
  readonly accountId: string | undefined
  readonly region?: string | undefined
  readonly name?: string | undefined
  readonly tags?: Readonly<Record<string, string>>
  readonly props?: JsonObject
  readonly insights?: readonly Insight[]
  readonly aliases?: readonly string[]
}

/** Config writes `global` for IAM items; no region is the honest value for a global resource. */
export function regionOf(region: string | undefined): string | undefined {
  return region === undefined || region === '' || region === 'global' ? undefined : region
}

function buildNode(spec: Omit<AwsNodeSpec, 'kind'>, kind: string, family: Family): NodeInput {
  const region = regionOf(spec.region)
  return {
    id: spec.id,
    kind,
    family,
    provider: 'aws',
    scope: spec.accountId === undefined ? '' : awsAccountNodeId(spec.accountId),
    name: spec.name ?? spec.id,
    ...(region === undefined ? {} : { region }),
    tags: spec.tags ?? {},
    props: spec.props ?? {},
    ...(spec.insights && spec.insights.length > 0 ? { insights: spec.insights } : {}),
    ...(spec.aliases && spec.aliases.length > 0 ? { aliases: spec.aliases } : {}),
  }
}

export function awsNode(spec: AwsNodeSpec): NodeInput {
  return buildNode(spec, spec.kind, AWS_KINDS[spec.kind].family)
}

/** A resource type without a mapper: kept whole, family `other`, kind `aws.unmapped.<AWS::X::Y>`. */
export function unmappedNode(resourceType: string, spec: Omit<AwsNodeSpec, 'kind'>): NodeInput {
  return buildNode(spec, unmappedKind(resourceType), 'other')
}

export function accountNode(accountId: string): NodeInput {
  return awsNode({
    id: awsAccountNodeId(accountId),
    kind: 'aws.account',
    accountId,
    name: accountId,
    props: { accountId },
  })
}

export function edge(from: string, to: string, kind: EdgeKind, props?: JsonObject, evidence?: readonly Evidence[]): EdgeInput {
  return {
    from,
    to,
    kind,
    ...(props && Object.keys(props).length > 0 ? { props } : {}),
    ...(evidence && evidence.length > 0 ? { evidence } : {}),
  }
}

/** Collects nodes and edges of one record; the same edge or node id added twice is kept once. */
export class FragmentBuilder {
  private readonly nodes = new Map<string, NodeInput>()
  private readonly edges = new Map<string, EdgeInput>()

  addNode(node: NodeInput): this {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node)
    return this
  }

  addNodes(nodes: readonly NodeInput[]): this {
    for (const node of nodes) this.addNode(node)
    return this
  }

  addEdge(value: EdgeInput): this {
    if (value.from === value.to) return this
    const key = `${value.kind}\u0000${value.from}\u0000${value.to}`
    if (!this.edges.has(key)) this.edges.set(key, value)
    return this
  }

  addEdges(edges: readonly EdgeInput[]): this {
    for (const value of edges) this.addEdge(value)
    return this
  }

  /** The account node plus `account contains id` (no-op without an account). */
  addContainment(accountId: string | undefined, id: string): this {
    if (accountId === undefined || accountId === '') return this
    this.addNode(accountNode(accountId))
    return this.addEdge(edge(awsAccountNodeId(accountId), id, 'contains'))
  }

  get size(): number {
    return this.nodes.size + this.edges.size
  }

  build(): GraphFragment {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] }
  }
}
