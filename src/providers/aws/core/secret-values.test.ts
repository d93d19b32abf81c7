import { describe, expect, it } from 'vitest'
import { secretKindOf } from './secret-values.js'

describe('secret-values', () => {
  it('recognises access key ids, private keys and secret keys named as such', () => {
    expect(secretKindOf('KEY', 'AKIAIOSFODNN7EXAMPLE')).toBe('aws-access-key-id')
    expect(secretKindOf('TOKEN', 'prefix ASIAIOSFODNN7EXAMPLE suffix')).toBe('aws-access-key-id')
    expect(secretKindOf('PEM', '-----BEGIN OPENSSH PRIVATE KEY-----\nabc')).toBe('private-key')
    expect(secretKindOf('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe('aws-secret-access-key')
  })

  it('does not flag ordinary values', () => {
    expect(secretKindOf('TABLE_NAME', 'orders')).toBeUndefined()
    expect(secretKindOf('COMMIT', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBeUndefined()
    expect(secretKindOf('PUBLIC', '-----BEGIN PUBLIC KEY-----')).toBeUndefined()
  })
})
