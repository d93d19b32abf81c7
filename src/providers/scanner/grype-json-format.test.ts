import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

describe('grype-json', () => {
  it('merges related NVD records for severity, CVSS and RCE, and attaches to the image ids', async () => {
    const result = await readFixture(fixture('grype.json'))
    expect(result.format).toBe('grype-json')
    // One node, keyed by tag, known by its repo digest too.
    expect(result.fragment.nodes.map((n) => [n.id, n.aliases])).toEqual([['image://registry.example/billing:1.4', ['image://registry.example/billing@sha256:abc123def456']]])
    const image = result.fragment.nodes[0]!
    expect(image.props?.vulnerabilities).toEqual({ critical: 0, high: 1, medium: 0, low: 1, unknown: 0, total: 2, rce: ['DSA-5555-1'], fixable: 1 })
    expect(image.props?.vulnerabilityList).toEqual([
      { id: 'DSA-5555-1', severity: 'high', cvss: 9.8, package: 'openssl', installed: '3.0.11-1', fixed: '3.0.13-1', rce: true, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' },
      { id: 'CVE-2023-0002', severity: 'low', package: 'bash', installed: '5.2', rce: false, knownExploited: true },
    ])
    expect(image.insights?.map((i) => i.id)).toEqual(['has-high-severity-vulnerabilities', 'vulnerable-to-rce'])
  })

  it('reports a match without a vulnerability id and keeps the others', async () => {
    const { issues } = await readFixture(fixture('grype.json'))
    expect(issues).toEqual([expect.objectContaining({ location: 'matches[2]', kind: 'invalid-record' })])
  })
})
