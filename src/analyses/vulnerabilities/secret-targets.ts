/**
 * @module Clues → what they authenticate to, through indexes built once per graph (lazily, per clue kind):
 * access key ids → IAM users (aws-access-keys.ts); host names → managed databases by endpoint, FQDN, host
 * name, connection name or IP; storage account names → Azure storage accounts; SSH key pair names → the
 * EC2 instances launched with that key pair (`keyName`).
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Evidence, JsonObject } from '../../model/graph-types.js'
import type { AccessKeyRecord } from './aws-access-keys.js'
import { accessKeyRecords, awsAccountOfAccessKeyId } from './aws-access-keys.js'
import { obj, str } from './json-read.js'
import type { SecretClue } from './secret-clues.js'

export interface ResolvedTarget {
  readonly target: number
  readonly props: JsonObject
  /** Evidence of the link beyond the finding: the record that attributes the key, the matched field. */
  readonly evidence: readonly Evidence[]
}

const DATABASE_HOST_FIELDS = ['endpoint', 'fqdn', 'fullyQualifiedDomainName', 'hostName', 'connectionName', 'publicIp', 'privateIp', 'address']

/** `postgres://u@db.example:5432/x`, `Server=tcp:db.example,1433` or a bare host → `db.example`. */
export function hostOf(text: string): string {
  let rest = text.trim().toLowerCase()
  const keyValue = /(?:^|;)\s*(?:server|host|data source|address|addr|network address|hostname)\s*=\s*([^;]+)/.exec(rest)
  if (keyValue !== null) rest = keyValue[1]!.trim()
  rest = rest.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^tcp:/, '').replace(/^[^@/]*@/, '')
  return rest.split(/[/:,;?\s]/)[0] ?? ''
}

function pushTo(index: Map<string, number[]>, key: string, node: number): void {
  const list = index.get(key)
  if (list === undefined) index.set(key, [node])
  else if (!list.includes(node)) list.push(node)
}

function evidenceOf(graph: GraphView, node: number, detail: string): Evidence {
  const origin = graph.nodeProvenance(node)[0]
  return { source: origin?.file ?? graph.nodeId(node), detail, ...(origin?.location === undefined ? {} : { location: origin.location }) }
}

export class SecretTargets {
  private keys: Map<string, AccessKeyRecord[]> | undefined
  private hosts: Map<string, number[]> | undefined
  private storage: Map<string, number[]> | undefined
  private keyPairs: Map<string, number[]> | undefined

  constructor(private readonly graph: GraphView) {}

  resolve(clue: SecretClue): ResolvedTarget[] {
    switch (clue.kind) {
      case 'aws-access-key':
        return this.accessKey(clue.value)
      case 'host':
        return this.byIndex(this.hostIndex(), hostOf(clue.value), (n) => ({ credential: 'connection-string', host: hostOf(clue.value), matched: this.graph.nodeName(n) }), 'host name')
      case 'storage-account':
        return this.byIndex(this.storageIndex(), clue.value.toLowerCase(), () => ({ credential: 'storage-account-key', account: clue.value.toLowerCase() }), 'storage account name')
      case 'ssh-key-name':
        return this.byIndex(this.keyPairIndex(), clue.value, () => ({ credential: 'ssh-private-key', keyName: clue.value }), 'EC2 key pair (keyName)')
    }
  }

  private byIndex(index: Map<string, number[]>, key: string, props: (n: number) => JsonObject, what: string): ResolvedTarget[] {
    return (index.get(key) ?? []).map((target) => ({
      target,
      props: props(target),
      evidence: [evidenceOf(this.graph, target, `${this.graph.nodeName(target)} matches ${what} ${key}`)],
    }))
  }

  private accessKey(keyId: string): ResolvedTarget[] {
    this.keys ??= accessKeyRecords(this.graph)
    const g = this.graph
    const records = (this.keys.get(keyId) ?? []).filter((r) => r.status === undefined || r.status.toLowerCase() !== 'inactive')
    const account = awsAccountOfAccessKeyId(keyId)
    const byUser = new Map<number, AccessKeyRecord[]>()
    for (const record of records) byUser.set(record.user, [...(byUser.get(record.user) ?? []), record])
    return [...byUser.entries()].map(([user, found]) => {
      const status = found.find((r) => r.status !== undefined)?.status
      return {
        target: user,
        props: {
          credential: 'aws-access-key',
          accessKeyId: keyId,
          ...(account === undefined ? {} : { accountId: account }),
          ...(status === undefined ? {} : { keyStatus: status }),
          via: g.nodeId(found[0]!.record),
        },
        evidence: found.map((r) => evidenceOf(g, r.record, `${r.where}: ${keyId} is an access key of IAM user ${g.nodeName(user)}${r.status === undefined ? '' : ` (${r.status})`}`)),
      }
    })
  }

  private hostIndex(): Map<string, number[]> {
    if (this.hosts !== undefined) return this.hosts
    const index = new Map<string, number[]>()
    for (const node of this.graph.nodesOfFamily('managed-database')) {
      const props = this.graph.nodeProps(node)
      for (const field of DATABASE_HOST_FIELDS) {
        const value = props[field]
        const text = str(value) ?? str(obj(value)?.['address'])
        if (text !== undefined) pushTo(index, hostOf(text), node)
      }
    }
    this.hosts = index
    return index
  }

  private storageIndex(): Map<string, number[]> {
    if (this.storage !== undefined) return this.storage
    const index = new Map<string, number[]>()
    for (const node of this.graph.nodesOfKind('azure.storage.storageaccount')) {
      pushTo(index, this.graph.nodeName(node).toLowerCase(), node)
      const endpoint = str(this.graph.nodeProps(node)['blobEndpoint'])
      if (endpoint !== undefined) pushTo(index, hostOf(endpoint).split('.')[0] ?? '', node)
    }
    this.storage = index
    return index
  }

  private keyPairIndex(): Map<string, number[]> {
    if (this.keyPairs !== undefined) return this.keyPairs
    const index = new Map<string, number[]>()
    for (const node of this.graph.nodesOfKind('aws.ec2.instance')) {
      const keyName = str(this.graph.nodeProps(node)['keyName'])
      if (keyName !== undefined) pushTo(index, keyName, node)
    }
    this.keyPairs = index
    return index
  }
}
