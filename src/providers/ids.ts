/**
 * @module Canonical node ids shared by every provider adapter (ARCHITECTURE.md §2), so the same
 * resource read from a live export, Terraform and a scanner report merges into one node.
 * A node's `scope` is the id of its account-family node (AWS account, subscription, project, cluster).
 */

export const awsAccountNodeId = (accountId: string): string => `aws://accounts/${accountId}`

/**
 * IAM user access keys are identified by their (non-secret) key id, so a key found in plaintext elsewhere
 * (a Lambda environment, a startup script, a scanner finding: `has-plaintext-secret` params.accessKeyIds)
 * can be joined to the key node, and through it to its user.
 */
export const awsAccessKeyNodeId = (accessKeyId: string): string => `aws://access-keys/${accessKeyId}`

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

/**
 * Entra principals known only by object id (ARG carries no principal names, formats.md §A2), and
 * system-assigned identities, whose only stable handle is their principal id: keyed
 * `azure-principal://<objectId>`, so role assignments in another file land on the same node. A managed
 * identity (or any node carrying the principal) lists this id among its aliases.
 */
export const azurePrincipalNodeId = (objectId: string): string => `azure-principal://${objectId.trim().toLowerCase()}`

/**
 * Role definitions keyed by GUID at tenant level. Assignments name them subscription-scoped
 * (`/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/<guid>`) while built-in rows
 * say `/providers/Microsoft.Authorization/RoleDefinitions/<guid>`; the GUID is unique in a tenant,
 * so both resolve to one node whatever the casing or the file.
 */
export const azureRoleDefinitionNodeId = (idOrGuid: string): string =>
  `/providers/microsoft.authorization/roledefinitions/${azureNodeId(idOrGuid).split('/').pop() ?? ''}`

/**
 * GCP service-account node id: the CAI full name with the email,
 * `//iam.googleapis.com/projects/<projectId>/serviceAccounts/<email>`.
 * CAI exports name service accounts by numeric unique id, but everything that refers to one
 * (instances, node pools, functions, IAM members) uses the email, so the email form is the id and
 * a service-account asset is re-keyed to it (its CAI name and unique id become aliases). The project is
 * read from the email when it says (`<name>@<project>.iam.gserviceaccount.com`,
 * `<project>@appspot.gserviceaccount.com`), else it is `projectId`, the project of the resource that
 * names it (the default compute account `<number>-compute@developer.gserviceaccount.com` belongs to
 * the project that uses it).
 */
export function gcpServiceAccountNodeId(email: string, projectId: string | undefined): string {
  const address = email.trim().toLowerCase()
  const [local, domain = ''] = address.split('@')
  const userManaged = /^([a-z0-9-]+)\.iam\.gserviceaccount\.com$/.exec(domain)?.[1]
  const project =
    userManaged !== undefined && !userManaged.startsWith('gcp-sa-')
      ? userManaged
      : domain === 'appspot.gserviceaccount.com'
        ? local
        : projectId ?? '-'
  return `//iam.googleapis.com/projects/${project}/serviceAccounts/${address}`
}

/** Alias of a GCP service account by its numeric unique id (`serviceAccounts/<uniqueId>` in CAI names and keys). */
export const gcpServiceAccountUniqueIdAlias = (uniqueId: string): string => `gcp-service-account://${uniqueId.trim()}`

/**
 * Alias of an EC2 instance by instance id alone: a Kubernetes node's `spec.providerID`
 * (`aws:///eu-west-1a/i-0abc…`) names the instance without its account, so the ARN cannot be built.
 */
export const awsInstanceAlias = (instanceId: string): string => `aws-instance://${instanceId.trim().toLowerCase()}`
