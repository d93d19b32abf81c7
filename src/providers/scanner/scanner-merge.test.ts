import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import { GraphBuilder } from '../../graph/graph-builder.js'

const fixture = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

describe('scanner-merge', () => {
  it('puts a Trivy report on the image a pod runs, whichever input comes first', async () => {
    const pods = await readFixture(fixture('../kubernetes/__fixtures__/list-mixed.json'), { clusterId: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' })
    const trivy = await readFixture(fixture('./__fixtures__/trivy-image.json'))
    for (const order of [[pods, trivy], [trivy, pods]]) {
      // Arrange
      const builder = new GraphBuilder()
      for (const input of order) builder.addFragment(input.fragment)
      // Act
      const { graph } = builder.build()
      // Assert
      const image = graph.indexOf('image://registry.example/billing@sha256:abc123def456')!
      expect(graph.nodeFamily(image)).toBe('container-image')
      expect(graph.nodeInsights(image).map((i) => i.id)).toContain('vulnerable-to-rce')
      const pod = graph.indexOf('k8s://prod/shop/pod/billing-7d9f-abcde')!
      expect(graph.neighbours(pod, 'out', 'is-running')).toContain(image)
      expect(graph.neighbours(pod, 'out', 'is-running')).toContain(graph.indexOf('image://registry.example/billing:1.4'))
    }
  })

  it('makes one image node of a report by digest only and a pod by tag and digest, without folding other tags', async () => {
    const pods = await readFixture(fixture('../kubernetes/__fixtures__/list-mixed.json'), { clusterId: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' })
    // A scan that saw only the digest (a registry webhook scan) is a node under the digest id.
    const byDigest = { nodes: [{ id: 'image://registry.example/billing@sha256:abc123def456', kind: 'container.image', family: 'container-image' as const, provider: 'scanner' as const, props: { scannedBy: ['webhook'] } }], edges: [] }
    for (const order of [[pods.fragment, byDigest], [byDigest, pods.fragment]]) {
      const builder = new GraphBuilder()
      for (const fragment of order) builder.addFragment(fragment)
      const { graph } = builder.build()
      const images = [...graph.nodesOfKind('container.image')].filter((i) => /^image:\/\/registry\.example\/billing[:@]/.test(graph.nodeId(i)))
      expect(images.map((i) => graph.nodeId(i))).toEqual(['image://registry.example/billing:1.4'])
      expect(graph.nodeProps(images[0]!)).toMatchObject({ scannedBy: ['webhook'], digest: 'sha256:abc123def456' })
      expect(graph.indexOf('image://nginx:latest')).not.toBe(images[0])
    }
  })
})
