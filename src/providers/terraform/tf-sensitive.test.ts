import { describe, expect, it } from 'vitest'
import { maskSensitive, mirrorOfPaths, normalizeMirror } from './tf-sensitive.js'

describe('tf-sensitive', () => {
  it('masks what the mirror flags, down to list items', () => {
    const value = { a: 'keep', b: 'hide', list: [{ x: 'one' }, { x: 'two' }] }
    expect(maskSensitive(value, { b: true, list: [{}, { x: true }] })).toEqual({ a: 'keep', b: '<sensitive>', list: [{ x: 'one' }, { x: '<sensitive>' }] })
  })

  it('masks credential-named attributes even when Terraform did not mark them', () => {
    expect(maskSensitive({ admin_password: 'p', primary_access_key: 'k', kube_config: [{ host: 'h' }], password_enabled: true, http_tokens: 'required' }, undefined))
      .toEqual({ admin_password: '<sensitive>', primary_access_key: '<sensitive>', kube_config: '<sensitive>', password_enabled: true, http_tokens: 'required' })
  })

  it('reduces payload maps to their keys', () => {
    expect(maskSensitive({ data: { token: 'v', empty: '' } }, undefined, true)).toEqual({ data: { token: '<sensitive>', empty: '' } })
  })

  it('turns raw-state sensitive_attributes paths into a mirror', () => {
    const paths = [[{ type: 'get_attr', value: 'password' }], [{ type: 'get_attr', value: 'nested' }, { type: 'index', value: { value: 1, type: 'number' } }, { type: 'get_attr', value: 'secret_value' }]]
    const value = { password: 'p', nested: [{ secret_value: 'a' }, { secret_value: 'b' }] }
    const mirror = normalizeMirror(mirrorOfPaths(paths), value)
    expect(maskSensitive(value, mirror)).toEqual({ password: '<sensitive>', nested: [{ secret_value: '<sensitive>' }, { secret_value: '<sensitive>' }] })
    expect(mirror).toEqual({ password: true, nested: [false, { secret_value: true }] })
  })
})
