import { describe, expect, it } from 'vitest'
import type { Finding } from '../../model/finding.js'
import { smallGraph } from '../__fixtures__/small-graph.js'
import { isQueryError } from '../query-error.js'
import { runQuery } from '../query-service.js'
import type { RunOptions } from './run-query.js'

const graph = smallGraph(
  [
    { id: 'internet', family: 'internet' },
    { id: 'vm-a', family: 'vm', name: 'web-a', region: 'eu-west-1', tags: { env: 'prod', Team: 'shop' }, props: { publicIp: '203.0.113.5', ports: [{ port: 22 }, { port: 443 }], cidrs: ['0.0.0.0/0'], size: 4, imdsV1: true }, insights: [['exposed-to-internet', { ports: ['22', '8000-8100'], width: 'wide' }], 'vulnerable-to-rce'] },
    { id: 'vm-b', family: 'vm', name: 'web-b', tags: { env: 'dev' }, props: { ports: [{ port: 80 }], cidrs: ['10.0.0.0/8'], size: 2, imdsV1: false }, insights: [['exposed-to-internet', { ports: ['80'], width: 'narrow' }]] },
    { id: 'vm-c', family: 'vm', name: 'batch-c', kind: 'gcp.compute.instance', provider: 'gcp', props: { size: 8 } },
    { id: 'role-a', family: 'identity', name: 'role-a' },
    { id: 'role-b', family: 'identity', name: 'role-b' },
    { id: 'role-admin', family: 'identity', name: 'role-admin', insights: ['has-admin-permissions'] },
    { id: 'acct', family: 'account' },
    { id: 'bucket', family: 'object-storage', insights: ['contains-sensitive-data'] },
    {
      id: 'image-1',
      family: 'container-image',
      props: {
        vulnerabilities: { critical: 1, high: 0, total: 2, rce: ['CVE-2021-44228'], fixable: 1 },
        vulnerabilityList: [
          { id: 'CVE-2021-44228', severity: 'critical', rce: true, fixed: '2.17.1' },
          { id: 'CVE-2023-1', severity: 'low', rce: false },
        ],
      },
    },
    {
      id: 'image-2',
      family: 'container-image',
      props: { vulnerabilities: { critical: 0, high: 3, total: 900, rce: ['CVE-2024-9'] }, vulnerabilityListCapped: true, vulnerabilityList: [{ id: 'CVE-2024-1', severity: 'high', rce: false }] },
    },
  ],
  [
    ['internet', 'routes-traffic-to', 'vm-a', { ports: ['22'] }],
    ['internet', 'routes-traffic-to', 'vm-b'],
    ['vm-a', 'can-authenticate-as', 'role-a'],
    ['vm-b', 'can-authenticate-as', 'role-b'],
    ['role-a', 'can-assume', 'role-b'],
    ['role-b', 'can-assume', 'role-admin'],
    ['role-admin', 'has-permission-to', 'acct', { level: 'admin' }],
    ['role-a', 'has-permission-to', 'bucket', { level: 'read', actions: ['s3:GetObject'] }],
    ['role-b', 'has-permission-to', 'bucket', { level: 'write' }],
    ['vm-a', 'is-running', 'image-1'],
    ['vm-c', 'is-running', 'image-2'],
  ],
)

const ids = (text: string, findings?: readonly Finding[], strategy: RunOptions['strategy'] = 'auto'): string[] =>
  runQuery(graph, text, { strategy, ...(findings === undefined ? {} : { findings }) }).rows.map((r) => r.node.id)

