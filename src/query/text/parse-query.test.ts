import { describe, expect, it } from 'vitest'
import { ConditionGroupNode } from '../ast/condition-group-node.js'
import { ConnectionConditionNode } from '../ast/connection-condition-node.js'
import { DatasourceNode } from '../ast/datasource-node.js'
import { EntitySourceNode } from '../ast/entity-source-node.js'
import { FamilySourceNode } from '../ast/family-source-node.js'
import { InsightConditionNode } from '../ast/insight-condition-node.js'
import { PropertyConditionNode } from '../ast/property-condition-node.js'
import { QueryNode } from '../ast/query-node.js'
import { RecommendationConditionNode } from '../ast/recommendation-condition-node.js'
import { VulnerabilityConditionNode } from '../ast/vulnerability-condition-node.js'
import { isQueryError } from '../query-error.js'
import type { QueryError } from '../query-error.js'
import { parseQueryText } from './parse-query.js'

function failure(text: string): QueryError {
  try {
    parseQueryText(text)
  } catch (error) {
    if (isQueryError(error)) return error
    throw error
  }
  throw new Error(`expected ${text} to fail`)
}

const prop = (path: string[], operator: Parameters<typeof PropertyConditionNode.create>[1], value?: Parameters<typeof PropertyConditionNode.create>[2]) =>
  PropertyConditionNode.create(path, operator, value)

