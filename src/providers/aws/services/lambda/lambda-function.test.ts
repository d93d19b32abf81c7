import { describe, expect, it } from 'vitest'
import { CTX, ec2, makeCi } from '../../__fixtures__/make-ci.js'
import { REDACTED, mapLambdaFunction } from './lambda-function.js'

const ROLE = 'arn:aws:iam::111122223333:role/fn-role'

describe('lambda-function', () => {
  const ci = makeCi('AWS::Lambda::Function', 'fn', {
    functionName: 'fn',
    role: ROLE,
    runtime: 'nodejs20.x',
    vpcConfig: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] },
    environment: { variables: { TABLE: 'orders', KEY_ID: 'AKIAIOSFODNN7EXAMPLE', PEM: '-----BEGIN PRIVATE KEY-----\nabc' } },
  }, { supplementaryConfiguration: { Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunctionUrl"}]}' } })
  const mapped = mapLambdaFunction(ci, CTX)

  it('runs as its execution role and sits behind its security groups', () => {
    expect(mapped.edges).toEqual([
      { from: ci.arn, to: ROLE, kind: 'can-authenticate-as', props: { via: 'execution-role' } },
      { from: ci.arn, to: ec2('security-group', 'sg-1'), kind: 'protected-by' },
    ])
    expect(mapped.props['resourcePolicy']).toMatchObject({ Statement: [{ Principal: '*' }] })
  })

  it('keeps environment variable names only, also in config', () => {
    expect(mapped.props['environmentVariableNames']).toEqual(['KEY_ID', 'PEM', 'TABLE'])
    expect(mapped.props['config']).toMatchObject({ environment: { variables: { TABLE: REDACTED, KEY_ID: REDACTED, PEM: REDACTED } } })
    // The key id is kept only as the insight's accessKeyIds (it is not secret); no value is stored anywhere.
    expect(JSON.stringify(mapped.props)).not.toContain('AKIAIOSFODNN7EXAMPLE')
    expect(JSON.stringify(mapped)).not.toContain('BEGIN PRIVATE KEY')
  })

  it('flags credential-looking values as has-plaintext-secret without their values', () => {
    expect(mapped.insights).toEqual([
      {
        id: 'has-plaintext-secret',
        params: { kinds: ['aws-access-key-id', 'private-key'], variables: ['KEY_ID', 'PEM'], where: 'environment', accessKeyIds: ['AKIAIOSFODNN7EXAMPLE'] },
        evidence: [
          expect.objectContaining({ source: 'test.json', location: 'configurationItems[0].configuration.environment.variables.KEY_ID' }),
          expect.objectContaining({ location: 'configurationItems[0].configuration.environment.variables.PEM' }),
        ],
      },
    ])
  })

  it('keeps the host of a connection string with a password and the storage account of a key, never the values', () => {
    const withStrings = mapLambdaFunction(makeCi('AWS::Lambda::Function', 'report', {
      functionName: 'report',
      role: ROLE,
      environment: { variables: {
        DATABASE_URL: 'postgres://reporting:Sup3rS3cret@orders-db.c1.eu-west-1.rds.amazonaws.com:5432/orders',
        READONLY_URL: 'postgres://reader@orders-db.c1.eu-west-1.rds.amazonaws.com:5432/orders',
        BLOBS: `DefaultEndpointsProtocol=https;AccountName=stexports;AccountKey=${'k'.repeat(88)};EndpointSuffix=core.windows.net`,
      } },
    }), CTX)
    expect(withStrings.insights?.[0]?.params).toEqual({
      kinds: ['connection-string', 'azure-storage-key'],
      variables: ['DATABASE_URL', 'BLOBS'],
      where: 'environment',
      hosts: ['orders-db.c1.eu-west-1.rds.amazonaws.com'],
      storageAccounts: ['stexports'],
    })
    expect(JSON.stringify(withStrings)).not.toMatch(/Sup3rS3cret|kkkkkkkk/)
  })

  it('reports the function URL auth type', () => {
    const withUrl = makeCi('AWS::Lambda::Function', 'fn', { functionName: 'fn' }, { supplementaryConfiguration: { FunctionUrlConfig: { AuthType: 'AWS_IAM', FunctionUrl: 'https://x.lambda-url.eu-west-1.on.aws/' } } })
    expect(mapLambdaFunction(withUrl, CTX).props).toMatchObject({ functionUrl: { authType: 'AWS_IAM' }, publicFunctionUrl: false })
    expect(mapLambdaFunction(withUrl, CTX).insights).toEqual([])
  })
})
