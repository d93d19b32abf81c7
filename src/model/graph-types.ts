/** @module Nodes, edges, insights and evidence: the records every provider produces and every analysis reads. */
import type { EdgeKind, Family, InsightId, Provider } from './vocabulary.js'

/** JSON-compatible value, used for provider properties so that snapshots round-trip through the store. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

/** Where a fact came from: an input file and a place inside it, or the analysis/rule that derived it. */
export interface Evidence {
  readonly source: string
  readonly detail?: string
  readonly location?: string
}

/** Which input contributed a node (a node merged from several inputs keeps all of them). */
export interface Provenance {
  readonly file: string
  readonly format: string
  readonly location?: string
}

export interface Insight {
  readonly id: InsightId
  readonly params: JsonObject
  readonly evidence: readonly Evidence[]
}

export interface GraphNode {
  /** Provider canonical id: ARN, lowercased ARM id, CAI full name, `k8s://cluster/ns/kind/name`. */
  readonly id: string
  /** Provider-specific type, e.g. `aws.ec2.instance`. */
  readonly kind: string
  readonly family: Family
  readonly provider: Provider
  /** Account / subscription / project id this node belongs to ('' when none applies). */
  readonly scope: string
  readonly name: string
  readonly region?: string
  readonly tags: Readonly<Record<string, string>>
  readonly props: JsonObject
  readonly insights: readonly Insight[]
  readonly provenance: readonly Provenance[]
}

export interface GraphEdge {
  readonly from: string
  readonly to: string
  readonly kind: EdgeKind
  readonly props: JsonObject
  readonly evidence: readonly Evidence[]
}

/** A node as a provider emits it: insights and provenance are optional and filled in later. */
export interface NodeInput {
  readonly id: string
  readonly kind: string
  readonly family: Family
  readonly provider: Provider
  readonly scope?: string
  readonly name?: string
  readonly region?: string
  readonly tags?: Readonly<Record<string, string>>
  readonly props?: JsonObject
  readonly insights?: readonly Insight[]
  readonly provenance?: readonly Provenance[]
  /**
   * Other ids that name the same resource (an EC2 instance id as a Kubernetes node's providerID names it,
   * an Azure principal object id, a GCP service account's numeric id). Edges to an alias land on this
   * node, and a placeholder node defined under an alias merges into it.
   */
  readonly aliases?: readonly string[]
}

export interface EdgeInput {
  readonly from: string
  readonly to: string
  readonly kind: EdgeKind
  readonly props?: JsonObject
  readonly evidence?: readonly Evidence[]
}

/** What a provider adapter returns for one input: a piece of the graph, merged by the builder. */
export interface GraphFragment {
  readonly nodes: readonly NodeInput[]
  readonly edges: readonly EdgeInput[]
}

export const INTERNET_NODE_ID = 'skyhound://internet'
