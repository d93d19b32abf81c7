/**
 * @module Path titles from the path's shape, in the reference catalogue's words (defender-cspm.md §1.5):
 * the first template that matches names the path. Catalogue rows are reproduced word for word (their
 * numbers are listed per template); later families follow the same style. `titleTemplateOf` also tells
 * which template named a path (details.titleTemplate), so tests can check the whole catalogue is reachable.
 */
import type { PathShape } from './path-shape.js'
import { lastMove } from './path-shape.js'
import { accountPhrase, accountWord, aiServicePhrase, cloudName, dataTargetPhrase, entryNoun, hasInsight } from './nouns.js'

export interface TitleTemplate {
  readonly id: string
  /** §1.5 row numbers this template reproduces. */
  readonly catalogue: readonly number[]
  title(shape: PathShape): string | undefined
}

const EXPLOIT = 'EXPLOIT_EXPOSED_WORKLOAD'
const IDENTITY_HOPS = new Set(['USE_WORKLOAD_IDENTITY'])
const exploited = (s: PathShape): boolean => s.entryMove === EXPLOIT
const exposedPrefix = (s: PathShape): string => (s.exposure === 0 ? '' : 'Internet exposed ')
/** Every lateral move but the last is an identity hop (a loop, not a closure: titles run once per path). */
function identityHopsBeforeLast(s: PathShape): boolean {
  for (let i = 0; i < s.moves.length - 1; i++) if (!IDENTITY_HOPS.has(s.moves[i]!)) return false
  return true
}
const onlyIdentityThen = (s: PathShape, last: string): boolean => s.moves.length >= 2 && lastMove(s) === last && identityHopsBeforeLast(s)
const isVmEntry = (s: PathShape): boolean => s.entry.family === 'vm'

const baseForm = (base: string, _third: string): string => base
const thirdPersonForm = (_base: string, third: string): string => third

/** What the final move does, as a verb phrase ("read sensitive data", "take over a subscription"). */
function outcome(s: PathShape, thirdPerson: boolean): string {
  const v = thirdPerson ? thirdPersonForm : baseForm
  switch (lastMove(s)) {
    case 'ADMINISTER_ACCOUNT':
    case 'ESCALATE_PRIVILEGES':
      return `${v('take over', 'takes over')} ${accountPhrase(s.target)}`
    case 'ADMINISTER_CLUSTER':
      return `${v('administer', 'administers')} a Kubernetes cluster`
    case 'READ_SECRETS':
      return s.target.kind === 'azure.keyvault.vault' ? `${v('read', 'reads')} a key vault` : `${v('read', 'reads')} ${dataTargetPhrase(s)}`
    case 'WRITE_DATA':
      return s.sensitiveTarget ? `${v('write', 'writes')} sensitive data` : `${v('write to', 'writes to')} ${dataTargetPhrase(s)}`
    case undefined:
    default:
      return s.sensitiveTarget ? `${v('read', 'reads')} sensitive data` : `${v('reach', 'reaches')} ${dataTargetPhrase(s)}`
  }
}

function permissionPhrase(s: PathShape): string | undefined {
  switch (lastMove(s)) {
    case 'ADMINISTER_ACCOUNT':
    case 'ESCALATE_PRIVILEGES':
      return `high permission to ${accountPhrase(s.target)}`
    case 'READ_DATA':
    case 'READ_SECRETS':
      return `read permission to ${dataTargetPhrase(s)}`
    case 'WRITE_DATA':
      return `write permission to ${dataTargetPhrase(s)}`
    case undefined:
    default:
      return undefined
  }
}

const podQualifier = (s: PathShape): string => (hasInsight(s.graph, s.entry.node, 'privileged-container') ? 'privileged' : 'host-sharing')

