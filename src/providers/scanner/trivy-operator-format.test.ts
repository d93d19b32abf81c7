import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

describe('trivy-operator', () => {
  it('attaches operator reports to images, links workloads and keeps config audits on the workload', async () => {
    const result = await readFixture(fixture('trivy-operator-reports.json'), { clusterId: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' })
    expect(result.format).toBe('trivy-operator')
    const { nodes, edges } = result.fragment
    // The vulnerability report names the image by digest, the secret report by tag: one node, keyed by tag.
    const image = nodes.find((n) => n.id === 'image://registry.example/billing:1.4')
    expect(image?.aliases).toEqual(['image://registry.example/billing@sha256:abc123def456'])
    expect(image?.props?.vulnerabilities).toMatchObject({ critical: 1, rce: ['CVE-2024-0002'], fixable: 1 })
    expect(image?.props?.secretsFound).toEqual([
      { ruleId: 'github-pat', category: 'GitHub', target: '/app/config.yaml', severity: 'critical', title: 'GitHub Personal Access Token' },
    ])
    expect(edges).toContainEqual(expect.objectContaining({ from: 'k8s://prod/shop/replicaset/billing-7d9f', kind: 'is-running', to: 'image://registry.example/billing:1.4' }))
    expect(nodes.find((n) => n.id === 'k8s://prod/shop/deployment/billing')?.props?.misconfigurations).toMatchObject({ failures: 1, list: [{ id: 'KSV017', severity: 'high' }] })
    expect(JSON.stringify(result.fragment)).not.toContain('ghp_operatorSecretValue')
  })
})
