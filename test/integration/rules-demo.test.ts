/**
 * The first rule batch on the demo estate (docs/demo-estate.md): every planted misconfiguration the batch
 * covers is reported by its named rule, the look-alike controls are not, and a finding on a planted,
 * exposed node carries a higher risk than the same rule on its unexposed look-alike.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { Finding } from '../../src/model/finding.js'
import { SEVERITIES } from '../../src/model/vocabulary.js'
import { ALL_RULES } from '../../src/rules/index.js'
import { scan } from '../../src/scan/pipeline.js'
import type { ScanResult } from '../../src/scan/pipeline.js'

interface PlantedItem {
  readonly id: string
  readonly nodes: readonly string[]
  readonly expect: { readonly findings?: readonly { readonly node: string; readonly topic: string }[] }
  readonly control: { readonly nodes: readonly string[] }
}

/** The `findings` topics of expected.json and the rule of this batch that reports each. */
const TOPIC_RULES: Readonly<Record<string, string | undefined>> = {
  'ec2-imdsv1-enabled': 'aws-ec2-instance-imdsv2-required',
  'security-group-ssh-open-to-internet': 'aws-ec2-security-group-ssh-open-to-internet',
  's3-bucket-public-read': 'aws-s3-bucket-public-read',
  'rds-publicly-accessible': 'aws-rds-instance-publicly-accessible',
  // Reported on the VM the disk scan names; the demo plants it on an Azure VM.
  'plaintext-cloud-credential-on-disk': 'azure-compute-vm-no-plaintext-secret',
}

interface Case {
  readonly item: string
  readonly rule: string
  /** Planted nodes of the rule's kinds (item nodes minus control nodes), narrowed by name when given. */
  readonly only?: readonly string[]
  /** Control nodes of the rule's kinds that must not be flagged, narrowed by name; false when the look-alike differs elsewhere. */
  readonly controls?: readonly string[] | false
}

/** Planted misconfigurations of this batch, each with the look-alike that differs in the checked setting. */
const CASES: readonly Case[] = [
  { item: 'aws-ec2-exposed-rce-account-admin', rule: 'aws-ec2-security-group-ssh-open-to-internet' },
  // web-legacy-02 also accepts IMDSv1: the look-alike differs in its security group, not its metadata options.
  { item: 'aws-ec2-exposed-rce-account-admin', rule: 'aws-ec2-instance-imdsv2-required', controls: false },
  { item: 'aws-s3-public-sensitive', rule: 'aws-s3-bucket-sensitive-data-not-public' },
  { item: 'aws-s3-replication-to-public', rule: 'aws-s3-bucket-public-read', only: ['ridgeline-dr-replica'], controls: ['ridgeline-dr-invoices'] },
  { item: 'aws-s3-replication-to-public', rule: 'aws-s3-bucket-public-access-blocked', only: ['ridgeline-dr-replica'], controls: ['ridgeline-dr-invoices'] },
  { item: 'aws-rds-public-password', rule: 'aws-rds-instance-publicly-accessible' },
  // The credential report says who has a console password and an MFA device.
  { item: 'aws-admin-user-without-mfa', rule: 'aws-iam-user-mfa-enabled' },
  // The look-alike differs in password authentication; both firewalls admit every address.
  { item: 'azure-postgres-open-password', rule: 'azure-database-server-firewall-any-ip', controls: false },
  { item: 'azure-storage-public-sensitive', rule: 'azure-storage-account-sensitive-data-not-public' },
  { item: 'azure-blob-replication-to-public', rule: 'azure-storage-account-blob-public-access-disabled', only: ['stridgelinecdn'] },
  { item: 'aks-no-rbac-public-api', rule: 'azure-aks-cluster-rbac-enabled' },
  { item: 'aks-no-rbac-public-api', rule: 'azure-aks-cluster-authorized-ip-ranges' },
  { item: 'gke-legacy-abac-public-api', rule: 'gcp-gke-cluster-legacy-abac-disabled' },
  { item: 'gke-legacy-abac-public-api', rule: 'gcp-gke-cluster-master-authorized-networks' },
  { item: 'gcp-cloudsql-open-any-ip', rule: 'gcp-sql-instance-open-to-any-ip' },
  { item: 'gcp-cloudsql-open-any-ip', rule: 'gcp-sql-instance-public-ip' },
  { item: 'azure-postgres-open-password', rule: 'azure-database-server-password-auth-disabled' },
  { item: 'gcp-vm-exposed-default-sa-project-editor', rule: 'gcp-compute-instance-default-service-account' },
  { item: 'gcp-bucket-public-sensitive', rule: 'gcp-storage-bucket-sensitive-data-not-public' },
  // The look-alike VM was scanned the same way and holds nothing.
  { item: 'azure-vm-plaintext-secret-on-disk', rule: 'azure-compute-vm-no-plaintext-secret' },
  { item: 'k8s-privileged-pod-node-role-eks', rule: 'k8s-pod-privileged-container' },
  { item: 'k8s-privileged-pod-node-role-eks', rule: 'k8s-pod-host-pid' },
  { item: 'k8s-privileged-pod-node-role-eks', rule: 'k8s-pod-host-path-volume' },
  { item: 'k8s-privileged-pod-node-role-eks', rule: 'k8s-pod-runs-as-root' },
  { item: 'k8s-privileged-pod-kubelet-identity-aks', rule: 'k8s-pod-privileged-container' },
  { item: 'k8s-privileged-pod-node-sa-gke', rule: 'k8s-pod-privileged-container' },
  // The look-alike is a pod selected by a ClusterIP service only: no LoadBalancer service to compare.
  { item: 'k8s-exposed-pod-rce-eks', rule: 'k8s-service-load-balancer-source-ranges', controls: false },
]

