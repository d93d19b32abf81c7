/**
 * @module How many filler resources each output stream gets for a requested estate size. Every filler
 * generator yields exactly its share, so envelope counts (ARG `total_records`) are known before writing.
 */
import type { DemoClock } from './demo-company.js'

export const FILLER_WEIGHTS = {
  'aws-prod-main': 22,
  'aws-prod-extra': 8,
  'aws-dev': 8,
  'aws-iam': 1.5,
  'azure-resources': 22,
  'azure-authorization': 1,
  'gcp-prod': 16.5,
  'gcp-dev': 2.5,
  'k8s-eks': 7,
  'k8s-aks': 6,
  'k8s-gke': 5.5,
} as const
export type FillerStream = keyof typeof FILLER_WEIGHTS

export type ClusterKey = 'eks' | 'aks' | 'gke'

/** One Kubernetes node per this many filler resources of a cluster. */
const RESOURCES_PER_EXTRA_NODE = 40
/** Resources one extra node adds: the Node object, its VM, (EKS, GKE) the VM's boot disk and (EKS) its ENI. */
export const EXTRA_NODE_COST: Readonly<Record<ClusterKey, number>> = { eks: 4, aks: 2, gke: 3 }

export interface DemoPlan {
  readonly requested: number
  readonly baseline: number
  readonly filler: Readonly<Record<FillerStream, number>>
  /** Filler Kubernetes objects per cluster, after the extra nodes took their share. */
  readonly k8sObjects: Readonly<Record<ClusterKey, number>>
  /** Nodes added to each cluster beyond the planted ones (each costs EXTRA_NODE_COST resources). */
  readonly extraNodes: Readonly<Record<ClusterKey, number>>
}

export interface DemoContext {
  readonly seed: number
  readonly clock: DemoClock
  readonly plan: DemoPlan
}

export function planEstate(requested: number, baseline: number): DemoPlan {
  const total = Math.max(0, Math.floor(requested) - baseline)
  const streams = Object.keys(FILLER_WEIGHTS) as FillerStream[]
  const weightSum = streams.reduce((sum, stream) => sum + FILLER_WEIGHTS[stream], 0)
  const filler = {} as Record<FillerStream, number>
  let assigned = 0
  for (const stream of streams) {
    filler[stream] = Math.floor((total * FILLER_WEIGHTS[stream]) / weightSum)
    assigned += filler[stream]
  }
  // Rounding leftovers go to the largest stream so the total is exact.
  filler['aws-prod-main'] += total - assigned
  const split = (budget: number, cluster: ClusterKey): { nodes: number; objects: number } => {
    const nodes = Math.floor(budget / RESOURCES_PER_EXTRA_NODE)
    const objects = budget - EXTRA_NODE_COST[cluster] * nodes
    // A single object cannot form a namespace (its Namespace object plus content): AWS takes it.
    if (objects === 1) {
      filler['aws-prod-main']++
      return { nodes, objects: 0 }
    }
    return { nodes, objects }
  }
  const eks = split(filler['k8s-eks'], 'eks')
  const aks = split(filler['k8s-aks'], 'aks')
  const gke = split(filler['k8s-gke'], 'gke')
  return {
    requested,
    baseline,
    filler,
    k8sObjects: { eks: eks.objects, aks: aks.objects, gke: gke.objects },
    extraNodes: { eks: eks.nodes, aks: aks.nodes, gke: gke.nodes },
  }
}
