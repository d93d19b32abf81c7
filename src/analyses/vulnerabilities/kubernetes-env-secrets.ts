/**
 * @module `has-plaintext-secret` on pods and workload templates whose containers set a credential-named
 * environment variable to a literal value (`plaintextSecretEnv`, values redacted by the adapter) instead
 * of a `secretKeyRef`. Names that hold a path or a reference, such as the `AWS_WEB_IDENTITY_TOKEN_FILE` and
 * `AZURE_FEDERATED_TOKEN_FILE` that workload-identity webhooks inject, are not credentials.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { DerivedOutput } from './derived-output.js'
import { obj, strings } from './json-read.js'

const REFERENCE_NAME = /(_|^)(FILE|PATH|DIR|ARN|NAME|HOST|ENDPOINT|REF|TYPE|TTL|EXPIRY|EXPIRATION|LENGTH|ALGORITHM|ENABLED|HEADER|AUDIENCE)S?$|^GOOGLE_APPLICATION_CREDENTIALS$/i

export const isCredentialLiteral = (name: string): boolean => !REFERENCE_NAME.test(name)

const WORKLOAD_KINDS = ['k8s.deployment', 'k8s.statefulset', 'k8s.daemonset', 'k8s.replicaset', 'k8s.replicationcontroller', 'k8s.job', 'k8s.cronjob']

function emit(graph: GraphView, out: DerivedOutput, node: number, names: readonly string[], where: string): void {
  const variables = [...new Set(names.filter(isCredentialLiteral))].sort()
  if (variables.length === 0 || graph.nodeInsights(node).some((i) => i.id === 'has-plaintext-secret')) return
  const origin = graph.nodeProvenance(node)[0]
  out.insight(node, 'has-plaintext-secret', { kinds: ['credential-in-environment'], variables, where: 'environment' }, [{
    source: origin?.file ?? graph.nodeId(node),
    ...(origin?.location === undefined ? {} : { location: origin.location }),
    detail: `${where} sets ${variables.join(', ')} to a literal value instead of a secretKeyRef`,
  }])
}

export function kubernetesEnvSecrets(graph: GraphView, out: DerivedOutput): void {
  for (const pod of graph.nodesOfKind('k8s.pod')) emit(graph, out, pod, strings(graph.nodeProps(pod)['plaintextSecretEnv']), 'spec.containers[].env')
  for (const kind of WORKLOAD_KINDS) {
    for (const workload of graph.nodesOfKind(kind)) {
      const template = obj(graph.nodeProps(workload)['podTemplate'])
      if (template !== undefined) emit(graph, out, workload, strings(template['plaintextSecretEnv']), 'spec.template.spec.containers[].env')
    }
  }
}
