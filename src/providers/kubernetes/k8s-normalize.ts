/** @module Dispatches one Kubernetes object to its mapper; unknown kinds become generic nodes. */
import { mapConfigMap, mapSecret, mapServiceAccount } from './k8s-identity.js'
import { obj } from '../shared/json-values.js'
import { mapIngress, mapNetworkPolicy, mapService } from './k8s-network.js'
import { mapNamespace, mapNode } from './k8s-node.js'
import type { K8sObject, Mapped, ObjectContext } from './k8s-object.js'
import { baseNode, containmentEdge, objectId, ownerEdges } from './k8s-object.js'
import { redactEnvValues } from './k8s-pod-spec.js'
import { mapBinding, mapRole } from './k8s-rbac.js'
import { mapPod, mapWorkload, WORKLOAD_KINDS } from './k8s-workloads.js'
import { unmappedK8sKind } from './kubernetes-kinds.js'

type Mapper = (o: K8sObject, ctx: ObjectContext) => Mapped

const MAPPERS: Readonly<Record<string, Mapper>> = {
  Pod: mapPod,
  ...Object.fromEntries(Object.keys(WORKLOAD_KINDS).map((kind) => [kind, mapWorkload])),
  Service: mapService,
  Ingress: mapIngress,
  NetworkPolicy: mapNetworkPolicy,
  ServiceAccount: mapServiceAccount,
  Secret: mapSecret,
  ConfigMap: mapConfigMap,
  Role: mapRole,
  ClusterRole: mapRole,
  RoleBinding: mapBinding,
  ClusterRoleBinding: mapBinding,
  Node: mapNode,
  Namespace: mapNamespace,
}

/** Kept so coverage reports can count it; only `spec` is kept, never `data` or `status` of unknown kinds. */
function mapGeneric(o: K8sObject, ctx: ObjectContext): Mapped {
  const id = objectId(ctx, o)
  const spec = obj(o.raw.spec)
  const node = baseNode(ctx, o, unmappedK8sKind(o.kind), 'other', {}, spec === undefined ? undefined : { spec: redactEnvValues(spec) })
  return { nodes: [node], edges: [containmentEdge(ctx, o, id), ...ownerEdges(ctx, o, id)] }
}

export function mapK8sObject(o: K8sObject, ctx: ObjectContext): Mapped {
  const mapper = Object.prototype.hasOwnProperty.call(MAPPERS, o.kind) ? MAPPERS[o.kind]! : mapGeneric
  return mapper(o, ctx)
}
