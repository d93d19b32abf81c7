import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))

describe('kubernetes-manifest', () => {
  it('keeps the documents around a broken one and names its number and line', async () => {
    const result = await readFixture(fixture('manifests-broken.yaml'), { clusterId: 'dev' })
    expect(result.format).toBe('kubernetes-manifest')
    expect(result.completed).toBe(true)
    const ids = result.fragment.nodes.map((n) => n.id)
    expect(ids).toContain('k8s://dev/shop/serviceaccount/web')
    expect(ids).toContain('k8s://dev/shop/secret/web-tls')
    expect(ids).toContain('k8s://dev/shop/deployment/web')
    expect(ids.some((id) => id.includes('broken'))).toBe(false)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ kind: 'parse-error', location: 'document 2 (line 8)' })
    expect(result.issues[0]?.message).toMatch(/^document 2 \(line 8\): invalid YAML at line \d+/)
  })

  it('never stores YAML secret data or env values', async () => {
    const { fragment } = await readFixture(fixture('manifests-broken.yaml'), { clusterId: 'dev' })
    const json = JSON.stringify(fragment)
    expect(json).not.toContain('yaml-secret-material')
    expect(json).not.toContain('yaml-env-secret')
    expect(fragment.nodes.find((n) => n.id === 'k8s://dev/shop/secret/web-tls')?.props).toMatchObject({ type: 'kubernetes.io/tls', keys: ['tls.key'] })
    expect(fragment.edges).toContainEqual(expect.objectContaining({ from: 'k8s://dev/shop/deployment/web', kind: 'is-running', to: 'image://ghcr.io/example/web:2.1' }))
  })

  it('reads a single JSON object and puts namespace-less kinds in their scope', async () => {
    const result = await readFixture(fixture('single-pod.json'), { clusterId: 'dev' })
    expect(result.format).toBe('kubernetes-manifest')
    const pod = result.fragment.nodes.find((n) => n.kind === 'k8s.pod')
    expect(pod?.id).toBe('k8s://dev/ops/pod/debug')
    expect(pod?.props).toMatchObject({ hostNetwork: true, hostIPC: true, privileged: false, serviceAccountName: 'default' })
    expect(result.issues).toEqual([])
  })

  it('reads a JSON array of objects and keeps GKE and Azure workload identity annotations', async () => {
    const result = await readFixture(fixture('manifests.json'), { clusterId: 'dev' })
    expect(result.format).toBe('kubernetes-manifest')
    const props = Object.fromEntries(result.fragment.nodes.filter((n) => n.kind === 'k8s.serviceaccount').map((n) => [n.name, n.props]))
    expect(props['dev/api']).toMatchObject({ gcpServiceAccount: 'api@demo-proj.iam.gserviceaccount.com' })
    expect(props['dev/worker']).toMatchObject({ azureClientId: '11111111-2222-3333-4444-555555555555' })
  })

  it('derives the cluster name from the file when no cluster id is given', async () => {
    const { fragment } = await readFixture(fixture('single-pod.json'))
    const cluster = fragment.nodes.find((n) => n.kind === 'k8s.cluster')
    expect(cluster?.props).toMatchObject({ nameSource: 'path' })
    expect(cluster?.id).toBe('k8s://single')
  })
})
