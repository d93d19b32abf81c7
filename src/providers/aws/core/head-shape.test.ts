import { describe, expect, it } from 'vitest'
import { headShape } from './head-shape.js'

describe('head-shape', () => {
  it('lists top-level keys, string values and first-item keys of a cut-off document', () => {
    const text = '{"fileVersion":"1.0","configSnapshotId":"x","configurationItems":[{"resourceType":"AWS::EC2::VPC","nested":{"a":1}},{"resourceTy'
    const shape = headShape(text)
    expect(shape.root).toBe('object')
    expect([...shape.keys]).toEqual(['fileVersion', 'configSnapshotId', 'configurationItems'])
    expect(shape.values.get('fileVersion')).toBe('1.0')
    expect(shape.firstItemType.get('configurationItems')).toBe('object')
    expect([...(shape.firstItemKeys.get('configurationItems') ?? [])]).toEqual(['resourceType', 'nested'])
    expect(shape.trailing).toBe(false)
  })

  it('sees the keys of top-level object values and the type of first array elements', () => {
    const shape = headShape('{"cluster":{"name":"c","resourcesVpcConfig":{"x":[1]}},"Results":["{\\"a\\":1}"]}')
    expect([...(shape.childKeys.get('cluster') ?? [])]).toEqual(['name', 'resourcesVpcConfig'])
    expect(shape.firstItemType.get('Results')).toBe('string')
  })

  it('describes a root array and notices text after the first value (JSON lines)', () => {
    expect(headShape('[{"resourceType":"AWS::S3::Bucket"}]').firstItemKeys.get('')?.has('resourceType')).toBe(true)
    expect(headShape('{"a":1}\n{"a":2}\n').trailing).toBe(true)
    expect(headShape('  ').root).toBe('other')
    expect(headShape('apiVersion: v1').root).toBe('other')
  })

  it('outlines only the first element of an array, and still sees the keys after a long array', () => {
    const items = Array.from({ length: 2000 }, (_, i) => `{"resourceType":"AWS::S3::Bucket","n":${i},"q":"a \\" ] } [ b","deep":[[1],{"x":[2]}]}`)
    const shape = headShape(`{"configurationItems":[${items.join(',')}],"fileVersion":"1.0","IsTruncated":false}`)
    expect([...shape.keys]).toEqual(['configurationItems', 'fileVersion', 'IsTruncated'])
    expect(shape.values.get('fileVersion')).toBe('1.0')
    expect([...(shape.firstItemKeys.get('configurationItems') ?? [])]).toEqual(['resourceType', 'n', 'q', 'deep'])
    expect(shape.trailing).toBe(false)
  })
})
