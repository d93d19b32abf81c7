/**
 * @module The non-secret parts of plaintext credentials that name what they open, read off the holders:
 * - `has-plaintext-secret` insights (scanner reports, Lambda environments, GCP startup scripts and
 *   environments) with `params.accessKeyIds`; and, when an adapter keeps them, `params.hosts` (host names
 *   of connection strings), `params.storageAccounts` (Azure storage account names of keys and SAS tokens)
 *   and `params.keyNames` (SSH key pair names);
 * - stored secrets (Kubernetes Secrets) whose adapter kept `hosts` and `storageAccounts` of their values;
 * - scanner `secretsFound` entries: their `accessKeyIds`, and for private keys the key file's base name,
 *   which is how an EC2 key pair is usually saved (`prod-bastion.pem` ↔ key pair `prod-bastion`).
 * The secret values themselves never reach the graph.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Evidence, Insight } from '../../model/graph-types.js'
import { ACCESS_KEY_ID } from './aws-access-keys.js'
import { num, objects, str, strings } from './json-read.js'

export type ClueKind = 'aws-access-key' | 'host' | 'storage-account' | 'ssh-key-name'

export interface SecretClue {
  readonly holder: number
  readonly kind: ClueKind
  readonly value: string
  /** The finding: report or export file, place in it, what was found. */
  readonly evidence: Evidence
}

const PRIVATE_KEY_RULE = /private[-_ ]?key|ssh|pem|rsa|openssh/i
/** Default file names that say nothing about which key pair they hold. */
const GENERIC_KEY_FILES = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'identity', 'key', 'private', 'privatekey', 'private_key', 'server', 'ssh_host_rsa_key', 'ssh_host_ecdsa_key', 'ssh_host_ed25519_key'])

/** `/home/u/.ssh/prod-bastion.pem` → `prod-bastion`; generic names give undefined. */
export function keyPairNameOfFile(path: string): string | undefined {
  const base = path.split(/[\\/]/).pop() ?? ''
  const name = base.replace(/\.(pem|key|ppk|priv|private)$/i, '')
  return name === '' || GENERIC_KEY_FILES.has(name.toLowerCase()) || name.startsWith('.') ? undefined : name
}

/** The file a finding names: an evidence source that is one of the node's input files, else its first input. */
function findingSource(graph: GraphView, holder: number, insight: Insight): { source: string; location?: string } {
  const files = graph.nodeProvenance(holder).map((p) => p.file)
  const first = insight.evidence[0]
  const source = insight.evidence.find((e) => files.includes(e.source))?.source ?? files[0] ?? first?.source ?? graph.nodeId(holder)
  return { source, ...(first?.location === undefined ? {} : { location: first.location }) }
}

function whereInHolder(insight: Insight): string {
  const places = [...strings(insight.params['locations']), ...strings(insight.params['variables']).map((v) => `${str(insight.params['where']) ?? 'variable'} ${v}`)]
  const located = insight.evidence.map((e) => e.location).filter((l): l is string => l !== undefined)
  const all = places.length > 0 ? places : located
  return all.length > 0 ? all.slice(0, 5).join(', ') : 'its configuration'
}

const LABELS: Readonly<Record<ClueKind, string>> = {
  'aws-access-key': 'AWS access key id',
  host: 'connection string to host',
  'storage-account': 'storage account credential for',
  'ssh-key-name': 'SSH private key of key pair',
}

function fromInsight(graph: GraphView, holder: number, insight: Insight, out: SecretClue[]): void {
  const { source, location } = findingSource(graph, holder, insight)
  const where = whereInHolder(insight)
  const push = (kind: ClueKind, value: string): void => {
    out.push({ holder, kind, value, evidence: { source, ...(location === undefined ? {} : { location }), detail: `${LABELS[kind]} ${value} in ${where}` } })
  }
  for (const id of strings(insight.params['accessKeyIds'])) if (ACCESS_KEY_ID.test(id)) push('aws-access-key', id)
  for (const host of strings(insight.params['hosts'])) push('host', host)
  for (const account of strings(insight.params['storageAccounts'])) push('storage-account', account)
  for (const name of strings(insight.params['keyNames'])) push('ssh-key-name', name)
}

function fromScannerFindings(graph: GraphView, holder: number, reports: readonly string[], out: SecretClue[]): void {
  const source = reports[0] ?? graph.nodeProvenance(holder)[0]?.file ?? graph.nodeId(holder)
  for (const finding of objects(graph.nodeProps(holder)['secretsFound'])) {
    const target = str(finding['target']) ?? ''
    const line = num(finding['line'])
    const ruleId = str(finding['ruleId']) ?? 'secret'
    const location = line === undefined ? target : `${target}:${line}`
    const evidence = (detail: string): Evidence => ({ source, location, detail: `${ruleId} finding: ${detail}` })
    for (const id of strings(finding['accessKeyIds'])) {
      if (ACCESS_KEY_ID.test(id)) out.push({ holder, kind: 'aws-access-key', value: id, evidence: evidence(`AWS access key id ${id} in ${location}`) })
    }
    const keyFile = PRIVATE_KEY_RULE.test(`${ruleId} ${str(finding['category']) ?? ''}`) ? keyPairNameOfFile(target) : undefined
    if (keyFile !== undefined) out.push({ holder, kind: 'ssh-key-name', value: keyFile, evidence: evidence(`private key file ${target}`) })
  }
}

/** A stored secret (a Kubernetes Secret) whose adapter kept the hosts and storage accounts its values open. */
export const holdsCredentialTargets = (graph: GraphView, node: number): boolean =>
  graph.nodeFamily(node) === 'secret' && (graph.nodeProps(node)['hosts'] !== undefined || graph.nodeProps(node)['storageAccounts'] !== undefined)

function fromStoredSecret(graph: GraphView, holder: number, out: SecretClue[]): void {
  if (!holdsCredentialTargets(graph, holder)) return
  const props = graph.nodeProps(holder)
  const origin = graph.nodeProvenance(holder)[0]
  const keys = strings(props['keys']).slice(0, 5).join(', ')
  const push = (kind: ClueKind, value: string): void => {
    const detail = `${LABELS[kind]} ${value} in ${graph.nodeName(holder)}${keys === '' ? '' : ` (keys ${keys})`}`
    out.push({ holder, kind, value, evidence: { source: origin?.file ?? graph.nodeId(holder), ...(origin?.location === undefined ? {} : { location: origin.location }), detail } })
  }
  for (const host of strings(props['hosts'])) push('host', host)
  for (const account of strings(props['storageAccounts'])) push('storage-account', account)
}

/** Every clue of one node; `reports` are its scanner report files (for `secretsFound` evidence). */
export function secretClues(graph: GraphView, holder: number, reports: readonly string[]): SecretClue[] {
  const out: SecretClue[] = []
  for (const insight of graph.nodeInsights(holder)) if (insight.id === 'has-plaintext-secret') fromInsight(graph, holder, insight, out)
  fromScannerFindings(graph, holder, reports, out)
  fromStoredSecret(graph, holder, out)
  return out
}
