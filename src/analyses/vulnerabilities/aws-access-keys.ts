/**
 * @module AWS access key ids → the IAM user that owns the key, from every record the graph holds:
 * `aws.iam.access-key` nodes (IAM exports), `accessKeys` on `aws.iam.user` nodes, and Terraform
 * `aws_iam_access_key` resources (kept as unmapped nodes whose `config` names the key id and user name).
 *
 * A key id also encodes its account: base32 after the four-letter prefix, whose first 48 bits hold the
 * account number shifted left by 7 (the published decoding; keys minted before it may not decode). It picks
 * the right user when the same user name exists in several accounts.
 */
import type { GraphView } from '../../graph/graph-view.js'
import { obj, objects, str } from './json-read.js'

/** A long-term (`AKIA`) or temporary (`ASIA`) key id; older ids use digits outside base32 and do not decode. */
export const ACCESS_KEY_ID = /^(?:AKIA|ASIA)[A-Z0-9]{16}$/
const DECODABLE = /^(?:AKIA|ASIA)[A-Z2-7]{16}$/

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** The 12-digit account a key id encodes, or undefined when it does not decode. */
export function awsAccountOfAccessKeyId(keyId: string): string | undefined {
  if (!DECODABLE.test(keyId)) return undefined
  let value = 0n
  // The first 10 characters carry 50 bits: enough for the 48 that hold the account.
  for (const char of keyId.slice(4, 14)) value = (value << 5n) | BigInt(BASE32.indexOf(char))
  const first48 = value >> 2n
  const account = (first48 & 0x7fffffffff80n) >> 7n
  return account === 0n ? undefined : account.toString().padStart(12, '0')
}

export interface AccessKeyRecord {
  readonly keyId: string
  /** The IAM user node. */
  readonly user: number
  /** The node that records the key (the key itself, the user, or the Terraform resource). */
  readonly record: number
  readonly status?: string
  /** How the record names the key, for evidence. */
  readonly where: string
}

const ARN_ACCOUNT = /^arn:[^:]+:iam::(\d{12}):/

function accountOf(graph: GraphView, node: number): string | undefined {
  return ARN_ACCOUNT.exec(graph.nodeId(node))?.[1] ?? /(\d{12})$/.exec(graph.nodeScope(node))?.[1]
}

/** IAM users by user name (as written and lowercased: IAM names are unique case-insensitively). */
function usersByName(graph: GraphView): Map<string, number[]> {
  const byName = new Map<string, number[]>()
  for (const user of graph.nodesOfKind('aws.iam.user')) {
    const name = str(graph.nodeProps(user)['userName']) ?? graph.nodeId(user).split('/').pop()
    if (name === undefined) continue
    const key = name.toLowerCase()
    const list = byName.get(key)
    if (list === undefined) byName.set(key, [user])
    else list.push(user)
  }
  return byName
}

/** The user a Terraform resource names, preferring the account the key id decodes to. */
function resolveUser(graph: GraphView, byName: Map<string, number[]>, userName: string, keyId: string, record: number): number | undefined {
  const candidates = byName.get(userName.toLowerCase()) ?? []
  if (candidates.length <= 1) return candidates[0]
  for (const account of [awsAccountOfAccessKeyId(keyId), accountOf(graph, record)]) {
    if (account === undefined) continue
    const inAccount = candidates.filter((c) => accountOf(graph, c) === account)
    if (inAccount.length === 1) return inAccount[0]
  }
  return undefined
}

/** Every known access key id → the records that attribute it to a user. */
export function accessKeyRecords(graph: GraphView): Map<string, AccessKeyRecord[]> {
  const records = new Map<string, AccessKeyRecord[]>()
  const add = (record: AccessKeyRecord): void => {
    const list = records.get(record.keyId)
    if (list === undefined) records.set(record.keyId, [record])
    else if (!list.some((r) => r.user === record.user && r.record === record.record)) list.push(record)
  }
  for (const key of graph.nodesOfKind('aws.iam.access-key')) {
    const props = graph.nodeProps(key)
    const keyId = str(props['accessKeyId']) ?? graph.nodeName(key)
    const userArn = str(props['userArn'])
    let user = userArn === undefined ? undefined : graph.indexOf(userArn)
    if (user === undefined) graph.forEachEdge(key, 'out', 'attached-to', (_e, n) => {
      if (user === undefined && graph.nodeKind(n) === 'aws.iam.user') user = n
    })
    const status = str(props['status'])
    if (user !== undefined) add({ keyId, user, record: key, where: 'IAM access key', ...(status === undefined ? {} : { status }) })
  }
  for (const user of graph.nodesOfKind('aws.iam.user')) {
    for (const key of objects(graph.nodeProps(user)['accessKeys'])) {
      const keyId = str(key['accessKeyId'])
      const status = str(key['status'])
      if (keyId !== undefined) add({ keyId, user, record: user, where: 'IAM user accessKeys', ...(status === undefined ? {} : { status }) })
    }
  }
  const terraformKinds = graph.kinds().filter((kind) => kind.endsWith('aws_iam_access_key'))
  if (terraformKinds.length === 0) return records
  const byName = usersByName(graph)
  for (const kind of terraformKinds) {
    for (const node of graph.nodesOfKind(kind)) {
      const config = obj(graph.nodeProps(node)['config']) ?? {}
      const keyId = str(config['id'])
      const userName = str(config['user'])
      if (keyId === undefined || userName === undefined) continue
      const user = resolveUser(graph, byName, userName, keyId, node)
      const status = str(config['status'])
      if (user !== undefined) add({ keyId, user, record: node, where: `Terraform ${graph.nodeName(node)}`, ...(status === undefined ? {} : { status }) })
    }
  }
  return records
}
