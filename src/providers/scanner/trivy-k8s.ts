/**
 * @module `trivy k8s --format json`: per-resource results. Image results attach to the image
 * (language-package results to the image of the OS result before them), config results to the
 * workload, and each workload gets an `is-running` edge to the images Trivy found in it.
 */
import type { ReadContext } from '../../formats/format-adapter.js'
import type { JsonObject } from '../../model/graph-types.js'
import { k8sNodeId } from '../ids.js'
import { clusterFromId } from '../shared/cluster-identity.js'
import { objects, str } from '../shared/json-values.js'
import { KUBERNETES_KINDS } from '../kubernetes/kubernetes-kinds.js'
import type { ArtifactTarget } from './artifact-target.js'
import { imageTarget } from './artifact-target.js'
import type { ScanReport } from './artifact-findings.js'
import { addTrivyResult } from './trivy-results.js'

function workloadTarget(cluster: string, namespace: string | undefined, kind: string, name: string): ArtifactTarget {
  const k8sKind = `k8s.${kind.toLowerCase()}`
  const info = (KUBERNETES_KINDS as Record<string, { family: ArtifactTarget['family'] } | undefined>)[k8sKind]
  return {
    ids: [k8sNodeId(cluster, namespace, kind, name)],
    kind: info === undefined ? `k8s.unmapped.${kind.toLowerCase()}` : k8sKind,
    family: info?.family ?? 'other',
    name: namespace === undefined ? name : `${namespace}/${name}`,
    props: {},
  }
}

export function readTrivyK8s(report: JsonObject, scan: ScanReport, ctx: ReadContext): void {
  const cluster = clusterFromId(ctx.options.clusterId ?? str(report.ClusterName) ?? 'default', ctx.options.clusterId === undefined ? 'report' : 'option')
  const resources = [...objects(report.Resources), ...objects(report.Vulnerabilities), ...objects(report.Misconfigurations)]
  resources.forEach((resource, index) => {
    const kind = str(resource.Kind)
    const name = str(resource.Name)
    if (kind === undefined || name === undefined) {
      ctx.issue({ location: `Resources[${index}]`, kind: 'invalid-record', message: `Resources[${index}] has no Kind/Name`, hint: 'the resource is skipped' })
      return
    }
    const namespace = str(resource.Namespace)
    const workload = workloadTarget(cluster.name, namespace, kind, name)
    let image: ArtifactTarget | undefined
    for (const result of objects(resource.Results)) {
      const target = str(result.Target) ?? ''
      const cls = str(result.Class)
      if (cls === 'config') {
        addTrivyResult(scan.artifact(workload, 'trivy'), result)
        continue
      }
      if (cls === 'os-pkgs' || /\(.+\)\s*$/.test(target) || cls === undefined) {
        const found = imageTarget(target)
        if (found !== undefined) {
          image = found
          scan.artifact(workload, 'trivy').edges.push({
            from: workload.ids[0]!,
            to: found.ids[0]!,
            kind: 'is-running',
            props: { via: 'trivy k8s' },
            evidence: [{ source: ctx.file.path, location: `Resources[${index}]`, detail: target }],
          })
        }
      }
      addTrivyResult(scan.artifact(image ?? workload, 'trivy'), result)
    }
  })
}
