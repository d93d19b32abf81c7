import { describe, expect, it } from 'vitest'
import { envSecretKinds, plaintextSecretInsight, secretKinds } from './secret-scan.js'

describe('secret-scan', () => {
  it('names the kinds of credential in a script without returning them', () => {
    const script = [
      'echo "-----BEGIN RSA PRIVATE KEY-----" > /tmp/k',
      'export AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP',
      'curl -H "token: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"',
    ].join('\n')
    expect(secretKinds(script)).toEqual(['private-key', 'aws-access-key', 'github-token', 'password'])
    expect(secretKinds('#!/bin/bash\napt-get install -y nginx\npassword=$DB_PASSWORD')).toEqual([])
  })

  it('flags secret-sounding environment names that hold literals, not references', () => {
    expect(envSecretKinds('DB_PASSWORD', 'correct-horse')).toEqual(['password'])
    expect(envSecretKinds('DB_PASSWORD', '$(secret)')).toEqual([])
    expect(envSecretKinds('LOG_LEVEL', 'debug')).toEqual([])
  })

  it('makes one insight listing kinds and places, and none when nothing was found', () => {
    const insight = plaintextSecretInsight([
      { location: 'metadata.startup-script', kinds: ['private-key'] },
      { location: 'metadata.user-data', kinds: [] },
    ])
    expect(insight).toMatchObject({ id: 'has-plaintext-secret', params: { kinds: ['private-key'], locations: ['metadata.startup-script'] } })
    expect(plaintextSecretInsight([{ location: 'x', kinds: [] }])).toBeUndefined()
  })
})
