import { describe, expect, it } from 'vitest'
import { envSecretKinds, plaintextSecretInsight, scanEnvironmentVariable, scanText, secretKinds } from './secret-scan.js'

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

  it('does not take a Secret Manager secret name passed as --secret=<name> for a value', () => {
    const script = 'gcloud secrets versions access latest --secret=carrier-upload-credentials --out-file=/run/carrier.json'
    expect(secretKinds(script)).toEqual([])
    expect(secretKinds('export SECRET=s3cr3t-value-123')).toEqual(['password'])
    expect(secretKinds('curl --password=hunter22 https://example')).toEqual(['password'])
  })

  it('keeps AWS access key ids (not secret) and never the secret key', () => {
    const finding = scanText('metadata.startup-script', 'export AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')
    expect(finding).toEqual({ location: 'metadata.startup-script', kinds: ['aws-access-key', 'aws-secret-access-key'], accessKeyIds: ['AKIAABCDEFGHIJKLMNOP'] })
    expect(JSON.stringify(plaintextSecretInsight([finding]))).not.toContain('wJalrXUtnFEMI')
    expect(plaintextSecretInsight([finding])?.params).toMatchObject({ accessKeyIds: ['AKIAABCDEFGHIJKLMNOP'] })
    expect(scanEnvironmentVariable('env.KEY', 'AWS_ACCESS_KEY_ID', 'ASIAABCDEFGHIJKLMNOP')).toMatchObject({ kinds: ['aws-access-key'], accessKeyIds: ['ASIAABCDEFGHIJKLMNOP'] })
  })
})