let dir: string
let result: ScanResult
let items: Map<string, PlantedItem>
const byId = new Map<string, Finding>()

beforeAll(async () => {
  // Arrange
  dir = await mkdtemp(join(tmpdir(), 'skyhound-rules-demo-'))
  await generateDemoEstate({ outDir: dir, seed: 1, resources: 600 })
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as { items: PlantedItem[] }
  items = new Map(expected.items.map((item) => [item.id, item]))
  // Act
  result = await scan({ paths: [dir] })
  for (const finding of result.findings) byId.set(finding.id, finding)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function nodesOf(ids: readonly string[], rule: string, names: readonly string[] | undefined): string[] {
  const kinds = ALL_RULES.find((r) => r.id === rule)!.target.kinds ?? []
  return ids.filter((id) => {
    const index = result.graph.indexOf(id)
    if (index === undefined || !kinds.includes(result.graph.nodeKind(index))) return false
    return names === undefined || names.includes(result.graph.nodeName(index))
  })
}

const statusOf = (rule: string, node: string): string | undefined => byId.get(`${rule}|${node}`)?.status

describe('rules on the demo estate', () => {
  it('reports every expected.json finding topic of this batch with its rule', () => {
    // Assert
    const expectations = [...items.values()].flatMap((item) => item.expect.findings ?? [])
    expect(expectations.length).toBeGreaterThan(0)
    for (const { node, topic } of expectations) {
      const rule = TOPIC_RULES[topic]
      expect(topic in TOPIC_RULES, `unknown topic ${topic}`).toBe(true)
      if (rule !== undefined) expect(statusOf(rule, node), `${rule} on ${node}`).toBe('unhealthy')
    }
  })

  for (const c of CASES) {
    it(`${c.item}: ${c.rule} flags the planted node${c.controls === false ? '' : ' and not the look-alike'}`, () => {
      const item = items.get(c.item)!
      const planted = nodesOf(item.nodes.filter((id) => !item.control.nodes.includes(id)), c.rule, c.only)
      expect(planted.length, 'planted nodes of the rule kinds').toBeGreaterThan(0)
      for (const node of planted) expect(statusOf(c.rule, node), node).toBe('unhealthy')
      if (c.controls === false) return
      const controls = nodesOf(item.control.nodes, c.rule, c.controls)
      expect(controls.length, 'control nodes of the rule kinds').toBeGreaterThan(0)
      for (const node of controls) expect(statusOf(c.rule, node), node).not.toBe('unhealthy')
    })
  }

  it('ranks a finding on the exposed planted node above the same rule on its unexposed look-alike', () => {
    const item = items.get('aws-ec2-exposed-rce-account-admin')!
    const [planted] = nodesOf(item.nodes.filter((id) => !item.control.nodes.includes(id)), 'aws-ec2-instance-imdsv2-required', undefined)
    const [control] = nodesOf(item.control.nodes, 'aws-ec2-instance-imdsv2-required', undefined)
    const details = (node: string) => byId.get(`aws-ec2-instance-imdsv2-required|${node}`)!.details
    const rank = (node: string): number => SEVERITIES.indexOf(details(node)['risk'] as (typeof SEVERITIES)[number])
    // Both can reach `critical` (the level is capped); the score keeps ranking them.
    expect(rank(planted!)).toBeGreaterThanOrEqual(rank(control!))
    expect(details(planted!)['riskScore'] as number).toBeGreaterThan(details(control!)['riskScore'] as number)
    const factors = byId.get(`aws-ec2-instance-imdsv2-required|${planted!}`)!.details['riskFactors'] as { factor: string }[]
    expect(factors.map((f) => f.factor)).toEqual(expect.arrayContaining(['internet-exposure', 'lateral-movement']))
  })

  it('ranks the exposed storefront pods above the ClusterIP-only canary for the same rule', () => {
    const item = items.get('k8s-exposed-pod-rce-eks')!
    const rule = 'k8s-pod-service-account-token-automount'
    const risk = (node: string): number => SEVERITIES.indexOf(byId.get(`${rule}|${node}`)!.details['risk'] as (typeof SEVERITIES)[number])
    const [control] = item.control.nodes
    const pods = nodesOf(item.nodes, rule, undefined)
    expect(pods.length).toBe(2)
    for (const pod of pods) expect(risk(pod)).toBeGreaterThan(risk(control!))
  })

  it('evaluates every rule without an error finding and computes a secure score', () => {
    expect(result.findings.filter((f) => f.status === 'error')).toEqual([])
    expect(result.secureScore).not.toBeNull()
    expect(result.secureScore!.percentage).toBeGreaterThan(0)
    expect(result.secureScore!.percentage).toBeLessThan(100)
  })
})
