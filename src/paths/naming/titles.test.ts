import { describe, expect, it } from 'vitest'
import type { GraphView } from '../../graph/graph-view.js'
import type { Family, Provider } from '../../model/vocabulary.js'
import type { TargetReason } from '../search/targets.js'
import type { PathShape, ShapeNode } from './path-shape.js'
import { titleOf, TITLE_TEMPLATES } from './titles.js'

const graph = { nodeInsights: () => [] } as unknown as GraphView
let next = 0
const n = (kind: string, family: Family, provider: Provider, scope = 's1'): ShapeNode => ({ node: next++, kind, family, provider, scope })
const EC2 = n('aws.ec2.instance', 'vm', 'aws')
const AZVM = n('azure.compute.virtualmachine', 'vm', 'azure')
const GCE = n('gcp.compute.instance', 'vm', 'gcp')
const ROLE = n('aws.iam.role', 'identity', 'aws')
const MI = n('azure.managedidentity.userassignedidentity', 'identity', 'azure')
const GSA = n('gcp.iam.serviceaccount', 'identity', 'gcp')

interface Spec {
  entry: ShapeNode
  entryMove?: string
  moves?: string[]
  via?: ShapeNode[]
  target?: ShapeNode
  exposure?: number
  rce?: boolean
  sensitive?: boolean
  sensitiveEntry?: boolean
  reasons?: TargetReason[]
}

function shape(s: Spec): PathShape {
  const target = s.target ?? s.entry
  const nodes = s.target === undefined ? [s.entry] : [s.entry, ...(s.via ?? []), target]
  const providers = [...new Set(nodes.map((x) => x.provider))]
  return {
    graph,
    entry: s.entry,
    entryMove: s.entryMove ?? 'EXPLOIT_EXPOSED_WORKLOAD',
    moves: s.moves ?? [],
    nodes,
    target,
    targetReasons: s.reasons ?? (s.sensitive === true ? ['sensitive-data'] : []),
    exposure: s.exposure ?? 2,
    rce: s.rce ?? true,
    vulnerable: true,
    sensitiveTarget: s.sensitive === true,
    sensitiveEntry: s.sensitiveEntry === true,
    methods: [],
    providers,
    clouds: providers.filter((p) => p !== 'kubernetes'),
    self: (s.moves ?? []).length === 0,
  }
}

const S3 = n('aws.s3.bucket', 'object-storage', 'aws')
const RDS = n('aws.rds.db-instance', 'managed-database', 'aws')
const KMS = n('aws.kms.key', 'kms-key', 'aws')
const ACCOUNT = n('aws.account', 'account', 'aws')
const SUB = n('azure.resources.subscription', 'account', 'azure')
const PROJECT = n('gcp.resourcemanager.project', 'account', 'gcp')
const KV = n('azure.keyvault.vault', 'secret-store', 'azure')
const BLOB = n('azure.storage.storageaccount', 'object-storage', 'azure')
const GCS = n('gcp.storage.bucket', 'object-storage', 'gcp')
const SECRET = n('gcp.secretmanager.secret', 'secret', 'gcp')
const PSQL = n('azure.dbforpostgresql.flexibleserver', 'managed-database', 'azure')
const HOSTED = n('azure.hosted.database', 'managed-database', 'azure')
const POD = n('k8s.pod', 'pod', 'kubernetes')
const SNAP = n('aws.rds.db-snapshot', 'database-snapshot', 'aws')
const id = ['USE_WORKLOAD_IDENTITY']

