import { describe, expect, it } from 'vitest'
import { REDACTED, redactSecrets } from './redact.js'

describe('redact', () => {
  it('replaces secret-looking string values at any depth and keeps the keys', () => {
    const config = { osProfile: { adminUsername: 'ops', adminPassword: 'P@ss' }, connectionStrings: [{ name: 'db', connectionString: 'Server=x;Password=y' }] }
    expect(redactSecrets(config)).toEqual({
      osProfile: { adminUsername: 'ops', adminPassword: REDACTED },
      connectionStrings: [{ name: 'db', connectionString: REDACTED }],
    })
  })

  it('returns the very same object when nothing is secret, and leaves flags alone', () => {
    const config = { passwordAuth: 'Enabled', disablePasswordAuthentication: true, keyName: 'k', items: [1, 2] }
    expect(redactSecrets(config)).toBe(config)
  })
})
