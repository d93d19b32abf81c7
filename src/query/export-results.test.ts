import { describe, expect, it } from 'vitest'
import { smallGraph } from './__fixtures__/small-graph.js'
import { resultsToCsv, resultsToJson } from './export-results.js'
import { runQuery } from './query-service.js'

const graph = smallGraph(
  [
    { id: 'internet', family: 'internet' },
    { id: 'vm-1', family: 'vm', name: '=HYPERLINK("http://x")', insights: [['exposed-to-internet', { ports: ['22'], width: 'wide' }]] },
    { id: 'vm-2', family: 'vm', name: 'plain, "quoted"\nname' },
  ],
  [['internet', 'routes-traffic-to', 'vm-1']],
)

describe('query/export-results', () => {
  it('prints the JSON contract: total, truncated and rows of node and matched path', () => {
    const json = resultsToJson(runQuery(graph, 'MATCH (:internet)-[:routes-traffic-to]->(v:vm) RETURN v'))
    expect(json).toEqual({
      total: 1,
      truncated: false,
      rows: [
        {
          node: { id: 'vm-1', kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', name: '=HYPERLINK("http://x")' },
          match: [{ from: 'internet', kind: 'routes-traffic-to', to: 'vm-1' }],
        },
      ],
    })
  })

  it('writes RFC 4180 CSV with insights as JSON and defuses spreadsheet formulas', () => {
    const csv = resultsToCsv(runQuery(graph, 'MATCH (v:vm) RETURN v'), graph)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('id,kind,family,provider,name,match,insights')
    expect(lines[1]).toBe(`vm-1,aws.ec2.instance,vm,aws,"'=HYPERLINK(""http://x"")",,"[{""id"":""exposed-to-internet"",""params"":{""ports"":[""22""],""width"":""wide""}}]"`)
    expect(csv).toContain('vm-2,aws.ec2.instance,vm,aws,"plain, ""quoted""\nname",,[]')
    expect(csv.endsWith('\r\n')).toBe(true)
    const withPath = resultsToCsv(runQuery(graph, 'MATCH (v:vm)<-[:routes-traffic-to]-(:internet) RETURN v'))
    expect(withPath.split('\r\n')[1]).toBe(`vm-1,aws.ec2.instance,vm,aws,"'=HYPERLINK(""http://x"")",internet -routes-traffic-to-> vm-1,`)
  })
})