describe('query/run-query', () => {
  it('starts from families and kinds and returns rows in node id order', () => {
    expect(ids('MATCH (v:vm) RETURN v')).toEqual(['vm-a', 'vm-b', 'vm-c'])
    expect(ids('MATCH (v:gcp.compute.instance|identity) RETURN v')).toEqual(['role-a', 'role-admin', 'role-b', 'vm-c'])
  })

  it('compares node fields, props and tags without coercing types', () => {
    expect(ids("MATCH (v:vm) WHERE v.name = 'web-a' RETURN v")).toEqual(['vm-a'])
    expect(ids("MATCH (v:vm) WHERE v.provider = 'gcp' RETURN v")).toEqual(['vm-c'])
    expect(ids("MATCH (v:vm) WHERE v.region = 'eu-west-1' RETURN v")).toEqual(['vm-a'])
    expect(ids('MATCH (v:vm) WHERE v.size > 2 RETURN v')).toEqual(['vm-a', 'vm-c'])
    expect(ids('MATCH (v:vm) WHERE v.size >= 2 AND v.size <= 4 RETURN v')).toEqual(['vm-a', 'vm-b'])
    expect(ids("MATCH (v:vm) WHERE v.size = '4' RETURN v")).toEqual([])
    expect(ids("MATCH (v:vm) WHERE v.tags.env = 'prod' RETURN v")).toEqual(['vm-a'])
    expect(ids("MATCH (v:vm) WHERE v.tags.team = 'shop' RETURN v")).toEqual(['vm-a'])
    expect(ids("MATCH (v:vm) WHERE v.tags.env IN ['dev', 'test'] RETURN v")).toEqual(['vm-b'])
  })

  it('searches lists element by element and treats contains as membership on lists, substring on text', () => {
    expect(ids('MATCH (v:vm) WHERE v.ports.port = 443 RETURN v')).toEqual(['vm-a'])
    expect(ids('MATCH (v:vm) WHERE v.ports.`0`.port = 80 RETURN v')).toEqual(['vm-b'])
    expect(ids("MATCH (v:vm) WHERE v.cidrs CONTAINS '0.0.0.0/0' RETURN v")).toEqual(['vm-a'])
    expect(ids("MATCH (v:vm) WHERE v.cidrs CONTAINS '0.0.0.0' RETURN v")).toEqual([])
    expect(ids("MATCH (v:vm) WHERE v.name CONTAINS 'web' RETURN v")).toEqual(['vm-a', 'vm-b'])
    expect(ids("MATCH (v:vm) WHERE v.name STARTS WITH 'batch' OR v.name ENDS WITH '-b' RETURN v")).toEqual(['vm-b', 'vm-c'])
    expect(ids("MATCH (v:vm) WHERE v.name =~ '(?i)^WEB-[AB]$' RETURN v")).toEqual(['vm-a', 'vm-b'])
  })

  it('treats missing values as false for comparisons, and ne as "present and different"', () => {
    expect(ids('MATCH (v:vm) WHERE v.imdsV1 <> true RETURN v')).toEqual(['vm-b'])
    expect(ids('MATCH (v:vm) WHERE NOT v.imdsV1 = true RETURN v')).toEqual(['vm-b', 'vm-c'])
    expect(ids('MATCH (v:vm) WHERE EXISTS(v.publicIp) RETURN v')).toEqual(['vm-a'])
    expect(ids('MATCH (v:vm) WHERE v.publicIp IS NULL RETURN v')).toEqual(['vm-b', 'vm-c'])
    expect(ids('MATCH (v:vm) WHERE EXISTS(v.tags) RETURN v')).toEqual(['vm-a', 'vm-b'])
  })

  it('matches insights with port coverage, width and other params', () => {
    expect(ids("MATCH (v:vm) WHERE HAS_INSIGHT(v, 'exposed-to-internet') RETURN v")).toEqual(['vm-a', 'vm-b'])
    expect(ids("MATCH (v:vm) WHERE HAS_INSIGHT(v, 'exposed-to-internet', {port: 8080}) RETURN v")).toEqual(['vm-a'])
    expect(ids("MATCH (v:vm) WHERE HAS_INSIGHT(v, 'exposed-to-internet', {port: [80, 3389]}) RETURN v")).toEqual(['vm-b'])
    expect(ids("MATCH (v:vm) WHERE HAS_INSIGHT(v, 'exposed-to-internet', {port: 22, width: 'narrow'}) RETURN v")).toEqual([])
    expect(ids("MATCH (v:vm) WHERE HAS_INSIGHT(v, 'exposed-to-internet', {width: 'narrow'}) RETURN v")).toEqual(['vm-b'])
  })

  it('reads vulnerabilities from the list, and from the summary when the list is capped', () => {
    expect(ids('MATCH (i:container-image) WHERE HAS_VULNERABILITY(i) RETURN i')).toEqual(['image-1', 'image-2'])
    expect(ids("MATCH (i:container-image) WHERE HAS_VULNERABILITY(i, {cve: 'cve-2021-44228'}) RETURN i")).toEqual(['image-1'])
    expect(ids("MATCH (i:container-image) WHERE HAS_VULNERABILITY(i, {severity: 'critical', rce: true, fixable: true}) RETURN i")).toEqual(['image-1'])
    expect(ids("MATCH (i:container-image) WHERE HAS_VULNERABILITY(i, {severity: 'low', rce: true}) RETURN i")).toEqual([])
    expect(ids('MATCH (i:container-image) WHERE HAS_VULNERABILITY(i, {rce: true}) RETURN i')).toEqual(['image-1', 'image-2'])
    expect(ids("MATCH (i:container-image) WHERE HAS_VULNERABILITY(i, {cve: 'CVE-2024-9'}) RETURN i")).toEqual(['image-2'])
    expect(ids("MATCH (i:container-image) WHERE HAS_VULNERABILITY(i, {severity: ['high']}) RETURN i")).toEqual(['image-2'])
  })

  it('tests recommendations against the findings passed in', () => {
    const finding = (ruleId: string, nodeId: string, severity: Finding['severity'], status: Finding['status']): Finding => ({
      id: `${ruleId}|${nodeId}`,
      ruleId,
      nodeId,
      status,
      severity,
      message: '',
      scope: '',
      details: {},
    })
    const findings = [finding('imds', 'vm-a', 'medium', 'unhealthy'), finding('imds', 'vm-b', 'medium', 'healthy'), finding('ssh', 'vm-b', 'high', 'unhealthy')]
    expect(ids('MATCH (v:vm) WHERE HAS_RECOMMENDATION(v) RETURN v', findings)).toEqual(['vm-a', 'vm-b'])
    expect(ids("MATCH (v:vm) WHERE HAS_RECOMMENDATION(v, {rule: 'imds'}) RETURN v", findings)).toEqual(['vm-a'])
    expect(ids("MATCH (v:vm) WHERE HAS_RECOMMENDATION(v, {severity: ['high', 'critical']}) RETURN v", findings)).toEqual(['vm-b'])
    expect(ids("MATCH (v:vm) WHERE HAS_RECOMMENDATION(v, {rule: 'imds', status: 'healthy'}) RETURN v", findings)).toEqual(['vm-b'])
    expect(ids('MATCH (v:vm) WHERE HAS_RECOMMENDATION(v) RETURN v')).toEqual([])
  })

  it('follows connections in either direction with edge filters and returns the matched sub-path', () => {
    const result = runQuery(graph, "MATCH (:internet)-[:routes-traffic-to]->(v:vm)-[:can-authenticate-as]->(r)-[p:has-permission-to]->(b:object-storage) WHERE p.level = 'read' RETURN v")
    expect(result.rows.map((r) => r.node.id)).toEqual(['vm-a'])
    expect(result.rows[0]!.match).toEqual(
      expect.arrayContaining([
        { from: 'internet', kind: 'routes-traffic-to', to: 'vm-a' },
        { from: 'vm-a', kind: 'can-authenticate-as', to: 'role-a' },
        { from: 'role-a', kind: 'has-permission-to', to: 'bucket' },
      ]),
    )
    expect(result.rows[0]!.match).toHaveLength(3)
    expect(ids("MATCH (v:vm)-[:can-authenticate-as]->()-[:has-permission-to {level: 'write'}]->(:object-storage) RETURN v")).toEqual(['vm-b'])
    expect(ids('MATCH (b:object-storage)<-[:has-permission-to]-(:identity)<-[:can-authenticate-as]-(v:vm) RETURN b')).toEqual(['bucket'])
    expect(ids("MATCH (r:identity)-[:can-assume]-(o:identity) WHERE o.name = 'role-b' RETURN r")).toEqual(['role-a', 'role-admin'])
  })

  for (const strategy of ['forward', 'backward'] as const) {
    describe(`${strategy} plan`, () => {
      const idsWith = (text: string): string[] => ids(text, undefined, strategy)

      it('walks hop ranges, including zero hops, and records the whole walk', () => {
        expect(idsWith("MATCH (r:identity)-[:can-assume*1..2]->(a) WHERE HAS_INSIGHT(a, 'has-admin-permissions') RETURN r")).toEqual(['role-a', 'role-b'])
        expect(idsWith("MATCH (r:identity)-[:can-assume*0..2]->(a) WHERE HAS_INSIGHT(a, 'has-admin-permissions') RETURN r")).toEqual(['role-a', 'role-admin', 'role-b'])
        expect(idsWith("MATCH (r:identity)-[:can-assume*2]->(a) WHERE HAS_INSIGHT(a, 'has-admin-permissions') RETURN r")).toEqual(['role-a'])
        const walk = runQuery(graph, "MATCH (v:vm)-[:can-authenticate-as]->()-[:can-assume*1..3]->(a) WHERE HAS_INSIGHT(a, 'has-admin-permissions') RETURN v", { strategy })
        expect(walk.rows.map((r) => r.node.id)).toEqual(['vm-a', 'vm-b'])
        expect(walk.rows[0]!.match.map((m) => `${m.from}>${m.to}`)).toEqual(['vm-a>role-a', 'role-a>role-b', 'role-b>role-admin'])
      })

      it('answers nested multi-hop connections and conditions beside them', () => {
        expect(idsWith("MATCH (v:vm)-[:can-authenticate-as]->(r:identity)-[:can-assume*0..3]->(:identity)-[:has-permission-to]->(:account) WHERE r.name <> 'role-a' RETURN v")).toEqual(['vm-b'])
        expect(idsWith("MATCH (v:vm)-[:can-authenticate-as*1..2]->(:identity)-[:can-assume*0..3]->(:identity)-[:has-permission-to {level: 'read'}]->(:object-storage) RETURN v")).toEqual(['vm-a'])
        expect(idsWith("MATCH (v:vm)-[:can-authenticate-as*1..2]->(:identity)-[:can-assume*1..3]->(a) WHERE v.name = 'web-b' AND HAS_INSIGHT(a, 'has-admin-permissions') RETURN v")).toEqual(['vm-b'])
        expect(idsWith("MATCH (v:vm) WHERE NOT EXISTS { (v)-[:can-authenticate-as]->()-[:can-assume*1..2]->(:identity) } RETURN v")).toEqual(['vm-c'])
      })

      it('matches walks, which may revisit nodes and the start itself', () => {
        expect(idsWith("MATCH (r:identity)-[:can-assume*2]-(x) WHERE x.name = 'role-a' RETURN r")).toEqual(['role-a', 'role-admin'])
        expect(idsWith("MATCH (r:identity)-[:can-assume*3]-(x) WHERE x.name = 'role-a' RETURN r")).toEqual(['role-b'])
      })
    })
  }

  it('negates and combines connections: OR records only the branch that held, NOT records nothing', () => {
    expect(ids('MATCH (v:vm) WHERE NOT EXISTS { (v)-[:can-authenticate-as]->(:identity) } RETURN v')).toEqual(['vm-c'])
    const either = runQuery(graph, "MATCH (v:vm) WHERE EXISTS { (v)-[:is-running]->(i) WHERE HAS_VULNERABILITY(i, {rce: true}) } OR v.name = 'web-b' RETURN v")
    expect(either.rows.map((r) => [r.node.id, r.match.length])).toEqual([['vm-a', 1], ['vm-b', 0], ['vm-c', 1]])
  })

  it('starts from the smallest index: insights, tags, or nodes reaching a small target set', () => {
    expect(runQuery(graph, "MATCH (v) WHERE HAS_INSIGHT(v, 'vulnerable-to-rce') RETURN v").stats.start).toBe('insight vulnerable-to-rce')
    expect(runQuery(graph, "MATCH (v) WHERE v.tags.env = 'dev' RETURN v").stats.start).toBe('tag env=dev')
    const seeded = runQuery(graph, 'MATCH (:internet)-[:routes-traffic-to]->(v) RETURN v')
    expect(seeded.stats.start).toMatch(/^nodes reaching family internet/)
    expect(seeded.rows.map((r) => r.node.id)).toEqual(['vm-a', 'vm-b'])
    expect(runQuery(graph, 'MATCH (v:vm) RETURN v').stats.start).toBe('family vm')
  })

  it('answers large start sets with multi-hop connections backwards, and says so', () => {
    const many = smallGraph(
      [
        ...Array.from({ length: 1_500 }, (_, i) => ({ id: `vm-${String(i).padStart(4, '0')}`, family: 'vm' as const })),
        ...Array.from({ length: 1_200 }, (_, i) => ({ id: `role-${i}`, family: 'identity' as const })),
        // Many of each: no short backward walk seeds the start set, so 1,500 vms are the candidates.
        ...Array.from({ length: 1_200 }, (_, i) => ({ id: i === 0 ? 'vault' : `vault-${i}`, family: 'secret-store' as const })),
      ],
      [
        ...Array.from({ length: 1_500 }, (_, i): [string, 'can-authenticate-as', string] => [`vm-${String(i).padStart(4, '0')}`, 'can-authenticate-as', `role-${i % 1_200}`]),
        ['role-0', 'can-assume', 'role-1'],
        ['role-1', 'has-permission-to', 'vault'],
      ],
    )
    const text = 'MATCH (v:vm)-[:can-authenticate-as*1..2]->(:identity)-[:can-assume*0..3]->(:identity)-[:has-permission-to]->(:secret-store) RETURN v'
    const auto = runQuery(many, text)
    expect(auto.stats.start).toBe('backward from the targets of can-authenticate-as')
    expect(auto.rows.map((r) => r.node.id)).toEqual(['vm-0000', 'vm-0001', 'vm-1200', 'vm-1201'])
    expect(auto.rows[0]!.match.map((m) => `${m.from}>${m.to}`)).toEqual(['vm-0000>role-0', 'role-0>role-1', 'role-1>vault'])
    const forward = runQuery(many, text, { strategy: 'forward' })
    expect(forward.stats.start).toBe('family vm')
    expect(forward.rows).toEqual(auto.rows)
  })

  it('counts every match but returns at most maxRows rows (LIMIT only lowers it)', () => {
    const limited = runQuery(graph, 'MATCH (n) RETURN n', { limits: { maxRows: 2 } })
    expect(limited.total).toBe(graph.nodeCount)
    expect(limited.truncated).toBe(true)
    expect(limited.rows).toHaveLength(2)
    expect(runQuery(graph, 'MATCH (n) RETURN n LIMIT 3').rows).toHaveLength(3)
    expect(runQuery(graph, 'MATCH (n) RETURN n LIMIT 5', { limits: { maxRows: 1 } }).rows).toHaveLength(1)
  })

  it('returns the smallest node ids first whatever order the graph holds them in', () => {
    const names = Array.from({ length: 200 }, (_, i) => `n${String(i).padStart(3, '0')}`)
    const shuffled = names.map((_, i) => names[(i * 37) % 200]!)
    const unordered = smallGraph(shuffled.map((id) => ({ id, family: 'vm' as const })))
    for (const maxRows of [10, 100, 500]) {
      const result = runQuery(unordered, 'MATCH (n:vm) RETURN n', { limits: { maxRows } })
      expect(result.total).toBe(200)
      expect(result.rows.map((r) => r.node.id)).toEqual(names.slice(0, maxRows))
    }
  })

  it('refuses hop ranges above maxHops before running', () => {
    const error = (() => {
      try {
        runQuery(graph, 'MATCH (r:identity)-[:can-assume*1..5]->(a) RETURN r', { limits: { maxHops: 3 } })
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(isQueryError(error) && error.queryCode).toBe('SKY_QUERY_LIMIT')
    expect(String((error as Error).message)).toMatch(/'can-assume' connection walks up to 5 hops; the limit is 3/)
  })

  it('stops with a clear message when the time or the traversal budget runs out', () => {
    let now = 0
    const clock = (): number => (now += 1_000)
    const big = smallGraph(Array.from({ length: 5_000 }, (_, i) => ({ id: `n${i}`, family: 'vm' as const })))
    expect(() => runQuery(big, 'MATCH (n:vm) RETURN n', { limits: { timeoutMs: 10 }, now: clock })).toThrow(/ran longer than 10 ms \(limit timeoutMs\) after testing \d+ of 5000 candidate nodes/)
    expect(() => runQuery(big, 'MATCH (n:vm) RETURN n', { limits: { maxEdgeVisits: 100 } })).toThrow(/walked more than 100 edges/)
  })
})
