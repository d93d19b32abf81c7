/** @module k8s-pod-net-raw-capability-dropped */
import { defineRule, healthy, text, texts, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

const capability = (name: string): string => name.toUpperCase().replace(/^CAP_/, '')

export const k8sPodNetRawCapabilityDropped = defineRule({
  id: 'k8s-pod-net-raw-capability-dropped',
  title: 'Pod containers drop the NET_RAW capability',
  description:
    'Container runtimes grant NET_RAW by default; with it a compromised container crafts raw packets to spoof ' +
    'addresses, ARP-poison or DNS-spoof its neighbours on the node and probe the cluster network.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Set securityContext.capabilities.drop: ["ALL"] (or at least NET_RAW) on every container, adding back only what it needs.'],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const containers = containersOf(spec).filter((c) => c['role'] !== 'ephemeral')
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    const keeping = containers
      .filter((c) => {
        const dropped = texts(c['capabilitiesDrop']).map(capability)
        const added = texts(c['capabilitiesAdd']).map(capability)
        return added.includes('NET_RAW') || added.includes('ALL') || !(dropped.includes('ALL') || dropped.includes('NET_RAW'))
      })
      .map((c) => text(c['name']))
    return keeping.length === 0
      ? healthy(`${workloadLabel(node)} drops NET_RAW in every container`)
      : unhealthy(`${workloadLabel(node)} keeps NET_RAW in ${keeping.join(', ')}`, { containers: keeping })
  },
})
