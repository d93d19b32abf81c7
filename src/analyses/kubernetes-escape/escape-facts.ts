/**
 * @module What a pod spec (a Pod, or a controller's pod template, as the Kubernetes adapter normalizes
 * it) lets a container do to its node: privileges, dangerous capabilities, host namespaces, host paths,
 * container runtime sockets — and whether that amounts to an escape to the node.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { bool, objects, str, strings } from '../cloud-permissions/json-read.js'

/** Capabilities that break isolation or reach the host kernel (privileged-container). */
const DANGEROUS_CAPS = new Set(['ALL', 'SYS_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_BOOT', 'DAC_READ_SEARCH', 'DAC_OVERRIDE', 'BPF', 'PERFMON', 'NET_ADMIN', 'MKNOD', 'SYS_CHROOT', 'SYSLOG'])
/** Capabilities with a known, public escape to the node on their own. */
const ESCAPE_CAPS = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_RAWIO', 'DAC_READ_SEARCH', 'BPF'])

/** Host paths that expose the node when mounted, or when a parent of theirs is (`/var` holds kubelet state). */
const SENSITIVE_PATHS = [
  '/', '/etc', '/root', '/home', '/proc', '/sys', '/dev', '/boot', '/var/lib/kubelet', '/var/lib/docker', '/var/lib/containerd',
  '/etc/kubernetes', '/var/run/docker.sock', '/run/docker.sock', '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock', '/var/run/crio/crio.sock', '/run/crio/crio.sock',
]
/** Trees where any sub-path is sensitive too (`/root/.ssh`, `/var/lib/kubelet/pki`); `/etc/ssl/certs` is not. */
const SENSITIVE_TREES = ['/root', '/home', '/proc', '/boot', '/var/lib/kubelet', '/etc/kubernetes', '/var/lib/docker', '/var/lib/containerd']
/** Paths whose read alone gives node credentials (kubelet kubeconfig and keys, user keys, shadow). */
const CREDENTIAL_PATHS = ['/', '/etc', '/root', '/home', '/var/lib/kubelet', '/etc/kubernetes']
const CREDENTIAL_TREES = ['/root', '/home', '/var/lib/kubelet', '/etc/kubernetes']
const RUNTIME_SOCKET = /(docker|containerd|crio|cri-dockerd|podman)\.sock$/

export const normalizePath = (path: string): string => {
  const trimmed = path.trim().replace(/\/+$/, '')
  return trimmed === '' ? '/' : trimmed
}

const coversOrInside = (p: string, exact: readonly string[], trees: readonly string[]): boolean =>
  exact.some((s) => p === s || p === '/' || s.startsWith(`${p}/`)) || trees.some((t) => p.startsWith(`${t}/`))

/** A mount of `path` exposes the node when it is a sensitive path, contains one, or lies inside a sensitive tree. */
export const isSensitivePath = (path: string): boolean => coversOrInside(normalizePath(path), SENSITIVE_PATHS, SENSITIVE_TREES)

/** Reading the mount is enough to take the node's credentials. */
export const isCredentialPath = (path: string): boolean => coversOrInside(normalizePath(path), CREDENTIAL_PATHS, CREDENTIAL_TREES)

/** Runtime sockets, or folders holding them: control of the runtime is control of the node. */
export const isRuntimeSocket = (path: string): boolean => {
  const p = normalizePath(path)
  return RUNTIME_SOCKET.test(p) || p === '/var/run' || p === '/run' || p === '/var/run/containerd' || p === '/run/containerd'
}

export interface HostPathMount {
  readonly path: string
  readonly volume: string
  readonly sensitive: boolean
  readonly runtimeSocket: boolean
  /** Every container that mounts the volume mounts it read-only. */
  readonly readOnly: boolean
}

export interface EscapeFacts {
  readonly privilegedContainers: readonly string[]
  /** Container → dangerous capabilities it adds. */
  readonly dangerousCaps: Readonly<Record<string, readonly string[]>>
  readonly hostPID: boolean
  readonly hostNetwork: boolean
  readonly hostIPC: boolean
  readonly hostPaths: readonly HostPathMount[]
  /** Why the pod counts as privileged (privileged-container reasons). */
  readonly privilegedReasons: readonly string[]
  /** Why a process in the pod can take over its node; empty when it cannot. */
  readonly escapeReasons: readonly string[]
  readonly allowPrivilegeEscalation: boolean
}

const capName = (cap: string): string => cap.trim().toUpperCase().replace(/^CAP_/, '')

export function escapeFacts(props: JsonObject): EscapeFacts {
  const containers = objects(props['containers'])
  const privilegedContainers = containers.filter((c) => bool(c['privileged']) === true).map((c) => str(c['name']) ?? '?')
  const dangerousCaps: Record<string, string[]> = {}
  for (const c of containers) {
    const caps = strings(c['capabilitiesAdd']).map(capName).filter((cap) => DANGEROUS_CAPS.has(cap))
    if (caps.length > 0) dangerousCaps[str(c['name']) ?? '?'] = [...new Set(caps)].sort()
  }
  // Containers without their own list (older adapters, pod templates) fall back to the pod-wide union.
  if (containers.length === 0) {
    const caps = strings(props['capabilitiesAdd']).map(capName).filter((cap) => DANGEROUS_CAPS.has(cap))
    if (caps.length > 0) dangerousCaps['*'] = [...new Set(caps)].sort()
  }
  const hostPID = bool(props['hostPID']) === true
  const hostNetwork = bool(props['hostNetwork']) === true
  const hostIPC = bool(props['hostIPC']) === true
  const hostPaths: HostPathMount[] = objects(props['hostPathVolumes']).flatMap((v) => {
    const path = str(v['path'])
    if (path === undefined) return []
    const volume = str(v['name']) ?? ''
    const mounts = containers.flatMap((c) => objects(c['volumeMounts']).filter((m) => str(m['name']) === volume))
    return [{
      path: normalizePath(path),
      volume,
      sensitive: isSensitivePath(path),
      runtimeSocket: isRuntimeSocket(path),
      readOnly: mounts.length > 0 && mounts.every((m) => bool(m['readOnly']) === true),
    }]
  })
  const privilegedReasons = [
    ...privilegedContainers.map((c) => `container ${c} runs privileged`),
    ...Object.entries(dangerousCaps).map(([c, caps]) => `container ${c} adds ${caps.join(', ')}`),
    ...hostPaths.filter((h) => h.runtimeSocket).map((h) => `container runtime socket ${h.path} mounted from the host`),
  ]
  const allCaps = new Set(Object.values(dangerousCaps).flat())
  const escapeReasons = [
    ...privilegedContainers.map((c) => `privileged container ${c}`),
    ...[...allCaps].filter((cap) => ESCAPE_CAPS.has(cap)).map((cap) => `capability ${cap}`),
    ...(allCaps.has('SYS_PTRACE') && hostPID ? ['SYS_PTRACE with hostPID (ptrace node processes)'] : []),
    ...hostPaths.filter((h) => h.runtimeSocket).map((h) => `container runtime socket ${h.path}`),
    ...hostPaths
      .filter((h) => h.sensitive && !h.runtimeSocket && (!h.readOnly || isCredentialPath(h.path)))
      .map((h) => `host path ${h.path}${h.readOnly ? ' (read-only: node credentials readable)' : ' (writable)'}`),
  ]
  return {
    privilegedContainers,
    dangerousCaps,
    hostPID,
    hostNetwork,
    hostIPC,
    hostPaths,
    privilegedReasons,
    escapeReasons,
    allowPrivilegeEscalation: bool(props['allowPrivilegeEscalation']) !== false,
  }
}
