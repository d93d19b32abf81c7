import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import type { NodeInput } from '../../model/graph-types.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
/** The node known by `id`, as its own id or an alias (an image is keyed by tag, its digest an alias). */
const node = (nodes: readonly NodeInput[], id: string): NodeInput | undefined => nodes.find((n) => n.id === id || (n.aliases ?? []).includes(id))

describe('sarif', () => {
  it('reads vulnerabilities, secrets and misconfigurations from runs of three tools', async () => {
    const result = await readFixture(fixture('multi-tool.sarif'))
    expect(result.format).toBe('sarif')
    const { nodes } = result.fragment
    const image = node(nodes, 'image://registry.example/billing@sha256:abc123def456')
    expect(image?.props?.vulnerabilities).toEqual({ critical: 1, high: 0, medium: 0, low: 1, unknown: 0, total: 2, rce: ['CVE-2024-0002'], fixable: 1 })
    expect(image?.props?.vulnerabilityList).toContainEqual({ id: 'CVE-2024-0002', severity: 'critical', cvss: 9.1, package: 'libxml2', installed: '2.9.14', fixed: '2.9.15', rce: true })
    expect(node(nodes, 'image://registry.example/billing:1.4')).toBe(image)
    const env = node(nodes, 'artifact://config/prod.env')
    expect(env?.props?.secretsFound).toEqual([{ ruleId: 'aws-access-token', category: 'aws-access-token', target: 'config/prod.env', severity: 'medium', title: 'AWS Access Token', line: 7 }])
    expect(env?.insights?.map((i) => i.id)).toEqual(['has-plaintext-secret'])
    expect(node(nodes, 'artifact://main.tf')?.props?.misconfigurations).toMatchObject({ failures: 1, list: [{ id: 'CKV_AWS_20', severity: 'high', target: 'main.tf', line: 12, tool: 'checkov' }] })
  })

  it('never stores the secret snippet of a SARIF result', async () => {
    const { fragment } = await readFixture(fixture('multi-tool.sarif'))
    expect(JSON.stringify(fragment)).not.toContain('AKIAZZZZSARIFSECRET99')
  })

  it('finds the image of Grype SARIF results in the message and the CVE in the rule id', async () => {
    const { fragment } = await readFixture(fixture('grype.sarif'))
    const image = node(fragment.nodes, 'image://nginx:1.25')
    expect(image?.props?.vulnerabilityList).toEqual([{ id: 'CVE-2023-4911', severity: 'high', cvss: 7.8, package: 'libc6', installed: '2.36-9', rce: false }])
  })

  it('accepts a report without runs', async () => {
    const result = await readFixture(fixture('no-runs.sarif'))
    expect(result).toMatchObject({ format: 'sarif', completed: true, issues: [], fragment: { nodes: [], edges: [] } })
  })
})
