/** @module Service accounts (with cloud workload-identity links), secrets and config maps (keys only). */
import type { JsonObject } from '../../model/graph-types.js'
import { bool, compact, obj, objects, str, stringMap } from '../shared/json-values.js'
import { credentialTargetsIn, mergeCredentialTargets } from '../shared/connection-strings.js'
import type { K8sObject, Mapped, ObjectContext } from './k8s-object.js'
import { baseNode, containmentEdge, objectId } from './k8s-object.js'

export function mapServiceAccount(o: K8sObject, ctx: ObjectContext): Mapped {
  const annotations = stringMap(o.metadata.annotations)
  const id = objectId(ctx, o)
  // Workload-identity links stay props: the permissions analysis turns them into can-assume edges.
  const node = baseNode(ctx, o, 'k8s.serviceaccount', 'identity', compact({
    automountServiceAccountToken: bool(o.raw.automountServiceAccountToken),
    awsRoleArn: annotations['eks.amazonaws.com/role-arn'],
    gcpServiceAccount: annotations['iam.gke.io/gcp-service-account'],
    azureClientId: annotations['azure.workload.identity/client-id'],
    azureTenantId: annotations['azure.workload.identity/tenant-id'],
    secrets: objects(o.raw.secrets).map((s) => str(s.name)).filter((n): n is string => n !== undefined),
    imagePullSecrets: objects(o.raw.imagePullSecrets).map((s) => str(s.name)).filter((n): n is string => n !== undefined),
  }), undefined)
  return { nodes: [node], edges: [containmentEdge(ctx, o, id)] }
}

function keysOf(...maps: unknown[]): string[] {
  const keys = new Set<string>()
  for (const map of maps) for (const key of Object.keys(obj(map) ?? {})) keys.add(key)
  return [...keys].sort()
}

/**
 * What the Secret's values sign in to: the host of a connection string with a password, the storage account of
 * a key or SAS token. `data` is base64; only these names are returned, never a value.
 */
function credentialTargetsOf(o: K8sObject): ReturnType<typeof mergeCredentialTargets> {
  const values: string[] = []
  for (const value of Object.values(obj(o.raw.data) ?? {})) {
    if (typeof value === 'string') values.push(Buffer.from(value, 'base64').toString('utf8'))
  }
  for (const value of Object.values(obj(o.raw.stringData) ?? {})) if (typeof value === 'string') values.push(value)
  return mergeCredentialTargets(values.map(credentialTargetsIn))
}

/** Secret: name, type, keys and the names of what its credentials open; `data`/`stringData` values never leave this function. */
export function mapSecret(o: K8sObject, ctx: ObjectContext): Mapped {
  const annotations = stringMap(o.metadata.annotations)
  const id = objectId(ctx, o)
  const type = str(o.raw.type) ?? 'Opaque'
  const keys = keysOf(o.raw.data, o.raw.stringData)
  const targets = credentialTargetsOf(o)
  const props: JsonObject = compact({
    type,
    keys,
    immutable: bool(o.raw.immutable),
    serviceAccountName: annotations['kubernetes.io/service-account.name'],
    credentialKinds: targets === undefined ? undefined : [...targets.kinds],
    hosts: targets !== undefined && targets.hosts.length > 0 ? [...targets.hosts] : undefined,
    storageAccounts: targets !== undefined && targets.storageAccounts.length > 0 ? [...targets.storageAccounts] : undefined,
  })
  const node = baseNode(ctx, o, 'k8s.secret', 'secret', props, { type, keys })
  return { nodes: [node], edges: [containmentEdge(ctx, o, id)] }
}

export function mapConfigMap(o: K8sObject, ctx: ObjectContext): Mapped {
  const id = objectId(ctx, o)
  const keys = keysOf(o.raw.data, o.raw.binaryData)
  const node = baseNode(ctx, o, 'k8s.configmap', 'other', compact({ keys, immutable: bool(o.raw.immutable) }), { keys })
  return { nodes: [node], edges: [containmentEdge(ctx, o, id)] }
}
