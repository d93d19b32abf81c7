/**
 * @module The per-node facts attack edges and targets read, computed once per graph into typed arrays:
 * exposure width, vulnerabilities (own or of the image a workload runs), public access, basic
 * authentication, sensitive data, criticality, admin rights, external trust. Sensitivity and
 * criticality also come from a classification or criticality tag, as the rules' risk context reads them
 * (src/rules/resource-context.ts), so a labelled store is sensitive where the sensitivity analysis did not run.
 */
import type { GraphView } from '../graph/graph-view.js'
import type { Insight } from '../model/graph-types.js'

export const EXPOSED_NARROW = 1
export const EXPOSED_WIDE = 2
export const VULN_HIGH = 1
export const VULN_RCE = 2

export const FACT = {
  public: 1,
  basicAuth: 2,
  sensitive: 4,
  critical: 8,
  admin: 16,
  external: 32,
  plaintextSecret: 64,
  hostNetwork: 128,
} as const

const CLASSIFICATION_TAGS = new Set(['data-classification', 'dataclassification', 'classification', 'data_classification'])
const SENSITIVE_CLASSES = new Set(['confidential', 'restricted', 'secret', 'sensitive', 'pii', 'highly-confidential'])
const CRITICALITY_TAGS = new Set(['criticality', 'business-criticality', 'asset-criticality'])

const NOT_TAG_TARGETS = new Set<string>(['identity', 'group', 'policy', 'role-definition', 'k8s-rbac', 'network-security-group', 'internet'])

export interface NodeFacts {
  /** 0 none, 1 narrow, 2 wide. */
  readonly exposure: Uint8Array
  /** VULN_* bits of the node itself. */
  readonly ownVuln: Uint8Array
  /** VULN_* bits of the node or any image it runs (`is-running`). */
  readonly vuln: Uint8Array
  /** FACT bits. */
  readonly flags: Uint16Array
}

function tagFlags(tags: Readonly<Record<string, string>>): number {
  let flags = 0
  for (const key in tags) {
    const k = key.toLowerCase()
    const value = tags[key]!.toLowerCase()
    if (CLASSIFICATION_TAGS.has(k) && SENSITIVE_CLASSES.has(value)) flags |= FACT.sensitive
    if (CRITICALITY_TAGS.has(k) && value === 'critical') flags |= FACT.critical
  }
  return flags
}

function insightFacts(insights: readonly Insight[], facts: { exposure: number; vuln: number; flags: number }): void {
  for (const insight of insights) {
    switch (insight.id) {
      case 'exposed-to-internet':
        facts.exposure = Math.max(facts.exposure, insight.params['width'] === 'narrow' ? EXPOSED_NARROW : EXPOSED_WIDE)
        break
      case 'has-high-severity-vulnerabilities':
        facts.vuln |= VULN_HIGH
        break
      case 'vulnerable-to-rce':
        facts.vuln |= VULN_RCE | VULN_HIGH
        break
      case 'allows-public-access':
        facts.flags |= FACT.public
        break
      case 'allows-basic-authentication':
        facts.flags |= FACT.basicAuth
        break
      case 'contains-sensitive-data':
        facts.flags |= FACT.sensitive
        break
      case 'critical-resource':
        if (insight.params['level'] === undefined || insight.params['level'] === 'critical') facts.flags |= FACT.critical
        break
      case 'has-admin-permissions':
        facts.flags |= FACT.admin
        break
      case 'is-external-user':
        facts.flags |= FACT.external
        break
      case 'has-plaintext-secret':
        facts.flags |= FACT.plaintextSecret
        break
      case 'uses-host-network':
        facts.flags |= FACT.hostNetwork
        break
      case 'privileged-container':
      case 'uses-host-pid':
      case 'uses-host-ipc':
      case 'mounts-host-path':
      case 'no-mfa':
      case 'rbac-disabled':
        break
    }
  }
}

/** `Object.keys(tags).length > 0` without an array per node. */
function hasKeys(tags: Readonly<Record<string, string>>): boolean {
  for (const _key in tags) return true
  return false
}

export function computeNodeFacts(graph: GraphView): NodeFacts {
  const n = graph.nodeCount
  const exposure = new Uint8Array(n)
  const ownVuln = new Uint8Array(n)
  const flags = new Uint16Array(n)
  const scratch = { exposure: 0, vuln: 0, flags: 0 }
  for (let v = 0; v < n; v++) {
    const insights = graph.nodeInsights(v)
    const tags = graph.nodeTags(v)
    if (insights.length === 0 && !hasKeys(tags)) continue
    scratch.exposure = 0
    scratch.vuln = 0
    // A criticality tag on an identity or policy marks who owns it, not a crown jewel to reach.
    scratch.flags = NOT_TAG_TARGETS.has(graph.nodeFamily(v)) ? 0 : tagFlags(tags)
    insightFacts(insights, scratch)
    exposure[v] = scratch.exposure
    ownVuln[v] = scratch.vuln
    flags[v] = scratch.flags
  }
  // A workload is as vulnerable as the images it runs; the image nodes carry the scanner's insights.
  const vuln = ownVuln.slice()
  for (const e of graph.edgesOfKind('is-running')) {
    const image = graph.edgeTo(e)
    if (ownVuln[image] !== 0) vuln[graph.edgeFrom(e)]! |= ownVuln[image]!
  }
  // A pod's containers carry its vulnerabilities too (container → image links).
  for (const e of graph.edgesOfKind('contains')) {
    const child = graph.edgeTo(e)
    if (vuln[child] !== 0 && graph.nodeFamily(child) === 'container') vuln[graph.edgeFrom(e)]! |= vuln[child]!
  }
  return { exposure, ownVuln, vuln, flags }
}

export const has = (facts: NodeFacts, node: number, flag: number): boolean => (facts.flags[node]! & flag) !== 0
