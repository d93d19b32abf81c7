/** @module Service accounts (with cloud workload-identity links), secrets and config maps (keys only). */
import type { JsonObject } from '../../model/graph-types.js'
import { bool, compact, obj, objects, str, stringMap } from '../shared/json-values.js'
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

/** Secret: name, type and keys; `data`/`stringData` values never leave this function. */
export function mapSecret(o: K8sObject, ctx: ObjectContext): Mapped {
  const annotations = stringMap(o.metadata.annotations)
  const id = objectId(ctx, o)
  const type = str(o.raw.type) ?? 'Opaque'
  const keys = keysOf(o.raw.data, o.raw.stringData)
  const props: JsonObject = compact({
    type,
    keys,
    immutable: bool(o.raw.immutable),
    serviceAccountName: annotations['kubernetes.io/service-account.name'],
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
