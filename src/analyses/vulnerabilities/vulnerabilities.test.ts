import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import { GraphBuilder, deriveGraph } from '../../graph/graph-builder.js'
import type { SecurityGraph } from '../../graph/security-graph.js'
import type { GraphFragment, Insight } from '../../model/graph-types.js'
import type { InsightId } from '../../model/vocabulary.js'
import { vulnerabilitiesAnalysis } from './vulnerabilities.js'

const fixture = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const SCANNER = '../../providers/scanner/__fixtures__/'
const CLUSTER = { clusterId: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' }

async function analysed(inputs: readonly { path: string; options?: typeof CLUSTER }[], extra: GraphFragment[] = []): Promise<SecurityGraph> {
  const builder = new GraphBuilder()
  for (const input of inputs) {
    const read = await readFixture(fixture(input.path), input.options)
    builder.addFragment(read.fragment, { file: fixture(input.path), format: read.format })
  }
  for (const fragment of extra) builder.addFragment(fragment)
  const { graph } = builder.build()
  return deriveGraph(graph, vulnerabilitiesAnalysis.run(graph, { options: {} }))
}

/** The insight the analysis added (the scanner adapters add their own per report before it). */
function derived(graph: SecurityGraph, id: string, insight: InsightId): Insight | undefined {
  const index = graph.indexOf(id)
  expect(index, `${id} is a node`).toBeDefined()
  return graph.nodeInsights(index!).filter((i) => i.id === insight).find((i) => 'total' in i.params || 'bases' in i.params)
}

const IMAGE = 'image://registry.example/billing:1.4'
const POD = 'k8s://prod/shop/pod/billing-7d9f-abcde'

describe('vulnerabilities', () => {
  it('consolidates an image scan: counts by severity, fixability, and the RCE basis of each id', async () => {
    const graph = await analysed([{ path: `${SCANNER}trivy-image.json` }])
    const severe = derived(graph, IMAGE, 'has-high-severity-vulnerabilities')
    expect(severe?.params).toMatchObject({ critical: 1, high: 2, medium: 1, low: 1, unknown: 1, total: 6, fixable: 3, fixableCriticalHigh: 2 })
    expect(severe?.params['cveIds']).toEqual(['CVE-2024-0002', 'CVE-2024-0001', 'CVE-2024-0003'])
    expect(severe?.params['unfixedCveIds']).toEqual(['CVE-2024-0002'])
    expect(severe?.evidence[0]?.source).toMatch(/trivy-image\.json$/)
    const rce = derived(graph, IMAGE, 'vulnerable-to-rce')
    // 0002: code-injection CWE (scanner); 0001: heap overflow reachable unauthenticated over the network; 0004: advisory text (scanner);
    // 0003 is local (AV:L) whatever its title says.
    expect(rce?.params['cveIds']).toEqual(expect.arrayContaining(['CVE-2024-0001', 'CVE-2024-0002', 'CVE-2024-0004']))
    expect(rce?.params['cveIds']).not.toContain('CVE-2024-0003')
    // The list the adapter keeps has the score but not the vector: 9.8 stands for AV:N/AC:L/PR:N/UI:N/C:H/I:H.
    expect(rce?.evidence[0]?.detail).toMatch(/CVE-2024-0001 \[cvss-(vector|score)\]/)
    expect(rce?.evidence[0]?.detail).toContain('CVE-2024-0002 [scanner]')
  })

  it('propagates the image findings to the pod, replica set and deployment that run it, naming the image', async () => {
    const graph = await analysed([{ path: '../../providers/kubernetes/__fixtures__/list-mixed.json', options: CLUSTER }, { path: `${SCANNER}trivy-image.json` }])
    for (const runner of [POD, 'k8s://prod/shop/replicaset/billing-7d9f', 'k8s://prod/shop/deployment/billing']) {
      const severe = derived(graph, runner, 'has-high-severity-vulnerabilities')
      expect(severe?.params, runner).toMatchObject({ critical: 1, high: 2, via: [IMAGE] })
      expect(severe?.evidence[0]?.detail, runner).toContain(`runs ${IMAGE}`)
      expect(derived(graph, runner, 'vulnerable-to-rce')?.params['via'], runner).toEqual([IMAGE])
    }
    // The stateful set runs postgres:16, which no report covers.
    expect(derived(graph, 'k8s://prod/shop/statefulset/db', 'has-high-severity-vulnerabilities')).toBeUndefined()
  })

  it('adds up two reports of the same image and cites both', async () => {
    const graph = await analysed([{ path: `${SCANNER}trivy-image.json` }, { path: `${SCANNER}grype.json` }])
    const image = graph.indexOf(IMAGE)!
    const ours = graph.nodeInsights(image).filter((i) => i.id === 'has-high-severity-vulnerabilities' && 'total' in i.params)
    expect(ours).toHaveLength(1)
    const sources = ours[0]!.evidence.map((e) => e.source)
    expect(sources.some((s) => s.endsWith('trivy-image.json'))).toBe(true)
    expect(sources.some((s) => s.endsWith('grype.json'))).toBe(true)
    expect(ours[0]!.params['high']).toBeGreaterThanOrEqual(2)
  })

  it('puts a VM report on the instance it names', async () => {
    const graph = await analysed([{ path: `${SCANNER}trivy-vm.json` }])
    const vm = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc1234def567890'
    expect(derived(graph, vm, 'has-high-severity-vulnerabilities')?.params).toMatchObject({ critical: 1, fixableCriticalHigh: 1 })
    expect(derived(graph, vm, 'vulnerable-to-rce')?.params['cveIds']).toEqual(['CVE-2021-44228'])
  })

  const ec2 = (name: string, privateDnsName: string, id = 'i-0123456789abcdef0'): GraphFragment['nodes'][number] => ({
    id: `arn:aws:ec2:eu-west-1:111122223333:instance/${id}`, kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', scope: 'aws://accounts/111122223333', name, props: { instanceId: id, privateDnsName, keyName: 'prod-bastion' },
  })

  it('joins a report that names a host to the one VM of that name', async () => {
    const graph = await analysed([{ path: './__fixtures__/trivy-host-critical.json' }], [{ nodes: [ec2('bastion-01', 'ip-10-0-0-5.eu-west-1.compute.internal')], edges: [] }])
    const vm = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0'
    expect(derived(graph, vm, 'vulnerable-to-rce')?.params).toMatchObject({ cveIds: ['CVE-2024-6387'], via: ['host://bastion-01'] })
    expect(derived(graph, 'host://bastion-01', 'has-high-severity-vulnerabilities')?.params).toMatchObject({ high: 1, low: 1 })
  })

  it('leaves a host unjoined when two VMs carry its name', async () => {
    const twins = { nodes: [ec2('bastion-01', 'ip-10-0-0-5.eu-west-1.compute.internal'), ec2('bastion-01', 'ip-10-0-0-6.eu-west-1.compute.internal', 'i-0fedcba9876543210')], edges: [] }
    const graph = await analysed([{ path: './__fixtures__/trivy-host-critical.json' }], [twins])
    expect(derived(graph, 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0', 'vulnerable-to-rce')).toBeUndefined()
    expect(derived(graph, 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0fedcba9876543210', 'vulnerable-to-rce')).toBeUndefined()
  })

  it('marks a local-only high finding as high severity but not as remote code execution', async () => {
    const graph = await analysed([{ path: './__fixtures__/trivy-image-local-only.json' }])
    expect(derived(graph, 'image://registry.example/report:2.0', 'has-high-severity-vulnerabilities')?.params).toMatchObject({ high: 1, medium: 1 })
    expect(derived(graph, 'image://registry.example/report:2.0', 'vulnerable-to-rce')).toBeUndefined()
  })

  it('derives the same output from the same graph', async () => {
    const builder = new GraphBuilder()
    builder.addFragment((await readFixture(fixture('../../providers/kubernetes/__fixtures__/list-mixed.json'), CLUSTER)).fragment)
    builder.addFragment((await readFixture(fixture(`${SCANNER}trivy-image.json`))).fragment)
    const { graph } = builder.build()
    expect(JSON.stringify(vulnerabilitiesAnalysis.run(graph, { options: {} }))).toBe(JSON.stringify(vulnerabilitiesAnalysis.run(graph, { options: {} })))
  })
})
