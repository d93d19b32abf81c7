/** @module k8s-pod-capabilities-added */
import { defineRule, healthy, text, texts, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

/** The one capability the restricted Pod Security Standard lets a container add. */
const ALLOWED = new Set(['NET_BIND_SERVICE'])

export const k8sPodCapabilitiesAdded = defineRule({
  id: 'k8s-pod-capabilities-added',
  title: 'Pod containers add no Linux capability beyond NET_BIND_SERVICE',
  description:
    'Added capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or SYS_MODULE give a container kernel powers ' +
    'that turn a compromise of the application into a compromise of the node.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: [
      'Remove securityContext.capabilities.add entries the container does not need; drop ALL and add back NET_BIND_SERVICE only.',
      'Enforce the restricted Pod Security Standard on the namespace.',
    ],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=restricted',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const containers = containersOf(spec)
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    const added = containers.flatMap((c) =>
      texts(c['capabilitiesAdd']).filter((cap) => !ALLOWED.has(cap.toUpperCase().replace(/^CAP_/, ''))).map((cap) => `${text(c['name'])}: ${cap}`),
    )
    return added.length === 0
      ? healthy(`${workloadLabel(node)} adds no capability beyond NET_BIND_SERVICE`)
      : unhealthy(`${workloadLabel(node)} adds capabilities ${added.join(', ')}`, { capabilities: added })
  },
})
