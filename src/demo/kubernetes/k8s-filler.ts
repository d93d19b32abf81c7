/**
 * @module Filler namespaces for a cluster: ordinary internal applications (ClusterIP services, non-privileged
 * pods on scanned images) spread over the cluster's nodes. Exact object counts.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { SERVICES } from '../demo-company.js'
import { FILLER_IMAGES } from '../demo-images.js'
import { DemoRandom } from '../demo-random.js'
import { appObjects } from './k8s-apps.js'
import type { ClusterDef } from './k8s-clusters.js'
import { configMapObject, serviceAccountObject } from './k8s-objects.js'

/** About this many objects per filler namespace file. */
const OBJECTS_PER_NAMESPACE = 400

export interface FillerNamespace {
  readonly name: string
  /** Objects inside the namespace (its Namespace object is counted apart). */
  readonly objects: number
}

/** Splits `budget` objects into namespaces; each Namespace object itself takes one from the budget. */
export function fillerNamespaces(budget: number): FillerNamespace[] {
  if (budget <= 0) return []
  const count = Math.max(1, Math.ceil(budget / (OBJECTS_PER_NAMESPACE + 1)))
  const inside = budget - count
  const base = Math.floor(inside / count)
  return Array.from({ length: count }, (_, i) => ({
    name: `${SERVICES[i % SERVICES.length]!}-${Math.floor(i / SERVICES.length) + 1}`,
    objects: base + (i < inside - base * count ? 1 : 0),
  }))
}

export function* fillerNamespaceObjects(seed: number, def: ClusterDef, ns: FillerNamespace, totalNodes: number): Generator<JsonObject> {
  const rng = DemoRandom.stream(seed, `k8s-filler:${def.key}:${ns.name}`)
  let remaining = ns.objects
  if (remaining <= 0) return
  yield serviceAccountObject(def.info, ns.name, 'default')
  remaining--
  let index = 0
  while (remaining > 0) {
    index++
    if (remaining >= 5) {
      const replicas = Math.min(rng.int(1, 3), remaining - 4)
      const service = ns.name.replace(/-\d+$/, '')
      const name = `${service}-${rng.pick(['api', 'worker', 'web', 'consumer', 'cron', 'sync'])}-${index.toString(36)}`
      const nodes = Array.from({ length: replicas }, () => {
        const n = def.node(rng.int(0, totalNodes - 1))
        return { name: n.name, ip: n.internalIp }
      })
      const built = appObjects(def.info, {
        namespace: ns.name,
        name,
        image: rng.pick(FILLER_IMAGES),
        port: rng.pick([8080, 8443, 9090, 3000]),
        service: { type: 'ClusterIP', port: 80 },
        serviceAccount: name,
        serviceAccountAnnotations: {},
        nodes,
        hardened: rng.chance(0.6),
        labels: { team: service, tier: rng.pick(['backend', 'frontend', 'batch']) },
        rng,
      })
      yield* built.objects
      remaining -= built.objects.length
    } else {
      yield configMapObject(def.info, ns.name, `settings-${index.toString(36)}`, { LOG_LEVEL: rng.pick(['info', 'warn']), FEATURE_FLAGS: rng.pick(['a,b', 'b', '']) })
      remaining--
    }
  }
}
