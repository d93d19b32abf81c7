/**
 * The cloud-permissions analysis against the demo estate's ground truth (docs/demo-estate.md): every
 * planted Azure, GCP and Kubernetes admin insight and identity hop (IRSA, Azure and GKE workload
 * identity) is derived, no look-alike gets one, and every planted attack path in those areas is
 * connected by identity and permission edges (the path search itself belongs to the attack-path issue).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import type { EdgeKind } from '../../src/model/vocabulary.js'
import { scan } from '../../src/scan/pipeline.js'

interface Fact {
  readonly node?: string
  readonly insight?: string
  readonly from?: string
  readonly to?: string
  readonly kind?: EdgeKind
}
interface Item {
  readonly id: string
  readonly family: string
  readonly expect: { readonly insights?: readonly Fact[]; readonly edges?: readonly Fact[]; readonly attackPath?: { entry: string; target: string; via?: string[] } }
  readonly control: { readonly id: string; readonly mustNot: { readonly insights?: readonly Fact[]; readonly edges?: readonly Fact[]; readonly attackPath?: { entry: string; target: string } } }
}

/** Families whose paths run through Azure, GCP or Kubernetes identities. */
const PATH_FAMILIES = new Set(['azure-vm', 'gcp-vm', 'container-to-cloud', 'kubernetes-rbac', 'serverless-containers', 'ai'])
const HOPS: readonly EdgeKind[] = ['can-assume', 'can-authenticate-as', 'member-of', 'has-permission-to']
/** Look-alikes made safe by their identity, its permissions or the lack of a container escape. */
const IDENTITY_CONTROLS = [
  'azure-vm-exposed-rce-subscription-owner-control',
  'k8s-privileged-pod-node-role-eks-control',
  'k8s-service-account-cluster-admin-eks-control',
  'k8s-irsa-to-sensitive-bucket-eks-control',
  'k8s-privileged-pod-kubelet-identity-aks-control',
  'k8s-workload-identity-aks-control',
  'k8s-workload-identity-gke-control',
  'k8s-privileged-pod-node-sa-gke-control',
  'gcp-vm-exposed-default-sa-project-editor-control',
  'ai-vm-to-openai-control',
]
/** Targets that are taken over only with write or admin (reading a subscription's metadata is no takeover). */
const CONTROL_FAMILIES = new Set(['account', 'organization', 'k8s-cluster'])

