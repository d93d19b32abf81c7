import { describe, expect, it } from 'vitest'
import { ConditionGroupNode } from './ast/condition-group-node.js'
import { ConnectionConditionNode } from './ast/connection-condition-node.js'
import { DatasourceNode } from './ast/datasource-node.js'
import { FamilySourceNode } from './ast/family-source-node.js'
import { PropertyConditionNode } from './ast/property-condition-node.js'
import { isQueryError } from './query-error.js'
import { checkQuery, validateQuery } from './validate-query.js'

/** The reference system's share-link example (defender-cspm.md §2.2), with our vocabulary's names. */
const REFERENCE_SHAPED = {
  type: 'securitygraphquery',
  version: 1,
  properties: {
    source: {
      type: 'datasource',
      properties: {
        sources: [{ type: 'entity', properties: { source: 'k8s.pod' } }],
        conditions: {
          type: 'conditiongroup',
          properties: {
            operator: 'and',
            conditions: [
              {
                type: 'connection',
                properties: {
                  name: 'contains',
                  direction: 'outgoing',
                  target: {
                    type: 'datasource',
                    properties: {
                      sources: [{ type: 'family', properties: { source: 'secret' } }],
                      conditions: {
                        type: 'conditiongroup',
                        properties: {
                          operator: 'and',
                          conditions: [
                            {
                              type: 'connection',
                              properties: {
                                name: 'can-authenticate-to',
                                direction: 'outgoing',
                                target: {
                                  type: 'datasource',
                                  properties: {
                                    sources: [
                                      { type: 'family', properties: { source: 'managed-database' } },
                                      { type: 'family', properties: { source: 'object-storage' } },
                                    ],
                                  },
                                },
                              },
                            },
                          ],
                        },
                      },
                    },
                  },
                },
              },
            ],
          },
        },
      },
    },
  },
}

function issues(input: unknown): { path: string; message: string }[] {
  const result = checkQuery(input)
  return result.ok ? [] : [...result.issues]
}

