/** @module k8s-pod-container-runtime-socket */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

/** Sockets through which the container runtime takes orders, and the run directories that hold them. */
const RUNTIME_SOCKETS = new Set(
  ['docker.sock', 'containerd', 'containerd/containerd.sock', 'crio', 'crio/crio.sock', 'cri-dockerd.sock', 'k3s/containerd/containerd.sock', '']
    .flatMap((tail) => ['/var/run', '/run'].map((dir) => (tail === '' ? dir : `${dir}/${tail}`))),
)

const isRuntimeSocket = (path: string): boolean => RUNTIME_SOCKETS.has(path.replace(/\/+$/, ''))

export const k8sPodContainerRuntimeSocket = defineRule({
  id: 'k8s-pod-container-runtime-socket',
  title: 'Pods do not mount the container runtime socket',
  description:
    'The Docker, containerd or CRI-O socket lets whoever talks to it start a privileged container on the node ' +
    'with the host file system mounted: a pod that mounts it is root on the node, whatever its own securityContext says.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: [
      'Remove the hostPath volume of the runtime socket; build images with a daemonless builder (Kaniko, BuildKit rootless).',
      'Deny hostPath volumes with the baseline Pod Security Standard or an admission policy.',
    ],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const volumes = spec['hostPathVolumes']
    if (!Array.isArray(volumes)) return unknown(`${workloadLabel(node)}: its volumes are not in the input`)
    const sockets = volumes.flatMap((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) && isRuntimeSocket(text(v['path']))) ? [text(v['path'])] : [])
    return sockets.length === 0
      ? healthy(`${workloadLabel(node)} mounts no container runtime socket`)
      : unhealthy(`${workloadLabel(node)} mounts the container runtime socket ${sockets.join(', ')} from the node`, { paths: sockets })
  },
})
