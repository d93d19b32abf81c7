/**
 * @module Canonical node ids shared by every provider adapter (ARCHITECTURE.md §2), so the same
 * resource read from a live export, Terraform and a scanner report merges into one node.
 * A node's `scope` is the id of its account-family node (AWS account, subscription, project, cluster).
 */

export const awsAccountNodeId = (accountId: string): string => `aws://accounts/${accountId}`

/** ARM ids compare case-insensitively (formats.md cross-cutting rule 3): lowercase them all. */
export const azureNodeId = (armId: string): string => armId.trim().toLowerCase().replace(/\/+$/, '')
export const azureSubscriptionNodeId = (subscriptionId: string): string =>
  `/subscriptions/${subscriptionId.toLowerCase()}`

/** CAI full resource name; projects are keyed by number, as in `ancestors`. */
export const gcpProjectNodeId = (projectNumberOrId: string): string =>
  `//cloudresourcemanager.googleapis.com/projects/${projectNumberOrId.replace(/^projects\//, '')}`

export const k8sClusterNodeId = (cluster: string): string => `k8s://${cluster}`
/** Namespaced objects: `k8s://<cluster>/<namespace>/<kind>/<name>`; cluster-scoped ones use `_` as namespace. */
export const k8sNodeId = (cluster: string, namespace: string | undefined, kind: string, name: string): string =>
  `k8s://${cluster}/${namespace ?? '_'}/${kind.toLowerCase()}/${name}`

export const imageNodeId = (repository: string, digestOrTag?: string): string =>
  digestOrTag === undefined ? `image://${repository}` : `image://${repository}${digestOrTag.startsWith('sha256:') ? '@' : ':'}${digestOrTag}`
