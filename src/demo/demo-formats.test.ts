/**
 * Every written file parses in its format with the envelope formats.md documents, and every node id of the
 * planted truth occurs in the data (derived with the canonical id conventions of src/providers/ids.ts).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parseAllDocuments } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { awsAccountNodeId, azureNodeId, imageNodeId, k8sClusterNodeId, k8sNodeId } from '../providers/ids.js'
import { awsAccountOfAccessKey } from './demo-company.js'
import { generateDemoEstate } from './generate-demo.js'
import type { DemoExpected, DemoFileEntry, DemoManifest } from './demo-types.js'
import { DEMO_FORMAT_IDS } from './demo-types.js'

let dir: string
let manifest: DemoManifest
let truth: DemoExpected
/** Parsed JSON of unknown shape (the tests assert the shape). */
type Loose = ReturnType<typeof JSON.parse>
/** Records of each file, parsed. */
const parsed = new Map<string, Loose>()

async function load(entry: DemoFileEntry): Promise<Loose> {
  const bytes = await readFile(join(dir, entry.path))
  const text = (entry.path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
  if (entry.path.endsWith('.csv')) {
    const [header, ...rows] = text.trimEnd().split('\n').map((line) => line.split(','))
    return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]])))
  }
  if (entry.path.endsWith('.ndjson')) return text.split('\n').filter((line) => line.length > 0).map((line): Loose => JSON.parse(line))
  if (entry.path.endsWith('.yaml')) {
    const docs = parseAllDocuments(text)
    for (const doc of docs) expect(doc.errors, entry.path).toEqual([])
    return docs.map((doc) => doc.toJS() as unknown)
  }
  return JSON.parse(text)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-formats-'))
  // Large enough for every table to page and every filler kind to appear.
  manifest = await generateDemoEstate({ outDir: dir, seed: 3, resources: 9000 })
  truth = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8'))
  for (const entry of manifest.files) parsed.set(entry.path, await load(entry))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const filesOf = (format: string): DemoFileEntry[] => manifest.files.filter((f) => f.format === format)

