/** @module k8s-pod-image-latest-tag */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

/** True when the reference pins nothing: no digest, and the tag is `latest` or absent (which means latest). */
function floatingImage(image: string): boolean {
  if (image.includes('@sha256:')) return false
  const lastPart = image.slice(image.lastIndexOf('/') + 1)
  const colon = lastPart.lastIndexOf(':')
  return colon === -1 || lastPart.slice(colon + 1) === 'latest'
}

export const k8sPodImageLatestTag = defineRule({
  id: 'k8s-pod-image-latest-tag',
  title: 'Pod containers use a pinned image tag or digest, not latest',
  description:
    'An image referenced as `latest` (or with no tag) changes under the workload: nodes run different code, a ' +
    'pushed image reaches production unreviewed, and a scan result no longer describes what runs.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['container-security', 'vulnerabilities'],
  remediation: { steps: ['Reference images by an immutable version tag or, better, by digest (image@sha256:…).'] },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const containers = containersOf(spec).filter((c) => typeof c['image'] === 'string')
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its container images are not in the input`)
    const floating = containers.filter((c) => floatingImage(text(c['image']))).map((c) => `${text(c['name'])} (${text(c['image'])})`)
    return floating.length === 0
      ? healthy(`${workloadLabel(node)} pins every container image`)
      : unhealthy(`${workloadLabel(node)} runs unpinned image ${floating.join(', ')}`, { containers: floating })
  },
})