describe('query/validate-query', () => {
  it('accepts the reference share-link shape and returns the canonical AST', () => {
    const query = validateQuery(REFERENCE_SHAPED)
    expect(query.properties.source.properties.conditions!.properties.conditions[0]).toEqual(
      ConnectionConditionNode.create({
        name: 'contains',
        direction: 'outgoing',
        target: DatasourceNode.create(
          [FamilySourceNode.create('secret')],
          ConnectionConditionNode.create({
            name: 'can-authenticate-to',
            direction: 'outgoing',
            target: DatasourceNode.create([FamilySourceNode.create('managed-database'), FamilySourceNode.create('object-storage')]),
          }),
        ),
      }),
    )
    expect(Object.isFrozen(query)).toBe(true)
    expect(Object.isFrozen(query.properties.source.properties.sources)).toBe(true)
  })

  it('canonicalises groups: nested same-operator groups splice, lone members stand for themselves', () => {
    const leaf = { type: 'property', properties: { path: ['name'], operator: 'exists' } }
    const nested = {
      type: 'securitygraphquery',
      version: 1,
      properties: {
        source: {
          type: 'datasource',
          properties: {
            sources: [],
            conditions: { type: 'conditiongroup', properties: { operator: 'or', conditions: [{ type: 'conditiongroup', properties: { operator: 'and', conditions: [leaf, { type: 'conditiongroup', properties: { operator: 'and', conditions: [leaf] } }] } }] } },
          },
        },
      },
    }
    const query = validateQuery(nested)
    const exists = PropertyConditionNode.create(['name'], 'exists')
    expect(query.properties.source.properties.conditions).toEqual(ConditionGroupNode.and(exists, exists))
    expect(query.properties.source.properties.conditions!.properties.conditions).toHaveLength(2)
  })

  it('reports every problem with its JSON path and a suggestion', () => {
    const bad = structuredClone(REFERENCE_SHAPED)
    const source = bad.properties.source.properties
    source.sources[0]!.properties.source = 'k8s.podd'
    const connection = source.conditions.properties.conditions[0]!.properties
    connection.name = 'contain'
    connection.target.properties.sources[0]!.properties.source = 'secrets'
    ;(connection as { maxHops?: number }).maxHops = 40
    expect(issues(bad)).toEqual([
      { path: '$.properties.source.properties.sources[0].properties.source', message: "unknown node kind 'k8s.podd' (did you mean 'k8s.pod'?)" },
      { path: '$.properties.source.properties.conditions.properties.conditions[0].properties.name', message: "unknown edge kind 'contain' (did you mean 'contains'?)" },
      { path: '$.properties.source.properties.conditions.properties.conditions[0].properties.maxHops', message: 'maxHops 40 is above the bound of 16' },
      {
        path: '$.properties.source.properties.conditions.properties.conditions[0].properties.target.properties.sources[0].properties.source',
        message: "unknown family 'secrets' (did you mean 'secret'?)",
      },
    ])
  })

  it('checks values against operators, insight params, severities and edge filters', () => {
    const query = (conditions: unknown[]) => ({
      type: 'securitygraphquery',
      version: 1,
      properties: { source: { type: 'datasource', properties: { sources: [], conditions: { type: 'conditiongroup', properties: { operator: 'and', conditions } } } } },
    })
    const at = (i: number, rest = '') => `$.properties.source.properties.conditions.properties.conditions[${i}]${rest}`
    expect(
      issues(
        query([
          { type: 'property', properties: { path: ['props', 'x'], operator: 'in', value: 3 } },
          { type: 'property', properties: { path: ['tags', 'a', 'b'], operator: 'exists' } },
          { type: 'property', properties: { path: ['config'], operator: 'eq', value: 1 } },
          { type: 'property', properties: { path: ['name'], operator: 'regex', value: '(a*)*' } },
          { type: 'insight', properties: { id: 'exposed-to-internet', params: { port: 'https', width: 'all' } } },
          { type: 'recommendation', properties: { severities: ['urgent'], status: 'broken' } },
          { type: 'conditiongroup', properties: { operator: 'not', conditions: [] } },
          { type: 'connection', properties: { name: 'contains', direction: 'outgoing', minHops: 3, maxHops: 2, edge: { type: 'insight', properties: { id: 'no-mfa' } }, target: { type: 'datasource', properties: { sources: [] } } } },
        ]),
      ),
    ).toEqual([
      { path: at(0, '.properties.value'), message: "'in' needs a non-empty list of values" },
      { path: at(1, '.properties.path'), message: "tags are a flat map: use ['tags', '<key>']" },
      { path: at(2, '.properties.path'), message: "property path must start with 'id', 'kind', 'family', 'provider', 'scope', 'name', 'region', 'props', 'tags', not 'config'" },
      { path: at(3, '.properties.value'), message: 'regular expression has a nested quantifier or back-reference, which can take exponential time; simplify it' },
      { path: at(4, '.properties.params.port'), message: "insight param 'port' must be a port number 0–65535 (or a list of them)" },
      { path: at(4, '.properties.params.width'), message: "insight param 'width' is 'wide' or 'narrow'" },
      { path: at(5, '.properties.severities[0]'), message: "unknown severity 'urgent' (one of low, medium, high, critical)" },
      { path: at(5, '.properties.status'), message: "unknown finding status 'broken' (one of healthy, unhealthy, not-applicable, unknown, error)" },
      { path: at(6, '.properties.conditions'), message: "'not' group has no conditions" },
      { path: at(7, '.properties.minHops'), message: 'minHops 3 is greater than maxHops 2' },
      { path: at(7, '.properties.edge'), message: "an edge filter may only test edge properties, not 'insight'" },
    ])
  })

  it('reports structural errors from the schema with their paths', () => {
    expect(issues({ type: 'securitygraphquery', version: 2, properties: {} })).toEqual([
      { path: '$.version', message: 'Invalid input: expected 1' },
      { path: '$.properties.source', message: 'Invalid input: expected object, received undefined' },
    ])
    expect(issues({ type: 'securitygraphquery', version: 1, properties: { source: { type: 'datasource', properties: { sources: [], extra: 1 } } } })[0]!.message).toMatch(/Unrecognized key/)
  })

  it('refuses deep nesting before parsing it, and throws one QueryError naming the first problem', () => {
    let deep: unknown = { type: 'property', properties: { path: ['name'], operator: 'exists' } }
    for (let i = 0; i < 100; i++) deep = { type: 'conditiongroup', properties: { operator: 'not', conditions: [deep] } }
    expect(issues({ type: 'securitygraphquery', version: 1, properties: { source: { type: 'datasource', properties: { sources: [], conditions: deep } } } })).toEqual([
      { path: '$', message: 'the query nests deeper than 64 levels' },
    ])
    try {
      validateQuery({ type: 'nope' })
      expect.unreachable()
    } catch (error) {
      expect(isQueryError(error) && error.queryCode).toBe('SKY_QUERY_INVALID')
      expect((error as Error).message).toMatch(/^invalid query at \$\.type: /)
    }
  })
})