describe('cloud-permissions on the demo estate', () => {
  let dir: string
  let graph: SecurityGraph
  let items: Item[]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-permissions-demo-'))
    await generateDemoEstate({ outDir: dir })
    items = (JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as { items: Item[] }).items
    graph = (await scan({ paths: [dir], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-permissions-demo' })).graph
  }, 180_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const index = (id: string): number => {
    const i = graph.indexOf(id)
    expect(i, `node ${id} is in the graph`).toBeDefined()
    return i!
  }
  /** Facts this analysis owns: about Azure, GCP or Kubernetes nodes. */
  const mine = (id: string): boolean => {
    const i = graph.indexOf(id)
    return i !== undefined && ['azure', 'gcp', 'kubernetes'].includes(graph.nodeProvider(i))
  }
  const hasInsight = (node: string, id: string): boolean => graph.nodeInsights(index(node)).some((i) => i.id === id)
  const hasEdge = (from: string, to: string, kind: EdgeKind): boolean => {
    const target = index(to)
    let found = false
    graph.forEachEdge(index(from), 'out', kind, (_e, n) => {
      if (n === target) found = true
    })
    return found
  }

  /** Shortest chain of identity and permission edges from `entry` to `target` (node ids), or undefined. */
  const chain = (entry: string, target: string): string[] | undefined => {
    const start = index(entry)
    const goal = index(target)
    const strong = CONTROL_FAMILIES.has(graph.nodeFamily(goal))
    const previous = new Map<number, number>([[start, -1]])
    const queue = [start]
    while (queue.length > 0 && !previous.has(goal)) {
      const v = queue.shift()!
      for (const kind of HOPS) {
        graph.forEachEdge(v, 'out', kind, (edge, n) => {
          const props = graph.edgeProps(edge)
          if (kind === 'can-authenticate-as' && props['tokenMounted'] === false) return
          // Permission edges end a chain: they reach the target, not further identities.
          if (kind === 'has-permission-to' && (n !== goal || (strong && props['level'] === 'read'))) return
          if (!previous.has(n)) {
            previous.set(n, v)
            queue.push(n)
          }
        })
      }
    }
    if (!previous.has(goal)) return undefined
    const out: string[] = []
    for (let c = goal; c !== -1; c = previous.get(c)!) out.unshift(graph.nodeId(c))
    return out
  }

  it('derives every planted Azure, GCP and Kubernetes has-admin-permissions insight, and none on a look-alike', () => {
    const expected = items.flatMap((item) => (item.expect.insights ?? []).filter((f) => f.insight === 'has-admin-permissions' && mine(f.node!)).map((f) => ({ item: item.id, node: f.node! })))
    expect(expected.length).toBeGreaterThanOrEqual(2)
    for (const { item, node } of expected) expect(hasInsight(node, 'has-admin-permissions'), `${item}: admin on ${node}`).toBe(true)
    const forbidden = items.flatMap((item) => (item.control.mustNot.insights ?? []).filter((f) => f.insight === 'has-admin-permissions' && mine(f.node!)).map((f) => ({ item: item.control.id, node: f.node! })))
    expect(forbidden.length).toBeGreaterThanOrEqual(2)
    for (const { item, node } of forbidden) expect(hasInsight(node, 'has-admin-permissions'), `${item}: no admin on ${node}`).toBe(false)
  })

  it('derives every planted workload-identity hop (IRSA, Azure, GKE) and none for a look-alike', () => {
    const hops = items.flatMap((item) => (item.expect.edges ?? []).filter((f) => f.kind === 'can-assume' && mine(f.from!)).map((f) => ({ item: item.id, ...f })))
    expect(hops.length).toBeGreaterThanOrEqual(3)
    for (const { item, from, to } of hops) expect(hasEdge(from!, to!, 'can-assume'), `${item}: ${from} can-assume ${to}`).toBe(true)
    const forbidden = items.flatMap((item) => (item.control.mustNot.edges ?? []).filter((f) => f.kind === 'can-assume' && mine(f.from!)).map((f) => ({ item: item.control.id, ...f })))
    expect(forbidden.length).toBeGreaterThanOrEqual(2)
    for (const { item, from, to } of forbidden) {
      if (graph.indexOf(to!) === undefined) continue
      expect(hasEdge(from!, to!, 'can-assume'), `${item}: ${from} must not assume ${to}`).toBe(false)
    }
  })

  it('connects every planted path through Azure, GCP and Kubernetes identities, through its via nodes in order', () => {
    const planted = items.filter((item) => PATH_FAMILIES.has(item.family) && item.expect.attackPath !== undefined)
    expect(planted.length).toBeGreaterThanOrEqual(10)
    for (const item of planted) {
      const { entry, target, via = [] } = item.expect.attackPath!
      const found = chain(entry, target)
      expect(found, `${item.id}: ${entry} reaches ${target}`).toBeDefined()
      let at = 0
      for (const step of via) {
        const next = found!.indexOf(step, at)
        expect(next, `${item.id}: path ${found!.join(' → ')} passes ${step}`).toBeGreaterThanOrEqual(at)
        at = next
      }
    }
  })

  it('leaves the look-alikes whose difference is an identity, a permission or an escape without such a path', () => {
    // Look-alikes that differ by exposure (no public IP, internal ingress) keep their identity chain by design.
    for (const id of IDENTITY_CONTROLS) {
      const item = items.find((i) => i.control.id === id)
      expect(item, `${id} is planted`).toBeDefined()
      const { entry, target } = item!.control.mustNot.attackPath!
      const found = chain(entry, target)
      expect(found, `${id}: ${entry} must not reach ${target} (${found?.join(' → ') ?? ''})`).toBeUndefined()
    }
  })
})
