import { describe, expect, it } from 'vitest'
import { arr, bool, field, num, obj, strings } from './json.js'

describe('json', () => {
  it('finds a field under camelCase or PascalCase', () => {
    expect(field({ RoleArn: 'a' }, 'roleArn')).toBe('a')
    expect(field({ roleArn: 'b' }, 'RoleArn')).toBe('b')
    expect(field({ x: null, y: 1 }, 'x', 'y')).toBe(1)
  })

  it('reads numbers and booleans that arrive as strings', () => {
    expect(num({ port: '443' }, 'port')).toBe(443)
    expect(bool({ enabled: 'true' }, 'enabled')).toBe(true)
    expect(bool({ enabled: 'maybe' }, 'enabled')).toBeUndefined()
  })

  it('parses objects and arrays embedded as JSON strings', () => {
    expect(obj({ acl: '{"a":1}' }, 'acl')).toEqual({ a: 1 })
    expect(arr({ list: '[1,2]' }, 'list')).toEqual([1, 2])
    expect(arr({ one: 'x' }, 'one')).toEqual(['x'])
    expect(strings({ ids: ['a', 2, null, ''] }, 'ids')).toEqual(['a', '2'])
  })
})