describe('demo estate formats', () => {
  it('lists every file it wrote with its format, size and digest', async () => {
    expect(manifest.files.length).toBeGreaterThan(50)
    for (const entry of manifest.files) {
      const bytes = await readFile(join(dir, entry.path))
      expect(bytes.length, entry.path).toBe(entry.bytes)
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/)
    }
    const formats = new Set(manifest.files.map((f) => f.format))
    expect([...formats].sort()).toEqual([...DEMO_FORMAT_IDS].sort())
  })

  it('writes AWS Config snapshots as gzip S3 deliveries with 1.3 items', () => {
    const files = filesOf('aws-config-snapshot')
    expect(files).toHaveLength(3)
    for (const entry of files) {
      expect(entry.path).toMatch(/^aws\/AWSLogs\/\d{12}\/Config\/[a-z0-9-]+\/\d{4}\/\d{1,2}\/\d{1,2}\/ConfigSnapshot\/\d{12}_Config_[a-z0-9-]+_ConfigSnapshot_\d{8}T\d{6}Z_[0-9a-f-]{36}\.json\.gz$/)
      const doc = parsed.get(entry.path)
      expect(Object.keys(doc)).toEqual(['fileVersion', 'configSnapshotId', 'configurationItems'])
      expect(doc.configurationItems).toHaveLength(entry.records)
      for (const ci of doc.configurationItems) {
        expect(ci.configurationItemVersion).toBe('1.3')
        expect(ci.awsAccountId).toMatch(/^\d{12}$/)
        expect(typeof ci.ARN).toBe('string')
        expect(ci.tags).not.toBeInstanceOf(Array)
        if (ci.resourceType.startsWith('AWS::IAM::')) expect(ci.awsRegion).toBe('global')
        if (ci.resourceType === 'AWS::IAM::Role') expect(ci.configuration.assumeRolePolicyDocument).toMatch(/^%7B/)
        if (ci.resourceType === 'AWS::EKS::Cluster') expect(ci.configuration.ResourcesVpcConfig.PublicAccessCidrs).toBeInstanceOf(Array)
        if (ci.resourceType === 'AWS::S3::Bucket' && ci.supplementaryConfiguration.BucketPolicy.policyText !== null) {
          expect(typeof ci.supplementaryConfiguration.BucketPolicy.policyText).toBe('string')
        }
      }
    }
  })

  it('writes IAM authorization details decoded for one account and URL-encoded for the other', () => {
    const files = filesOf('aws-iam-authorization-details')
    expect(files.map((f) => f.variant).sort()).toEqual(['cli-decoded', 'raw-url-encoded'])
    for (const entry of files) {
      const doc = parsed.get(entry.path)
      for (const key of ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies']) expect(doc[key], key).toBeInstanceOf(Array)
      const trust = doc.RoleDetailList[0].AssumeRolePolicyDocument
      if (entry.variant === 'raw-url-encoded') {
        expect(doc.IsTruncated).toBe(false)
        expect(trust).toMatch(/^%7B/)
        expect(JSON.parse(decodeURIComponent(trust)).Version).toBe('2012-10-17')
        expect(doc.UserDetailList[0].CreateDate).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00:00$/)
      } else {
        expect(trust.Version).toBe('2012-10-17')
        expect(doc.UserDetailList[0].CreateDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      }
      const policyArns = new Set(doc.Policies.map((p: Loose) => String(p.Arn)))
      for (const principal of [...doc.UserDetailList, ...doc.GroupDetailList, ...doc.RoleDetailList]) {
        for (const attached of principal.AttachedManagedPolicies) expect(policyArns.has(attached.PolicyArn), attached.PolicyArn).toBe(true)
      }
    }
    const [describe] = filesOf('aws-eks-cluster')
    const cluster = parsed.get(describe!.path).cluster
    expect(cluster.resourcesVpcConfig.publicAccessCidrs).toEqual(['192.0.2.0/24'])
    expect(cluster.identity.oidc.issuer).toMatch(/^https:\/\/oidc\.eks\./)
  })

  it('writes an IAM credential report per account, a row per user and the root user', () => {
    const files = filesOf('aws-iam-credential-report')
    expect(files).toHaveLength(2)
    for (const entry of files) {
      const rows = parsed.get(entry.path) as Record<string, string>[]
      expect(rows).toHaveLength(entry.records)
      expect(rows[0]).toMatchObject({ user: '<root_account>', password_enabled: 'not_supported', mfa_active: 'true' })
      for (const row of rows.slice(1)) {
        expect(row.arn).toMatch(/^arn:aws:iam::\d{12}:user\//)
        expect(row.user_creation_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/)
        expect(['true', 'false']).toContain(row.mfa_active)
      }
    }
  })

  it('pages Azure Resource Graph results with chained skip tokens, CLI and REST envelopes', () => {
    const files = filesOf('azure-resource-graph')
    const tables = new Map<string, DemoFileEntry[]>()
    for (const entry of files) {
      const table = entry.path.split('/')[2]!
      tables.set(table, [...(tables.get(table) ?? []), entry])
    }
    expect([...tables.keys()].sort()).toEqual(['authorizationresources', 'computeresources', 'resourcecontainers', 'resources'])
    expect(tables.get('resources')!.length).toBeGreaterThan(1)
    for (const [table, pages] of tables) {
      pages.sort((a, b) => (a.path < b.path ? -1 : 1))
      let rows = 0
      pages.forEach((entry, i) => {
        const doc = parsed.get(entry.path)
        const last = i === pages.length - 1
        if (entry.variant === 'cli-envelope') {
          expect(Object.keys(doc)).toEqual(['count', 'data', 'skip_token', 'total_records'])
          expect(doc.skip_token === null, `${table} page ${i}`).toBe(last)
        } else {
          expect(table).toBe('authorizationresources')
          expect(doc).toMatchObject({ facets: [], resultTruncated: 'false' })
          expect('$skipToken' in doc, `${table} page ${i}`).toBe(!last)
        }
        const count = doc.count
        expect(doc.data).toHaveLength(count)
        expect(count).toBeLessThanOrEqual(1000)
        rows += count
        for (const row of doc.data) {
          expect(row.id).toMatch(/^\/(subscriptions|providers)\//)
          expect(row.type).toBe(row.type.toLowerCase())
          expect(row.type).toContain('/')
        }
      })
      const first = parsed.get(pages[0]!.path)
      expect(rows).toBe(first.total_records ?? first.totalRecords)
    }
  })

  it('writes Cloud Asset Inventory as snake_case NDJSON and gcloud camelCase JSON', () => {
    for (const entry of filesOf('gcp-cloud-asset-inventory')) {
      const records = parsed.get(entry.path)
      expect(records).toHaveLength(entry.records)
      for (const record of records) {
        expect(record.name).toMatch(/^\/\//)
        expect(record.ancestors[0]).toMatch(/^projects\/\d+$/)
        if (entry.variant === 'gcs-export-ndjson-snake-case') {
          expect(typeof record.asset_type).toBe('string')
          expect(record.assetType).toBeUndefined()
          expect(record.resource?.data ?? record.iam_policy?.bindings).toBeDefined()
        } else {
          expect(typeof record.assetType).toBe('string')
          expect(record.asset_type).toBeUndefined()
          expect(record.resource?.discoveryName ?? record.iamPolicy?.bindings).toBeDefined()
        }
      }
    }
  })

  it('writes kubectl List exports and a multi-document YAML manifest', () => {
    const files = [...filesOf('kubernetes-list'), ...filesOf('kubernetes-manifest')]
    expect(files.filter((f) => f.variant === 'multi-document-yaml')).toEqual(filesOf('kubernetes-manifest'))
    expect(files.every((f) => /^kubernetes\/[a-z0-9-]+\/(cluster\.json|[a-z0-9-]+\/(all\.json|manifest\.yaml))$/.test(f.path))).toBe(true)
    for (const entry of files) {
      const doc = parsed.get(entry.path)
      const items = entry.variant === 'multi-document-yaml' ? doc : doc.items
      if (entry.variant !== 'multi-document-yaml') expect(doc).toMatchObject({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' } })
      expect(items).toHaveLength(entry.records)
      expect(entry.scanOptions?.clusterId).toBeTruthy()
      for (const item of items) {
        expect(typeof item.apiVersion).toBe('string')
        expect(typeof item.kind).toBe('string')
        expect(typeof item.metadata.name).toBe('string')
        if (item.kind === 'Node') expect(item.spec.providerID).toMatch(/^(aws|azure|gce):\/\//)
        if (item.kind === 'Pod') expect(item.status.containerStatuses[0].imageID).toContain('@sha256:')
      }
    }
  })

  it('writes Terraform show JSON state and plan', () => {
    const [state] = filesOf('terraform-state')
    const [plan] = filesOf('terraform-plan')
    expect(parsed.get(state!.path).format_version).toMatch(/^\d+\.\d+$/)
    expect(parsed.get(state!.path).values.root_module.resources.length).toBeGreaterThan(0)
    expect(parsed.get(plan!.path).format_version).toMatch(/^\d+\.\d+$/)
    expect(parsed.get(plan!.path).resource_changes.map((c: Loose) => String(c.change.actions[0]))).toContain('create')
  })

  it('writes Trivy, Grype and SARIF reports', () => {
    for (const entry of filesOf('trivy-json')) {
      const doc = parsed.get(entry.path)
      expect(doc.SchemaVersion).toBe(2)
      expect(doc.ArtifactType).toBe(entry.variant === 'vm' ? 'vm' : 'container_image')
      expect(doc.Results.length).toBeGreaterThan(0)
    }
    for (const entry of filesOf('grype-json')) {
      const doc = parsed.get(entry.path)
      expect(doc.descriptor.name).toBe('grype')
      expect(doc.matches.length).toBe(entry.records)
      expect(doc.source.target.repoDigests[0]).toContain('@sha256:')
    }
    for (const entry of filesOf('sarif')) {
      const doc = parsed.get(entry.path)
      expect(doc.version).toBe('2.1.0')
      expect(doc.runs[0].tool.driver.name).toBe('Trivy')
      expect(doc.runs[0].results).toHaveLength(entry.records)
    }
  })
})

/** Canonical node ids derivable from the raw data, with the conventions of src/providers/ids.ts. */
function idsInData(): Set<string> {
  const ids = new Set<string>()
  const text: string[] = []
  for (const entry of manifest.files) {
    const doc = parsed.get(entry.path)
    switch (entry.format) {
      case 'aws-config-snapshot':
        for (const ci of doc.configurationItems) {
          ids.add(ci.ARN)
          ids.add(awsAccountNodeId(ci.awsAccountId))
          if (ci.configuration.iamInstanceProfile) ids.add(ci.configuration.iamInstanceProfile.arn)
          for (const profile of ci.configuration.instanceProfileList ?? []) ids.add(profile.arn)
        }
        break
      case 'aws-iam-authorization-details':
        for (const key of ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies']) for (const item of doc[key]) ids.add(item.Arn)
        for (const role of doc.RoleDetailList) {
          for (const profile of role.InstanceProfileList) ids.add(profile.Arn)
          const trust = typeof role.AssumeRolePolicyDocument === 'string' ? decodeURIComponent(role.AssumeRolePolicyDocument) : JSON.stringify(role.AssumeRolePolicyDocument)
          for (const account of trust.matchAll(/arn:aws:iam::(\d{12}):root/g)) ids.add(awsAccountNodeId(account[1]!))
        }
        break
      case 'azure-resource-graph':
        for (const row of doc.data) {
          ids.add(azureNodeId(row.id))
          if (row.subscriptionId) ids.add(azureNodeId(`/subscriptions/${row.subscriptionId}`))
        }
        break
      case 'gcp-cloud-asset-inventory':
        for (const record of doc) {
          ids.add(record.name)
          const data = record.resource?.data
          if (data && (record.asset_type ?? record.assetType) === 'iam.googleapis.com/ServiceAccount') ids.add(`//iam.googleapis.com/projects/${data.projectId}/serviceAccounts/${data.email}`)
          text.push(JSON.stringify(record))
        }
        break
      case 'kubernetes-list':
      case 'kubernetes-manifest': {
        const cluster = entry.path.split('/')[1]!
        ids.add(k8sClusterNodeId(cluster))
        for (const item of entry.variant === 'multi-document-yaml' ? doc : doc.items) {
          ids.add(k8sNodeId(cluster, item.metadata.namespace, item.kind, item.metadata.name))
          for (const status of item.status?.containerStatuses ?? []) {
            const [repository, digest] = status.imageID.split('@')
            ids.add(imageNodeId(repository, digest))
          }
        }
        break
      }
      case 'aws-iam-credential-report':
        for (const row of doc as Record<string, string>[]) if (row['user'] !== '<root_account>') ids.add(row['arn']!)
        break
      case 'aws-eks-cluster':
      case 'terraform-state':
      case 'terraform-plan':
      case 'grype-json':
      case 'trivy-json':
      case 'sarif':
        text.push(JSON.stringify(doc))
        break
    }
    if (entry.format === 'aws-config-snapshot') text.push(JSON.stringify(doc.configurationItems.filter((ci: Loose) => ci.resourceType === 'AWS::Lambda::Function')))
  }
  const scans = text.join('\n')
  for (const match of scans.matchAll(/"(?:RepoDigests|repoDigests)":\["([^"@]+)@(sha256:[0-9a-f]{64})"/g)) ids.add(imageNodeId(match[1] ?? '', match[2]))
  ids.add('__text__')
  textIndex = scans
  return ids
}
let textIndex = ''

function referencedIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) referencedIds(item, out)
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (['node', 'from', 'to', 'entry', 'target', 'holder', 'authenticatesAs'].includes(key) && typeof item === 'string') out.push(item)
      else if (['nodes', 'via', 'notExposed', 'notWidelyExposed', 'secretOn'].includes(key) && Array.isArray(item)) out.push(...item.map(String))
      else referencedIds(item, out)
    }
  }
  return out
}

describe('demo estate truth', () => {
  it('names only node ids that occur in the written data', () => {
    const ids = idsInData()
    const missing = new Set<string>()
    for (const item of truth.items) {
      for (const id of referencedIds({ nodes: item.nodes, expect: item.expect, control: item.control })) if (!ids.has(id)) missing.add(`${item.id}: ${id}`)
    }
    expect([...missing]).toEqual([])
  })

  it('plants every key id it names in the data, on the holder it names', () => {
    for (const item of truth.items) {
      const secret = item.expect.secret
      if (!secret) continue
      expect(textIndex.includes(secret.keyId), item.id).toBe(true)
      expect(secret.authenticatesAs).toContain(`::${awsAccountOfAccessKey(secret.keyId)}:`)
    }
  })

  it('gives every planted item a look-alike, a known family and a name for each node', () => {
    const ids = new Set<string>()
    for (const item of truth.items) {
      expect(ids.has(item.id)).toBe(false)
      ids.add(item.id)
      expect(item.id).toMatch(/^[a-z0-9-]+$/)
      expect(item.control.id).toBe(`${item.id}-control`)
      expect(truth.families[item.family]).toBeTruthy()
      expect(item.control.whyNot.length).toBeGreaterThan(10)
      expect(Object.keys(item.control.mustNot).length).toBeGreaterThan(0)
      for (const id of [...item.nodes, ...item.control.nodes]) expect(item.names[id], id).toBeTruthy()
    }
    const families = new Set(truth.items.map((i) => i.family))
    expect([...families].sort()).toEqual(Object.keys(truth.families).sort())
  })
})
