import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import type { NodeInput } from '../../model/graph-types.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
const node = (nodes: readonly NodeInput[], id: string): NodeInput => {
  const found = nodes.find((n) => n.id === id || (n.aliases ?? []).includes(id))
  if (found === undefined) throw new Error(`no node ${id}: ${nodes.map((n) => n.id).join(', ')}`)
  return found
}

describe('trivy-json', () => {
  it('puts the summary, capped list and secrets on the image stub by tag and by repo digest', async () => {
    const result = await readFixture(fixture('trivy-image.json'))
    expect(result.format).toBe('trivy-json')
    expect(result.fragment.nodes.map((n) => [n.id, n.aliases])).toEqual([['image://registry.example/billing:1.4', ['image://registry.example/billing@sha256:abc123def456']]])
    const image = node(result.fragment.nodes, 'image://registry.example/billing:1.4')
    expect(image).toMatchObject({ family: 'container-image', kind: 'container.image', provider: 'scanner' })
    expect(image.props?.vulnerabilities).toEqual({ critical: 1, high: 2, medium: 1, low: 1, unknown: 1, total: 6, rce: ['CVE-2024-0002', 'CVE-2024-0004'], fixable: 3 })
    expect(image.props?.vulnerabilityListCapped).toBe(false)
    const vector = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'
    expect((image.props?.vulnerabilityList as unknown[])[0]).toEqual({ id: 'CVE-2024-0002', severity: 'critical', cvss: 9.1, package: 'libxml2', installed: '2.9.14', rce: true, vector, cwes: ['CWE-94'] })
    // A heap overflow is not called RCE by the adapter; its vector and CWE stay for analyses to weigh.
    expect(image.props?.vulnerabilityList).toContainEqual({ id: 'CVE-2024-0001', severity: 'high', cvss: 9.8, package: 'openssl', installed: '3.0.11-1', fixed: '3.0.13-1', rce: false, vector, cwes: ['CWE-787'] })
    expect(image.props?.secretsFound).toEqual([{ ruleId: 'aws-access-key-id', category: 'AWS', target: '/app/.env', severity: 'critical', title: 'AWS Access Key ID', line: 3, accessKeyIds: ['AKIAIOSFODNN7EXAMPLE'] }])
  })

  it('emits the three insights with the report file and CVE ids as evidence', async () => {
    const { fragment } = await readFixture(fixture('trivy-image.json'))
    const insights = node(fragment.nodes, 'image://registry.example/billing@sha256:abc123def456').insights ?? []
    expect(insights.map((i) => i.id)).toEqual(['has-high-severity-vulnerabilities', 'vulnerable-to-rce', 'has-plaintext-secret'])
    expect(insights[0]?.params).toEqual({ critical: 1, high: 2, cveIds: ['CVE-2024-0002', 'CVE-2024-0001', 'CVE-2024-0003'] })
    expect(insights[0]?.evidence[0]).toMatchObject({ source: fixture('trivy-image.json'), detail: 'trivy: CVE-2024-0002, CVE-2024-0001, CVE-2024-0003' })
    expect(insights[1]?.params).toEqual({ cveIds: ['CVE-2024-0002', 'CVE-2024-0004'] })
    expect(insights[2]?.params).toEqual({ kinds: ['AWS'], ruleIds: ['aws-access-key-id'], count: 1, accessKeyIds: ['AKIAIOSFODNN7EXAMPLE'] })
  })

  it('never stores what Trivy puts in Match and Code, only the access key id it names', async () => {
    const { fragment } = await readFixture(fixture('trivy-image.json'))
    const text = JSON.stringify(fragment)
    expect(text).not.toContain('AWS_ACCESS_KEY_ID=')
    // The key id (not secret) appears only where it is kept on purpose: the finding and the insight.
    expect(text.split('AKIAIOSFODNN7EXAMPLE')).toHaveLength(3)
  })

  it('reads the legacy bare array and names the image from the OS target', async () => {
    const result = await readFixture(fixture('trivy-legacy.json'))
    expect(result.format).toBe('trivy-json')
    const image = node(result.fragment.nodes, 'image://alpine:3.10')
    expect(image.props?.vulnerabilities).toMatchObject({ high: 1, total: 1, rce: ['CVE-2019-14697'], fixable: 1 })
  })

  it('attaches trivy k8s results to images and workloads and links them', async () => {
    const result = await readFixture(fixture('trivy-k8s.json'))
    const { nodes, edges } = result.fragment
    const billing = node(nodes, 'image://registry.example/billing:1.4')
    expect(billing.props?.vulnerabilities).toMatchObject({ critical: 1, high: 1, total: 2, rce: ['CVE-2024-9999'] })
    expect(node(nodes, 'image://nginx:1.25').props?.vulnerabilities).toMatchObject({ total: 0 })
    const workload = node(nodes, 'k8s://prod/shop/deployment/billing')
    expect(workload).toMatchObject({ kind: 'k8s.deployment', family: 'k8s-workload' })
    expect(workload.props?.misconfigurations).toEqual({ failures: 1, capped: false, list: [{ id: 'AVD-KSV-0001', severity: 'medium', title: 'Process can elevate its own privileges', target: 'Deployment/billing', line: 12, tool: 'trivy' }] })
    expect(edges).toContainEqual(expect.objectContaining({ from: 'k8s://prod/shop/deployment/billing', kind: 'is-running', to: 'image://registry.example/billing:1.4' }))
    expect(edges).toContainEqual(expect.objectContaining({ from: 'k8s://prod/shop/deployment/billing', kind: 'is-running', to: 'image://nginx:1.25' }))
    expect(result.issues).toEqual([expect.objectContaining({ location: 'Resources[2]', kind: 'invalid-record' })])
  })

  it('reads the older trivy k8s wrapping and honours the cluster id option', async () => {
    const { fragment } = await readFixture(fixture('trivy-k8s-old.json'), { clusterId: 'lab' })
    expect(fragment.edges).toContainEqual(expect.objectContaining({ from: 'k8s://lab/default/pod/web', to: 'image://nginx:1.25' }))
    expect(node(fragment.nodes, 'image://nginx:1.25').insights?.map((i) => i.id)).toEqual(['has-high-severity-vulnerabilities'])
  })

  it('attaches VM reports to the instance ARN, and named hosts to a host stub', async () => {
    const vm = await readFixture(fixture('trivy-vm.json'))
    const instance = node(vm.fragment.nodes, 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc1234def567890')
    expect(instance).toMatchObject({ family: 'vm', kind: 'aws.ec2.instance' })
    expect(instance.props?.vulnerabilities).toMatchObject({ critical: 1, rce: ['CVE-2021-44228'] })
    const host = await readFixture(fixture('trivy-host.json'))
    expect(node(host.fragment.nodes, 'host://build-runner-01')).toMatchObject({ family: 'vm', kind: 'scanner.host', props: { hostName: 'build-runner-01' } })
  })

  it('caps the list at 500 per artifact and records it, while counting everything', async () => {
    const vulnerabilities = Array.from({ length: 620 }, (_, i) => ({ VulnerabilityID: `CVE-2020-${String(10000 + i)}`, PkgName: `p${i}`, InstalledVersion: '1', Severity: i < 20 ? 'CRITICAL' : 'LOW' }))
    const dir = await mkdtemp(join(tmpdir(), 'skyhound-trivy-'))
    const path = join(dir, 'big.json')
    await writeFile(path, JSON.stringify({ SchemaVersion: 2, ArtifactName: 'big:1', ArtifactType: 'container_image', Results: [{ Target: 'big:1 (alpine 3.19)', Class: 'os-pkgs', Vulnerabilities: vulnerabilities }] }))
    const { fragment } = await readFixture(path)
    const image = node(fragment.nodes, 'image://big:1')
    expect(image.props?.vulnerabilityList).toHaveLength(500)
    expect(image.props).toMatchObject({ vulnerabilityListCapped: true, vulnerabilityListTotal: 620, vulnerabilities: { critical: 20, low: 600, total: 620 } })
    expect((image.props?.vulnerabilityList as { severity: string }[]).slice(0, 20).every((v) => v.severity === 'critical')).toBe(true)
  })

  it('reports a truncated report as a parse error', async () => {
    const result = await readFixture(fixture('trivy-truncated.json'))
    expect(result.format).toBe('trivy-json')
    expect(result.completed).toBe(false)
    expect(result.issues[0]).toMatchObject({ kind: 'parse-error' })
    expect(result.issues[0]?.hint).toMatch(/truncated/)
  })
})
