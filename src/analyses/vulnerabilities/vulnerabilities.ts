/**
 * @module Vulnerabilities and plaintext secrets resolved to what they authenticate to.
 * - One consolidated `has-high-severity-vulnerabilities` (counts by severity, fixability, ids) and
 *   `vulnerable-to-rce` (ids, basis: scanner hint, CVSS vector + CWE, or CVSS score) per scanned node
 *   (image, VM, host, artifact), from every report that described it (vulnerability-summary.ts);
 * - the same insights, added up with `via` naming the images, on what runs a scanned image (pods,
 *   workloads, functions, container apps: reverse `is-running`) and on the VM a host-named report names;
 * - `has-plaintext-secret` on pods and workload templates with literal credential environment variables;
 * - `can-authenticate-to` from each holder of a plaintext credential to what it opens (an access key id
 *   → its IAM user, across accounts and clouds; a connection string host → the database; a storage
 *   account name → the account; a key file → the EC2 instances of that key pair), and from credentials
 *   the inventory lists (IAM access keys, GCP service account keys, service account token Secrets) to
 *   their principal.
 */
import type { GraphView } from '../../graph/graph-view.js'
import { SCANNER_FORMATS } from '../../providers/scanner/index.js'
import type { Analysis } from '../analysis.js'
import { DerivedOutput } from './derived-output.js'
import { joinHostsToVms } from './host-join.js'
import { kubernetesEnvSecrets } from './kubernetes-env-secrets.js'
import { holdsCredentialTargets, secretClues } from './secret-clues.js'
import { SecretTargets } from './secret-targets.js'
import { linkStoredCredentials } from './stored-credentials.js'
import type { ScannedSubject } from './vulnerability-insights.js'
import { emitSubjectInsights, RunnerAggregate } from './vulnerability-insights.js'
import { summarizeVulnerabilities } from './vulnerability-summary.js'

const SCANNER_FORMAT_IDS: ReadonlySet<string> = new Set(SCANNER_FORMATS.map((f) => f.id))

interface Contributions {
  own?: ScannedSubject
  readonly others: ScannedSubject[]
}

function scannedSubjects(graph: GraphView): { subjects: ScannedSubject[]; holders: number[] } {
  const subjects: ScannedSubject[] = []
  const holders: number[] = []
  for (let node = 0; node < graph.nodeCount; node++) {
    const summary = summarizeVulnerabilities(graph, node, SCANNER_FORMAT_IDS)
    if (summary !== undefined) subjects.push({ node, id: graph.nodeId(node), name: graph.nodeName(node), summary })
    if (graph.nodeProps(node)['secretsFound'] !== undefined || graph.nodeInsights(node).some((i) => i.id === 'has-plaintext-secret') || holdsCredentialTargets(graph, node)) holders.push(node)
  }
  return { subjects, holders }
}

/** Who carries which scanned findings: the scanned node itself, what runs an image, the VM a host report names. */
function contributions(graph: GraphView, subjects: readonly ScannedSubject[]): Map<number, Contributions> {
  const byNode = new Map<number, Contributions>()
  const entry = (node: number): Contributions => {
    let found = byNode.get(node)
    if (found === undefined) byNode.set(node, (found = { others: [] }))
    return found
  }
  const hosts = joinHostsToVms(graph)
  for (const subject of subjects) {
    entry(subject.node).own = subject
    if (graph.nodeFamily(subject.node) === 'container-image') {
      graph.forEachEdge(subject.node, 'in', 'is-running', (_edge, runner) => {
        if (graph.nodeFamily(runner) !== 'container-image') entry(runner).others.push(subject)
      })
    }
    const vm = hosts.get(subject.node)
    if (vm !== undefined) entry(vm).others.push(subject)
  }
  return byNode
}

function resolveSecrets(graph: GraphView, out: DerivedOutput, holders: readonly number[], subjects: readonly ScannedSubject[]): void {
  const reportsOf = new Map(subjects.map((s) => [s.node, s.summary.reports]))
  const targets = new SecretTargets(graph)
  for (const holder of holders) {
    const reports = reportsOf.get(holder) ?? graph.nodeProvenance(holder).filter((p) => SCANNER_FORMAT_IDS.has(p.format)).map((p) => p.file)
    for (const clue of secretClues(graph, holder, reports)) {
      for (const resolved of targets.resolve(clue)) {
        out.edge(holder, resolved.target, 'can-authenticate-to', resolved.props, [clue.evidence, ...resolved.evidence])
      }
    }
  }
}

export const vulnerabilitiesAnalysis: Analysis = {
  id: 'vulnerabilities',
  title: 'Vulnerabilities and plaintext secrets resolved to what they authenticate to',
  dependsOn: [],
  run: (graph) => {
    const out = new DerivedOutput(graph)
    const { subjects, holders } = scannedSubjects(graph)
    const byNode = contributions(graph, subjects)
    for (const node of [...byNode.keys()].sort((a, b) => a - b)) {
      const { own, others } = byNode.get(node)!
      if (others.length === 0) {
        if (own !== undefined) emitSubjectInsights(out, own)
        continue
      }
      const aggregate = new RunnerAggregate()
      if (own !== undefined) aggregate.add(own, true)
      for (const subject of others) aggregate.add(subject)
      aggregate.emit(out, node)
    }
    kubernetesEnvSecrets(graph, out)
    linkStoredCredentials(graph, out)
    resolveSecrets(graph, out, holders, subjects)
    return out.build()
  },
}
