/**
 * @module IAM members → graph nodes. Service accounts are keyed by email (the GCP adapter re-keys them),
 * `allUsers`/`allAuthenticatedUsers` are the internet, workload-identity principals are the Kubernetes
 * service accounts of the GKE clusters of that pool, and the `projectOwner:`/`projectEditor:`/
 * `projectViewer:` convenience members expand to the basic-role members of the project. Users, groups
 * and domains have no node in the GCP export: they are counted, not linked.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import { INTERNET_NODE_ID } from '../../../model/graph-types.js'
import { k8sNodeId } from '../../../providers/ids.js'
import { gcpServiceAccountNodeId } from '../../../providers/gcp/gcp-names.js'
import { objects, str, strings } from '../json-read.js'

export interface ResolvedMember {
  readonly node: number
  /** Why the member is this node when it is not literal (public, convenience expansion). */
  readonly note?: string
  readonly caveat?: string
}

const CONVENIENCE = /^project(Owner|Editor|Viewer):(.+)$/
const WI_MEMBER = /^serviceAccount:([^[]+\.svc\.id\.goog)\[([^/\]]+)\/([^\]]+)\]$/
const WI_PRINCIPAL = /^principal:\/\/iam\.googleapis\.com\/projects\/[^/]+\/locations\/global\/workloadIdentityPools\/([^/]+\.svc\.id\.goog)\/subject\/ns\/([^/]+)\/sa\/([^/]+)$/

/** `serviceAccount:<pool>[ns/ksa]` or the `principal://…/subject/ns/<ns>/sa/<ksa>` form. */
export function workloadIdentityMember(member: string): { pool: string; namespace: string; name: string } | undefined {
  const match = WI_MEMBER.exec(member) ?? WI_PRINCIPAL.exec(member)
  return match === null ? undefined : { pool: match[1]!, namespace: match[2]!, name: match[3]! }
}

export class GcpMembers {
  private readonly saByEmail = new Map<string, number>()
  private readonly projectById = new Map<string, number>()
  private readonly clustersByPool = new Map<string, string[]>()
  private readonly internet: number | undefined
  private readonly cache = new Map<string, readonly ResolvedMember[]>()
  unresolved = 0

  constructor(private readonly graph: GraphView) {
    for (const node of graph.nodesOfKind('gcp.iam.serviceaccount')) {
      const email = str(graph.nodeProps(node)['email'])
      if (email !== undefined) this.saByEmail.set(email.toLowerCase(), node)
    }
    for (const node of graph.nodesOfKind('gcp.resourcemanager.project')) {
      const projectId = str(graph.nodeProps(node)['projectId'])
      if (projectId !== undefined) this.projectById.set(projectId, node)
    }
    for (const cluster of graph.nodesOfKind('k8s.cluster')) {
      const cloud = str(graph.nodeProps(cluster)['cloudClusterId'])
      const gke = cloud === undefined ? undefined : graph.indexOf(cloud)
      const pool = gke === undefined ? undefined : str(graph.nodeProps(gke)['workloadPool'])
      const name = str(graph.nodeProps(cluster)['clusterName']) ?? graph.nodeName(cluster)
      if (pool !== undefined) this.clustersByPool.set(pool, [...(this.clustersByPool.get(pool) ?? []), name])
    }
    this.internet = graph.indexOf(INTERNET_NODE_ID)
  }

  /** Project node of a project id (for `projectOwner:<id>` and service account ids). */
  project(projectId: string): number | undefined {
    return this.projectById.get(projectId)
  }

  /** Workload pool → Kubernetes cluster names whose GKE cluster uses it. */
  clustersOfPool(pool: string): readonly string[] {
    return this.clustersByPool.get(pool) ?? []
  }

  /** Nodes a member stands for; `projectId` is the project of the resource whose policy names it. */
  resolve(member: string, projectId: string | undefined): readonly ResolvedMember[] {
    const key = `${member}|${projectId ?? ''}`
    let resolved = this.cache.get(key)
    if (resolved === undefined) {
      resolved = this.resolveUncached(member, projectId, 0)
      if (resolved.length === 0) this.unresolved++
      this.cache.set(key, resolved)
    }
    return resolved
  }

  private resolveUncached(member: string, projectId: string | undefined, depth: number): ResolvedMember[] {
    const g = this.graph
    if (member === 'allUsers' && this.internet !== undefined) return [{ node: this.internet, note: 'allUsers (anyone on the internet)' }]
    if (member === 'allAuthenticatedUsers' && this.internet !== undefined) {
      return [{ node: this.internet, note: 'allAuthenticatedUsers', caveat: 'any Google account, not anonymous callers' }]
    }
    const wi = workloadIdentityMember(member)
    if (wi !== undefined) {
      return this.clustersOfPool(wi.pool).flatMap((cluster) => {
        const node = g.indexOf(k8sNodeId(cluster, wi.namespace, 'ServiceAccount', wi.name))
        return node === undefined ? [] : [{ node, note: `workload identity ${wi.pool}[${wi.namespace}/${wi.name}]` }]
      })
    }
    if (member.startsWith('serviceAccount:')) {
      const email = member.slice('serviceAccount:'.length).toLowerCase()
      const node = this.saByEmail.get(email) ?? g.indexOf(gcpServiceAccountNodeId(email, projectId))
      return node === undefined ? [] : [{ node }]
    }
    const convenience = CONVENIENCE.exec(member)
    if (convenience !== null && depth === 0) {
      const project = this.projectById.get(convenience[2]!)
      if (project === undefined) return []
      const role = `roles/${convenience[1]!.toLowerCase()}`
      const props = g.nodeProps(project)
      return objects(props['iamBindings'])
        .filter((binding) => binding['role'] === role && binding['condition'] === undefined)
        .flatMap((binding) => strings(binding['members']))
        .flatMap((m) => this.resolveUncached(m, convenience[2], depth + 1))
        .map((r) => ({ ...r, note: `${member} → ${r.note ?? g.nodeId(r.node)}` }))
    }
    return []
  }
}
