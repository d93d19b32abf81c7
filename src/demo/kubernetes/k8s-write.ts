/**
 * @module Writes each cluster's `kubectl get … -o json` export: `<cluster>/cluster.json` (namespaces, nodes,
 * cluster RBAC) and `<cluster>/<namespace>/all.json` per namespace (KubeHound-style layout, so the path
 * alone names the cluster), with the GKE `analytics` namespace as a multi-document YAML manifest.
 */
import { stringify } from 'yaml'
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import type { DemoContext } from '../demo-plan.js'
import { writeJsonDocument } from '../demo-output.js'
import type { DemoSink } from '../demo-sink.js'
import type { ClusterDef, ClusterKey, PlantedNamespace } from './k8s-clusters.js'
import { clusterDefs, plantedFor } from './k8s-clusters.js'
import { fillerNamespaceObjects, fillerNamespaces } from './k8s-filler.js'
import { listEnvelope, namespaceObject, nodeObject } from './k8s-objects.js'

const KEYS: readonly ClusterKey[] = ['eks', 'aks', 'gke']

export interface K8sBaseline {
  readonly defs: Readonly<Record<ClusterKey, ClusterDef>>
  readonly planted: Readonly<Record<ClusterKey, ReturnType<typeof plantedFor>>>
  readonly count: number
}

export function buildK8sBaseline(clock: DemoClock): K8sBaseline {
  const defs = clusterDefs(clock)
  const planted = { eks: plantedFor(defs.eks), aks: plantedFor(defs.aks), gke: plantedFor(defs.gke) }
  let count = 0
  for (const key of KEYS) {
    count += defs[key].plantedNodes + planted[key].clusterObjects.length
    for (const ns of planted[key].namespaces) count += ns.objects.length
  }
  return { defs, planted, count }
}

function* nodes(def: ClusterDef, total: number): Generator<JsonObject> {
  for (let i = 0; i < total; i++) yield nodeObject(def.info, def.node(i))
}

async function writeList(sink: DemoSink, path: string, items: Iterable<JsonObject>, def: ClusterDef, variant: string): Promise<void> {
  const file = await sink.open(path)
  const counts = await writeJsonDocument(file, listEnvelope(), { items }, 4)
  await sink.close(file, { format: 'kubernetes-list', variant, provider: 'kubernetes', records: counts.items ?? 0, scanOptions: { clusterId: def.cloudClusterId } })
}

async function writeYaml(sink: DemoSink, path: string, ns: PlantedNamespace, def: ClusterDef): Promise<void> {
  const file = await sink.open(path)
  for (const object of ns.objects) file.write(`---\n${stringify(object, { lineWidth: 0 })}`)
  await sink.close(file, { format: 'kubernetes-manifest', variant: 'multi-document-yaml', provider: 'kubernetes', records: ns.objects.length, scanOptions: { clusterId: def.cloudClusterId } })
}

export async function writeKubernetes(ctx: DemoContext, sink: DemoSink, baseline: K8sBaseline): Promise<void> {
  for (const key of KEYS) {
    const def = baseline.defs[key]
    const planted = baseline.planted[key]
    const totalNodes = def.plantedNodes + ctx.plan.extraNodes[key]
    const filler = fillerNamespaces(ctx.plan.k8sObjects[key])
    const dir = `kubernetes/${def.info.name}`
    const clusterItems = (function* () {
      yield* planted.clusterObjects
      for (const ns of filler) yield namespaceObject(def.info, ns.name, { 'ridgeline.example/tier': 'standard' })
      yield* nodes(def, totalNodes)
    })()
    await writeList(sink, `${dir}/cluster.json`, clusterItems, def, 'kubectl-list-json')
    for (const ns of planted.namespaces) {
      if (ns.yaml) await writeYaml(sink, `${dir}/${ns.name}/manifest.yaml`, ns, def)
      else await writeList(sink, `${dir}/${ns.name}/all.json`, ns.objects, def, 'kubectl-list-json')
    }
    for (const ns of filler) await writeList(sink, `${dir}/${ns.name}/all.json`, fillerNamespaceObjects(ctx.seed, def, ns, totalNodes), def, 'kubectl-list-json')
  }
}