/** Where the node identity comes from, per cloud: EKS node role, AKS kubelet identity, GKE node service account. */
function nodeIdentityWords(s: PathShape): { node: string; identity: string } {
  const provider = s.nodes[s.moves.indexOf('USE_NODE_IDENTITY') + 1]?.provider
  if (provider === 'azure') return { node: 'its AKS node', identity: 'the kubelet identity' }
  if (provider === 'gcp') return { node: 'its GKE node', identity: 'the node service account' }
  return { node: 'its node', identity: 'the node role' }
}

const credentialPhrase = (provider: string): string =>
  provider === 'aws' ? 'an AWS access key' : provider === 'azure' ? 'an Azure credential' : provider === 'gcp' ? 'a GCP service account key' : 'a credential'

export const TITLE_TEMPLATES: readonly TitleTemplate[] = [
  {
    id: 'exposed-workload',
    catalogue: [1, 20, 29, 63, 64],
    title: (s) => {
      if (!s.self || !exploited(s)) return undefined
      if (s.entry.family === 'pod' || s.entry.family === 'container' || s.entry.kind === 'azure.app.containerapp') {
        const vulns = s.rce ? 'RCE vulnerabilities' : 'high severity vulnerabilities'
        if (s.exposure === 0) return `Kubernetes pod running on an internet exposed node uses host network is running a container with ${vulns}`
        return `Internet exposed ${entryNoun(s.entry)} is running a container with ${vulns}`
      }
      return `Internet exposed ${entryNoun(s.entry)} has high severity vulnerabilities`
    },
  },
  {
    id: 'public-data',
    catalogue: [50, 51, 61, 62],
    title: (s) => {
      if (!s.self || s.entryMove !== 'PUBLIC_DATA_ACCESS') return undefined
      const sensitive = s.sensitiveTarget ? ' with sensitive data' : ''
      if (s.entry.family === 'database-snapshot') return `${s.entry.provider === 'aws' ? 'RDS snapshot' : 'Database snapshot'} is publicly available to all ${cloudName(s.entry.provider)} accounts`
      if (s.entry.kind === 'aws.s3.bucket') return `Internet exposed AWS S3 Bucket${sensitive} is publicly accessible`
      if (s.entry.kind.startsWith('azure.storage.')) return `Internet exposed Azure Blob Storage container${sensitive} is publicly accessible`
      if (s.entry.kind === 'gcp.storage.bucket') return `GCP Storage Bucket${sensitive} is publicly accessible`
      return `Internet exposed ${entryNoun(s.entry)}${sensitive} is publicly accessible`
    },
  },
  {
    id: 'open-database',
    catalogue: [45, 46, 47, 56, 57],
    title: (s) => {
      if (!s.self || s.entryMove !== 'OPEN_DATABASE_LOGIN') return undefined
      if (s.exposure === 2) {
        return s.sensitiveTarget
          ? 'Managed database with excessive internet exposure and sensitive data allows basic authentication'
          : 'Managed database with excessive internet exposure allows basic (local user/password) authentication'
      }
      return `Internet exposed managed database${s.sensitiveTarget ? ' with sensitive data' : ''} allows basic authentication`
    },
  },
  {
    id: 'replication-to-public',
    catalogue: [49, 59, 60],
    title: (s) => {
      if (s.entryMove !== 'PRIVATE_DATA_REPLICATED' || lastMove(s) !== 'REPLICATE_TO_PUBLIC_COPY') return undefined
      if (s.entry.provider === 'azure') return 'Private Azure blob storage container replicates data to internet exposed and publicly accessible Azure blob storage container'
      if (s.entry.kind === 'aws.s3.bucket') {
        return `Private AWS S3 bucket${s.sensitiveEntry ? ' with sensitive data' : ''} replicates data to internet exposed and publicly accessible AWS S3 bucket`
      }
      return `Private ${entryNoun(s.entry)}${s.sensitiveEntry ? ' with sensitive data' : ''} replicates data to a publicly accessible copy`
    },
  },
  {
    id: 'hosted-database',
    catalogue: [34, 48, 58],
    title: (s) =>
      exploited(s) && s.moves.length === 1 && s.moves[0] === 'HOSTED_DATABASE'
        ? `${exposedPrefix(s)}${entryNoun(s.entry)} has high severity vulnerabilities and a hosted database installed`
        : undefined,
  },
  {
    id: 'ai-service',
    catalogue: [],
    title: (s) => {
      const ai = aiServicePhrase(s.target)
      if (!exploited(s) || ai === undefined || !(onlyIdentityThen(s, 'READ_DATA') || onlyIdentityThen(s, 'WRITE_DATA'))) return undefined
      return `${exposedPrefix(s)}${entryNoun(s.entry)} with high severity vulnerabilities can call ${ai}`
    },
  },
  {
    id: 'vm-permission',
    catalogue: [2, 3, 4, 5, 15, 16, 17, 18, 19, 30, 31, 32, 33],
    title: (s) => {
      const last = lastMove(s)
      if (!exploited(s) || !isVmEntry(s) || last === undefined || !onlyIdentityThen(s, last)) return undefined
      const permission = permissionPhrase(s)
      if (permission === undefined) return undefined
      const noun = entryNoun(s.entry)
      if (s.entry.provider === 'gcp' && (last === 'READ_DATA' || last === 'READ_SECRETS')) {
        return `${exposedPrefix(s)}${noun} with high severity vulnerabilities has read permissions to ${dataTargetPhrase(s)}`
      }
      return `${exposedPrefix(s)}${noun} has high severity vulnerabilities and ${permission}`
    },
  },
  {
    id: 'plaintext-secret',
    catalogue: [11, 14, 26, 28],
    title: (s) => {
      if (!exploited(s) || !isVmEntry(s) || s.moves[0] !== 'USE_PLAINTEXT_SECRET') return undefined
      const noun = entryNoun(s.entry)
      const crossCloud = s.clouds.some((c) => c !== s.entry.provider)
      const identity = s.nodes[1]
      if (s.moves.length === 1 && !crossCloud) {
        const t = s.target
        const what = t.kind.startsWith('aws.rds') ? 'a RDS resource' : t.kind.startsWith('azure.storage') ? 'storage account' : t.family === 'managed-database' ? 'a SQL server' : dataTargetPhrase(s)
        return `${exposedPrefix(s)}${noun} has high severity vulnerabilities and has insecure secret that is used to authenticate to ${what}`
      }
      if (identity?.family !== 'identity') return undefined
      if (crossCloud) {
        const permission = lastMove(s) === 'ADMINISTER_ACCOUNT' || lastMove(s) === 'ESCALATE_PRIVILEGES' ? `${accountWord(s.target)} admin permission` : (permissionPhrase(s) ?? `access to ${dataTargetPhrase(s)}`)
        return `${exposedPrefix(s)}${cloudName(s.entry.provider)} ${s.entry.family === 'vm' ? 'VM' : noun} with high severity vulnerabilities holds ${credentialPhrase(identity.provider)} with ${permission}`
      }
      if (s.target.kind === 'aws.s3.bucket' && lastMove(s) === 'READ_DATA' && s.moves.length === 2) {
        return `${exposedPrefix(s)}AWS EC2 instance has high severity vulnerabilities and has insecure secret that has permission to S3 bucket via an IAM policy, or via a bucket policy, or via both`
      }
      return `${exposedPrefix(s)}${noun} has high severity vulnerabilities and has insecure secret with ${permissionPhrase(s) ?? `access to ${dataTargetPhrase(s)}`}`
    },
  },
  {
    id: 'role-chain',
    catalogue: [],
    title: (s) => {
      if (!exploited(s) || !s.moves.includes('ASSUME_ROLE') || (lastMove(s) !== 'ADMINISTER_ACCOUNT' && lastMove(s) !== 'ESCALATE_PRIVILEGES')) return undefined
      const scopes = new Set(s.nodes.filter((n) => n.family === 'identity').map((n) => n.scope))
      return `${exposedPrefix(s)}${entryNoun(s.entry)} reaches ${accountWord(s.target)} admin through a ${scopes.size > 1 ? 'cross-account ' : ''}role chain`
    },
  },
  {
    id: 'container-escape',
    catalogue: [],
    title: (s) => {
      if (!exploited(s) || s.entry.family !== 'pod' || s.moves[0] !== 'ESCAPE_TO_NODE' || s.moves[1] !== 'USE_NODE_IDENTITY' || s.moves.length < 3) return undefined
      const words = nodeIdentityWords(s)
      return `Exposed ${podQualifier(s)} pod escapes to ${words.node} and uses ${words.identity} to ${outcome(s, false)}`
    },
  },
  {
    id: 'pod-cluster-admin',
    catalogue: [],
    title: (s) =>
      exploited(s) && s.entry.family === 'pod' && s.moves.length === 2 && s.moves[0] === 'USE_SERVICE_ACCOUNT_TOKEN' && s.moves[1] === 'ADMINISTER_CLUSTER'
        ? 'Exposed vulnerable pod runs as a service account bound to cluster-admin'
        : undefined,
  },
  {
    id: 'pod-workload-identity',
    catalogue: [],
    title: (s) => {
      if (!exploited(s) || s.entry.family !== 'pod' || s.moves[0] !== 'USE_SERVICE_ACCOUNT_TOKEN' || s.moves[1] !== 'WORKLOAD_IDENTITY_FEDERATION' || s.moves.length < 3) return undefined
      switch (s.methods[0]) {
        case 'irsa':
          return `Exposed vulnerable pod assumes an IAM role through IRSA and ${outcome(s, true)}`
        case 'azure-workload-identity':
          return `Exposed vulnerable pod uses Azure workload identity to ${outcome(s, false)}`
        case 'gke-workload-identity':
          return 'Exposed vulnerable pod impersonates a Google service account through workload identity'
        case undefined:
        default:
          return `Exposed vulnerable pod uses workload identity to ${outcome(s, false)}`
      }
    },
  },
  {
    id: 'serverless-identity',
    catalogue: [],
    title: (s) =>
      exploited(s) && (s.entry.family === 'function' || s.entry.family === 'app-service') && s.moves.length >= 2 && identityHopsBeforeLast(s)
        ? `${exposedPrefix(s)}${entryNoun(s.entry)} with ${s.rce ? 'RCE' : 'high severity'} vulnerabilities ${outcome(s, true)} through its identity`
        : undefined,
  },
  {
    id: 'external-trust',
    catalogue: [],
    title: (s) =>
      s.entryMove === 'EXTERNAL_TRUST' && s.moves.length >= 1
        ? `${s.entry.kind === 'aws.iam.role' ? 'Role' : 'Identity'} trusted by an external account ${outcome(s, true)}`
        : undefined,
  },
  {
    id: 'generic',
    catalogue: [],
    title: (s) => {
      const start =
        s.entryMove === 'EXPLOIT_EXPOSED_WORKLOAD'
          ? `${exposedPrefix(s)}${entryNoun(s.entry)} with ${s.rce ? 'RCE' : 'high severity'} vulnerabilities`
          : s.entryMove === 'EXTERNAL_TRUST'
            ? `${entryNoun(s.entry)} trusted by an external account`
            : s.entryMove === 'PUBLIC_DATA_ACCESS'
              ? `Publicly accessible ${entryNoun(s.entry)}`
              : s.entryMove === 'OPEN_DATABASE_LOGIN'
                ? 'Internet exposed managed database with basic authentication'
                : `${entryNoun(s.entry)}`
      return `${start} ${outcome(s, true)} in ${s.moves.length + 1} steps`
    },
  },
]

export function titleOf(shape: PathShape): { title: string; template: string } {
  for (const template of TITLE_TEMPLATES) {
    const title = template.title(shape)
    if (title !== undefined) return { title, template: template.id }
  }
  throw new Error('the generic title template always matches')
}