/** §1.5 rows the ingested data can express (rows needing internal entries, SQL on VMs, GitHub or APIs cannot). */
const CATALOGUE: readonly [number, Spec, string][] = [
  [1, { entry: AZVM }, 'Internet exposed VM has high severity vulnerabilities'],
  [2, { entry: AZVM, moves: [...id, 'ADMINISTER_ACCOUNT'], via: [MI], target: SUB, reasons: ['account'] }, 'Internet exposed VM has high severity vulnerabilities and high permission to a subscription'],
  [3, { entry: AZVM, moves: [...id, 'READ_DATA'], via: [MI], target: BLOB, sensitive: true }, 'Internet exposed VM has high severity vulnerabilities and read permission to a data store with sensitive data'],
  [4, { entry: AZVM, moves: [...id, 'READ_DATA'], via: [MI], target: BLOB }, 'Internet exposed VM has high severity vulnerabilities and read permission to a data store'],
  [5, { entry: AZVM, moves: [...id, 'READ_SECRETS'], via: [MI], target: KV }, 'Internet exposed VM has high severity vulnerabilities and read permission to a Key Vault'],
  [11, { entry: AZVM, moves: ['USE_PLAINTEXT_SECRET'], target: PSQL }, 'Internet exposed VM has high severity vulnerabilities and has insecure secret that is used to authenticate to a SQL server'],
  [14, { entry: AZVM, moves: ['USE_PLAINTEXT_SECRET'], target: BLOB }, 'Internet exposed VM has high severity vulnerabilities and has insecure secret that is used to authenticate to storage account'],
  [15, { entry: EC2, moves: [...id, ...id, 'ADMINISTER_ACCOUNT'], via: [ROLE, ROLE], target: ACCOUNT, reasons: ['account'] }, 'Internet exposed EC2 instance has high severity vulnerabilities and high permission to an account'],
  [16, { entry: EC2, moves: [...id, 'READ_DATA'], via: [ROLE], target: RDS }, 'Internet exposed EC2 instance has high severity vulnerabilities and read permission to a DB'],
  [17, { entry: EC2, moves: [...id, 'READ_DATA'], via: [ROLE], target: S3 }, 'Internet exposed EC2 instance has high severity vulnerabilities and read permission to S3 bucket'],
  [18, { entry: EC2, moves: [...id, 'READ_DATA'], via: [ROLE], target: S3, sensitive: true }, 'Internet exposed EC2 instance has high severity vulnerabilities and read permission to a S3 bucket with sensitive data'],
  [19, { entry: EC2, moves: [...id, 'READ_SECRETS'], via: [ROLE], target: KMS }, 'Internet exposed EC2 instance has high severity vulnerabilities and read permission to a KMS'],
  [20, { entry: EC2 }, 'Internet exposed EC2 instance has high severity vulnerabilities'],
  [26, { entry: EC2, moves: ['USE_PLAINTEXT_SECRET'], target: RDS }, 'Internet exposed EC2 instance has high severity vulnerabilities and has insecure secret that is used to authenticate to a RDS resource'],
  [28, { entry: EC2, moves: ['USE_PLAINTEXT_SECRET', 'READ_DATA'], via: [n('aws.iam.user', 'identity', 'aws')], target: S3 }, 'Internet exposed AWS EC2 instance has high severity vulnerabilities and has insecure secret that has permission to S3 bucket via an IAM policy, or via a bucket policy, or via both'],
  [29, { entry: GCE }, 'Internet exposed VM instance has high severity vulnerabilities'],
  [30, { entry: GCE, moves: [...id, 'READ_DATA'], via: [GSA], target: GCS }, 'Internet exposed VM instance with high severity vulnerabilities has read permissions to a data store'],
  [31, { entry: GCE, moves: [...id, 'READ_DATA'], via: [GSA], target: GCS, sensitive: true }, 'Internet exposed VM instance with high severity vulnerabilities has read permissions to a data store with sensitive data'],
  [32, { entry: GCE, moves: [...id, 'ADMINISTER_ACCOUNT'], via: [GSA], target: PROJECT, reasons: ['account'] }, 'Internet exposed VM instance has high severity vulnerabilities and high permission to a project'],
  [33, { entry: GCE, moves: [...id, 'READ_SECRETS'], via: [GSA], target: SECRET }, 'Internet exposed VM instance with high severity vulnerabilities has read permissions to a Secret Manager'],
  [34, { entry: GCE, moves: ['HOSTED_DATABASE'], target: HOSTED }, 'Internet exposed VM instance has high severity vulnerabilities and a hosted database installed'],
  [45, { entry: PSQL, entryMove: 'OPEN_DATABASE_LOGIN' }, 'Managed database with excessive internet exposure allows basic (local user/password) authentication'],
  [46, { entry: PSQL, entryMove: 'OPEN_DATABASE_LOGIN', sensitive: true }, 'Managed database with excessive internet exposure and sensitive data allows basic authentication'],
  [47, { entry: PSQL, entryMove: 'OPEN_DATABASE_LOGIN', sensitive: true, exposure: 1 }, 'Internet exposed managed database with sensitive data allows basic authentication'],
  [48, { entry: AZVM, moves: ['HOSTED_DATABASE'], target: HOSTED }, 'Internet exposed VM has high severity vulnerabilities and a hosted database installed'],
  [49, { entry: BLOB, entryMove: 'PRIVATE_DATA_REPLICATED', moves: ['REPLICATE_TO_PUBLIC_COPY'], target: n('azure.storage.storageaccount', 'object-storage', 'azure') }, 'Private Azure blob storage container replicates data to internet exposed and publicly accessible Azure blob storage container'],
  [50, { entry: BLOB, entryMove: 'PUBLIC_DATA_ACCESS', sensitive: true }, 'Internet exposed Azure Blob Storage container with sensitive data is publicly accessible'],
  [51, { entry: S3, entryMove: 'PUBLIC_DATA_ACCESS', sensitive: true }, 'Internet exposed AWS S3 Bucket with sensitive data is publicly accessible'],
  [56, { entry: RDS, entryMove: 'OPEN_DATABASE_LOGIN' }, 'Managed database with excessive internet exposure allows basic (local user/password) authentication'],
  [57, { entry: RDS, entryMove: 'OPEN_DATABASE_LOGIN', sensitive: true }, 'Managed database with excessive internet exposure and sensitive data allows basic authentication'],
  [58, { entry: EC2, moves: ['HOSTED_DATABASE'], target: HOSTED }, 'Internet exposed EC2 instance has high severity vulnerabilities and a hosted database installed'],
  [59, { entry: S3, entryMove: 'PRIVATE_DATA_REPLICATED', moves: ['REPLICATE_TO_PUBLIC_COPY'], target: n('aws.s3.bucket', 'object-storage', 'aws') }, 'Private AWS S3 bucket replicates data to internet exposed and publicly accessible AWS S3 bucket'],
  [60, { entry: S3, entryMove: 'PRIVATE_DATA_REPLICATED', moves: ['REPLICATE_TO_PUBLIC_COPY'], target: n('aws.s3.bucket', 'object-storage', 'aws'), sensitiveEntry: true }, 'Private AWS S3 bucket with sensitive data replicates data to internet exposed and publicly accessible AWS S3 bucket'],
  [61, { entry: SNAP, entryMove: 'PUBLIC_DATA_ACCESS' }, 'RDS snapshot is publicly available to all AWS accounts'],
  [62, { entry: GCS, entryMove: 'PUBLIC_DATA_ACCESS', sensitive: true }, 'GCP Storage Bucket with sensitive data is publicly accessible'],
  [63, { entry: POD }, 'Internet exposed Kubernetes pod is running a container with RCE vulnerabilities'],
  [64, { entry: POD, exposure: 0 }, 'Kubernetes pod running on an internet exposed node uses host network is running a container with RCE vulnerabilities'],
]

describe('titleOf', () => {
  it.each(CATALOGUE)('reproduces catalogue row %i word for word', (row, spec, title) => {
    const named = titleOf(shape(spec))
    expect(named.title).toBe(title)
    expect(TITLE_TEMPLATES.find((t) => t.id === named.template)?.catalogue).toContain(row)
  })

  it('lists every catalogue row it claims in a test above', () => {
    const claimed = TITLE_TEMPLATES.flatMap((t) => t.catalogue).sort((a, b) => a - b)
    const tested = new Set(CATALOGUE.map(([row]) => row))
    expect(claimed.filter((row) => !tested.has(row))).toEqual([])
  })

  it('names a path no template knows with the generic template', () => {
    const named = titleOf(shape({ entry: EC2, moves: ['USE_WORKLOAD_IDENTITY', 'ASSUME_ROLE', 'READ_DATA'], via: [ROLE, ROLE], target: S3, sensitive: true }))
    expect(named).toEqual({ title: 'Internet exposed EC2 instance with RCE vulnerabilities reads sensitive data in 4 steps', template: 'generic' })
  })
})
