/**
 * @module One application in a cluster: its service account (optional), Deployment, ReplicaSet, pods and
 * Service, with stable names, IPs and digests. Used for planted workloads and for filler alike.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { DemoRandom, hash32 } from '../demo-random.js'
import type { ClusterInfo, ContainerSpec, Labels } from './k8s-objects.js'
import { serviceAccountObject, serviceObject, workloadObjects } from './k8s-objects.js'

export interface NodeRef {
  readonly name: string
  readonly ip: string
}

export interface AppSpec {
  readonly namespace: string
  readonly name: string
  readonly image: string
  readonly port: number
  readonly service: { readonly type: 'ClusterIP' | 'LoadBalancer'; readonly port: number } | undefined
  readonly serviceAccount: string
  /** Create the service account object with these annotations (undefined: the account exists elsewhere). */
  readonly serviceAccountAnnotations?: Labels
  readonly nodes: readonly NodeRef[]
  readonly labels?: Labels
  readonly podAnnotations?: Labels
  readonly privileged?: boolean
  readonly hardened?: boolean
  readonly hostPID?: boolean
  readonly mountHostRoot?: boolean
  readonly env?: readonly JsonObject[]
  /** Projected token volume for cloud workload identity (IRSA / Azure WI). */
  readonly identityToken?: { readonly volume: string; readonly mountPath: string; readonly audience: string }
  /** Randomness for names (filler); planted apps derive names from their own name. */
  readonly rng?: DemoRandom
}

const SAFE = 'bcdfghjklmnpqrstvwxz2456789'
function safeChars(rng: DemoRandom, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += SAFE[rng.int(0, SAFE.length - 1)]
  return out
}

export interface AppObjects {
  readonly objects: JsonObject[]
  readonly pods: readonly string[]
}

export function appObjects(cluster: ClusterInfo, app: AppSpec): AppObjects {
  const rng = app.rng ?? DemoRandom.stream(0x5eed, `${cluster.name}/${app.namespace}/${app.name}`)
  const rsHash = safeChars(rng, rng.int(9, 10))
  const suffixes = app.nodes.map(() => safeChars(rng, 5))
  const podIps = app.nodes.map((_, i) => {
    const h = hash32(cluster.name, app.namespace, app.name, i)
    return `${cluster.podPrefix}.${160 + (h % 32)}.${((h >>> 8) % 250) + 4}`
  })
  const labels = { app: app.name, ...app.labels }
  const container: ContainerSpec = {
    name: app.name,
    image: app.image,
    port: app.port,
    ...(app.privileged ? { privileged: true } : {}),
    ...(app.hardened ? { hardened: true } : {}),
    ...(app.env ? { env: app.env } : {}),
    ...(app.mountHostRoot ? { extraMounts: [{ name: 'host-root', mountPath: '/host' }] } : {}),
  }
  const extraMounts: JsonObject[] = []
  const extraVolumes: JsonObject[] = []
  if (app.mountHostRoot) extraVolumes.push({ name: 'host-root', hostPath: { path: '/', type: '' } })
  if (app.identityToken) {
    extraMounts.push({ name: app.identityToken.volume, mountPath: app.identityToken.mountPath, readOnly: true })
    extraVolumes.push({
      name: app.identityToken.volume,
      projected: { defaultMode: 420, sources: [{ serviceAccountToken: { audience: app.identityToken.audience, expirationSeconds: 86400, path: 'token' } }] },
    })
  }
  const objects: JsonObject[] = []
  if (app.serviceAccountAnnotations !== undefined) {
    objects.push(serviceAccountObject(cluster, app.namespace, app.serviceAccount, app.serviceAccountAnnotations))
  }
  objects.push(
    ...workloadObjects(cluster, {
      namespace: app.namespace,
      name: app.name,
      template: {
        labels,
        ...(app.podAnnotations ? { annotations: app.podAnnotations } : {}),
        serviceAccount: app.serviceAccount,
        containers: [{ ...container, ...(extraMounts.length > 0 || container.extraMounts ? { extraMounts: [...(container.extraMounts ?? []), ...extraMounts] } : {}) }],
        ...(app.hostPID ? { hostPID: true } : {}),
        ...(extraVolumes.length > 0 ? { extraVolumes } : {}),
      },
      nodes: app.nodes.map((n) => n.name),
      hostIps: app.nodes.map((n) => n.ip),
      rsHash,
      podSuffixes: suffixes,
      podIps,
    }),
  )
  if (app.service) {
    const h = hash32(cluster.name, app.namespace, app.name, 'svc')
    const clusterIp = `${cluster.servicePrefix}.${h % 250}.${((h >>> 8) % 250) + 2}`
    const external = app.service.type === 'LoadBalancer' ? loadBalancerAddress(cluster, app.namespace, app.name) : undefined
    objects.push(serviceObject(cluster, app.namespace, app.name, app.service.type, { app: app.name }, [{ name: 'http', port: app.service.port, targetPort: app.port }], clusterIp, external))
  }
  const rsName = `${app.name}-${rsHash}`
  return { objects, pods: suffixes.map((s) => `${rsName}-${s}`) }
}

/** The address a cloud load balancer publishes for a LoadBalancer service. */
export function loadBalancerAddress(cluster: ClusterInfo, namespace: string, name: string): string {
  const h = hash32(cluster.name, namespace, name, 'lb')
  if (cluster.lbStyle === 'hostname') {
    const a = DemoRandom.stream(h, 'lb').hex(32)
    return `a${a}-${String(h % 1_000_000_000).padStart(10, '0')}.${cluster.region}.elb.amazonaws.com`
  }
  return `203.0.113.${130 + (h % 120)}`
}