describe('query/parse-query', () => {
  it('compiles the seed example: pattern nodes become connections of the returned variable', () => {
    const { query } = parseQueryText('MATCH (:internet)-[:routes-traffic-to]->(c:k8s-cluster) WHERE c.rbacEnabled = false RETURN c')
    expect(query).toEqual(
      QueryNode.create(
        DatasourceNode.create(
          [FamilySourceNode.create('k8s-cluster')],
          ConditionGroupNode.and(
            prop(['props', 'rbacEnabled'], 'eq', false),
            ConnectionConditionNode.create({
              name: 'routes-traffic-to',
              direction: 'incoming',
              target: DatasourceNode.create([FamilySourceNode.create('internet')]),
            }),
          ),
        ),
      ),
    )
  })

  it('reads labels as families or kinds, edge kinds, hop ranges, property maps and relationship filters', () => {
    const { query, limit } = parseQueryText(`
      match (v:vm|aws.ec2.instance {env: 'prod'})-[:can-authenticate-as|can-assume*1..3]->(i)
            -[p:has-permission-to {level: 'admin'}]->(a:account)
      where p.actions CONTAINS 'iam:*'
      return distinct v limit 20;`)
    expect(limit).toBe(20)
    const source = query.properties.source
    expect(source.properties.sources).toEqual([FamilySourceNode.create('vm'), EntitySourceNode.create('aws.ec2.instance')])
    const [env, identity] = source.properties.conditions!.properties.conditions
    expect(env).toEqual(prop(['props', 'env'], 'eq', 'prod'))
    expect(identity).toEqual(
      ConnectionConditionNode.create({
        name: ['can-authenticate-as', 'can-assume'],
        direction: 'outgoing',
        minHops: 1,
        maxHops: 3,
        target: DatasourceNode.create(
          [],
          ConnectionConditionNode.create({
            name: 'has-permission-to',
            direction: 'outgoing',
            edge: ConditionGroupNode.and(prop(['props', 'level'], 'eq', 'admin'), prop(['props', 'actions'], 'contains', 'iam:*')),
            target: DatasourceNode.create([FamilySourceNode.create('account')]),
          }),
        ),
      }),
    )
  })

  it('maps property references: node fields, tags, props shorthand and quoted names', () => {
    const conditions = (where: string) => parseQueryText(`MATCH (n) WHERE ${where} RETURN n`).query.properties.source.properties.conditions!.properties.conditions
    expect(conditions('n.name = 1')).toEqual([prop(['name'], 'eq', 1)])
    expect(conditions("n.tags.`app.kubernetes.io/name` = 'x'")).toEqual([prop(['tags', 'app.kubernetes.io/name'], 'eq', 'x')])
    expect(conditions('n.tags.data-classification = 1')).toEqual([prop(['tags', 'data-classification'], 'eq', 1)])
    expect(conditions('n.props.name = 1')).toEqual([prop(['props', 'name'], 'eq', 1)])
    expect(conditions('n.config.a.`0`.b >= -2.5e3')).toEqual([prop(['props', 'config', 'a', '0', 'b'], 'gte', -2500)])
    expect(conditions('n.x<-1')).toEqual([prop(['props', 'x'], 'lt', -1)])
    expect(conditions("n.x =~ '^a\\\\d'")).toEqual([prop(['props', 'x'], 'regex', '^a\\d')])
  })

  it('compiles every operator, IS [NOT] NULL and the three functions', () => {
    const { query } = parseQueryText(`MATCH (n)
      WHERE n.a <> 1 AND n.b != 2 AND n.c IN [1, 'x', null] AND n.d STARTS WITH 'p' AND n.e ENDS WITH 's'
        AND n.f IS NOT NULL AND n.g IS NULL
        AND HAS_INSIGHT(n, 'exposed-to-internet', {port: 443, width: 'wide'})
        AND has_recommendation(n, {rule: ['r1', 'r2'], severity: 'high', status: 'healthy'})
        AND Has_Vulnerability(n, {cve: 'cve-2021-44228', severity: ['critical'], rce: true, fixable: false})
      RETURN n`)
    expect(query.properties.source.properties.conditions!.properties.conditions).toEqual([
      prop(['props', 'a'], 'ne', 1),
      prop(['props', 'b'], 'ne', 2),
      prop(['props', 'c'], 'in', [1, 'x', null]),
      prop(['props', 'd'], 'startswith', 'p'),
      prop(['props', 'e'], 'endswith', 's'),
      prop(['props', 'f'], 'exists'),
      ConditionGroupNode.not(prop(['props', 'g'], 'exists')),
      InsightConditionNode.create('exposed-to-internet', { width: 'wide', port: 443 }),
      RecommendationConditionNode.create({ ruleIds: ['r1', 'r2'], severities: ['high'], status: 'healthy' }),
      VulnerabilityConditionNode.create({ cves: ['CVE-2021-44228'], severities: ['critical'], rce: true, fixable: false }),
    ])
  })

  it('keeps AND/OR/NOT precedence and nests EXISTS blocks', () => {
    const { query } = parseQueryText(`MATCH (c:k8s-cluster)
      WHERE c.a = 1 OR c.b = 2 AND NOT c.c = 3
        OR EXISTS { (c)-[:contains]->(ns:k8s-namespace)-[:contains]->(s:k8s-service) WHERE s.type = 'LoadBalancer' AND NOT EXISTS { (s)-[:protected-by]->(:network-security-group) } }
      RETURN c`)
    const group = query.properties.source.properties.conditions!
    expect(group.properties.operator).toBe('or')
    expect(group.properties.conditions[1]).toEqual(ConditionGroupNode.and(prop(['props', 'b'], 'eq', 2), ConditionGroupNode.not(prop(['props', 'c'], 'eq', 3))))
    const exists = group.properties.conditions[2]!
    expect(exists.type).toBe('connection')
  })

  it('files each WHERE conjunct under the variable it mentions, wherever that is in the pattern', () => {
    const a = parseQueryText("MATCH (v:vm)-[:can-authenticate-as]->(i:identity) WHERE HAS_INSIGHT(i, 'has-admin-permissions') AND v.x = 1 RETURN v").query
    const b = parseQueryText("MATCH (v:vm) WHERE v.x = 1 AND EXISTS { (v)-[:can-authenticate-as]->(i:identity) WHERE HAS_INSIGHT(i, 'has-admin-permissions') } RETURN v").query
    expect(a).toEqual(b)
    const c = parseQueryText("MATCH (i:identity)<-[:can-authenticate-as]-(v:vm) WHERE HAS_INSIGHT(i, 'has-admin-permissions') AND v.x = 1 RETURN v").query
    expect(c).toEqual(a)
  })

  it('reports syntax errors with line, column and a caret under the offending text', () => {
    const error = failure('MATCH (c:k8s-cluster)\nWHERE c.rbacEnabled = = false\nRETURN c')
    expect(error.queryCode).toBe('SKY_QUERY_SYNTAX')
    expect(error.position).toMatchObject({ line: 2, column: 23 })
    expect(error.message).toBe("line 2, column 23: expected a value (string, number, true, false, null or a list) but found '='")
    expect(error.excerpt).toBe('2 | WHERE c.rbacEnabled = = false\n                          ^')
  })

  it.each([
    ['', /the query is empty/],
    ['MATCH (c:vm RETURN c', /expected '\)' to close the node pattern but found 'RETURN'/],
    ["MATCH (c) WHERE c.name = 'x RETURN c", /string is not closed/],
    ['MATCH (c) WHERE c.x = 1', /expected RETURN after the conditions but found the end of the query/],
    ['MATCH (c)-->(d) RETURN c', /expected '\[' with the edge kind/],
    ['MATCH (c)<-[:contains]->(d) RETURN c', /points one way/],
    ['MATCH (c:vm:function) RETURN c', /one label list/],
    ['MATCH (match) RETURN match', /keyword MATCH/],
    ['MATCH (c) WHERE c.x XOR c.y RETURN c', /expected a comparison/],
    ['MATCH (c) WHERE c = 1 RETURN c', /expected '\.' and a property after 'c'/],
    ['MATCH (c) WHERE FOO(c) RETURN c', /unknown function FOO/],
    ['MATCH (c) RETURN c, d', /RETURN takes one variable/],
    ['MATCH (c) RETURN c extra', /unexpected 'extra' after the end of the query/],
    ['MATCH (c) WHERE c.x = 12abc RETURN c', /'12a' is not a number or a name/],
    ['MATCH (c) WHERE c.x = # RETURN c', /unexpected character '#'/],
    ["MATCH (c) WHERE c.x = 'a\\q' RETURN c", /unknown escape \\q/],
    ['MATCH (c) /* never closed', /comment is not closed/],
  ])('syntax error for %j', (text, message) => {
    const error = failure(text)
    expect(error.queryCode).toBe('SKY_QUERY_SYNTAX')
    expect(error.message).toMatch(message)
    expect(error.position).toBeDefined()
  })

  it.each([
    ['MATCH (c:k8s-clustr) RETURN c', /unknown family 'k8s-clustr' \(did you mean 'k8s-cluster'\?\)/, 1, 10],
    ['MATCH (c:aws.ec2.instanse) RETURN c', /unknown node kind 'aws.ec2.instanse' \(did you mean 'aws.ec2.instance'\?\)/, 1, 10],
    ['MATCH (c)-[:routes-trafic-to]->(d) RETURN c', /unknown edge kind 'routes-trafic-to' \(did you mean 'routes-traffic-to'\?\)/, 1, 13],
    ["MATCH (c) WHERE HAS_INSIGHT(c, 'exposed') RETURN c", /unknown insight 'exposed'/, 1, 32],
    ["MATCH (c) WHERE HAS_INSIGHT(c, 'exposed-to-internet', {port: 70000}) RETURN c", /'port' must be a port number/, 1, 62],
    ["MATCH (c) WHERE c.x =~ '(a+)+$' RETURN c", /nested quantifier/, 1, 24],
    ["MATCH (c) WHERE c.x =~ '[' RETURN c", /invalid regular expression/, 1, 24],
    ['MATCH (c) WHERE c.x IN [] RETURN c', /'in' needs a non-empty list/, 1, 24],
    ['MATCH (c) WHERE c.name.first = 1 RETURN c', /'name' is a text field/, 1, 24],
    ['MATCH (c)\nWHERE d.x = 1 RETURN c', /'d' is not defined/, 2, 7],
    ['MATCH (c)-[:contains]->(d) WHERE c.x = 1 OR d.y = 2 RETURN c', /mentions 'c' and 'd'/, 1, 34],
    ['MATCH (c)-[:contains]->(d), (d)-[:contains]->(c) RETURN c', /cycle/, 1, 32],
    ['MATCH (c), (d) RETURN c', /is not connected to 'c'/, 1, 12],
    ['MATCH (c)-[:contains*3..1]->(d) RETURN c', /hop range \*3..1 is empty/, 1, 21],
    ['MATCH (c)-[r:contains]->(d) RETURN r', /'r' is a relationship/, 1, 36],
    ['MATCH (c) WHERE EXISTS { (c)-[:contains]->(d) WHERE c.x = 1 } RETURN c', /'c' is defined outside this EXISTS block/, 1, 53],
    ["MATCH (c)-[r:contains]->(d) WHERE HAS_INSIGHT(r, 'no-mfa') RETURN c", /tests a node, not a relationship/, 1, 35],
    ["MATCH (c) WHERE HAS_VULNERABILITY(c, {severity: 'urgent'}) RETURN c", /unknown severity 'urgent'/, 1, 49],
  ])('invalid query %j', (text, message, line, column) => {
    const error = failure(text)
    expect(error.queryCode).toBe('SKY_QUERY_INVALID')
    expect(error.message).toMatch(message)
    expect(error.position).toMatchObject({ line, column })
    expect(error.excerpt).toContain('^')
  })
})
