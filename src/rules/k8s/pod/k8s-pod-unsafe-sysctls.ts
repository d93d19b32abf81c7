/** @module k8s-pod-unsafe-sysctls */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, rawObject, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

/** The namespaced sysctls the baseline Pod Security Standard (v1.29) allows. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_unprivileged_port_start', 'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_keepalive_time', 'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl', 'net.ipv4.tcp_keepalive_probes',
])

export const k8sPodUnsafeSysctls = defineRule({
  id: 'k8s-pod-unsafe-sysctls',
  title: 'Pods set only safe sysctls',
  description:
    'Sysctls outside the safe, namespaced set change kernel parameters shared with every pod on the node (memory, ' +
    'networking, IPC limits): a pod can weaken or destabilise its neighbours and the node itself.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Remove the unsafe entries from securityContext.sysctls; tune node-level parameters on dedicated, tainted nodes instead.'],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const sysctls = rawObject(spec, 'securityContext')?.['sysctls']
    const names = Array.isArray(sysctls) ? sysctls.flatMap((s) => (typeof s === 'object' && s !== null && !Array.isArray(s) ? [text(s['name'])] : [])) : []
    const unsafe = names.filter((name) => !SAFE_SYSCTLS.has(name.replace(/\//g, '.')))
    return unsafe.length === 0
      ? healthy(`${workloadLabel(node)} sets ${names.length === 0 ? 'no sysctl' : 'only safe sysctls'}`)
      : unhealthy(`${workloadLabel(node)} sets unsafe sysctls ${unsafe.join(', ')}`, { sysctls: unsafe })
  },
})
