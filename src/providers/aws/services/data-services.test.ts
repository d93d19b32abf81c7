import { describe, expect, it } from 'vitest'
import { CTX, makeCi } from '../__fixtures__/make-ci.js'
import { mapHttpApi, mapRestApi, mapRestApiStage } from './apigateway/apigateway.js'
import { mapTrail } from './cloudtrail/cloudtrail-trail.js'
import { mapDynamoDbTable } from './dynamodb/dynamodb-table.js'
import { mapEcrRepository } from './ecr/ecr-repository.js'
import { mapKmsKey } from './kms/kms-key.js'
import { mapSnsTopic, mapSqsQueue } from './messaging/messaging.js'
import { mapSecret } from './secretsmanager/secretsmanager-secret.js'

const open = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }

describe('data-services', () => {
  it('replicates a DynamoDB global table to its other regions and reads its encryption', () => {
    const ci = makeCi('AWS::DynamoDB::Table', 'orders', { tableName: 'orders', replicas: [{ regionName: 'eu-west-1' }, { regionName: 'us-east-1' }] })
    const mapped = mapDynamoDbTable(ci, CTX)
    expect(mapped.props).toMatchObject({ encryption: { type: 'AWS_OWNED_KMS_KEY' }, replicaRegions: ['us-east-1'] })
    expect(mapped.edges).toEqual([
      { from: ci.arn, to: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders', kind: 'moves-data-to', props: { via: 'global-table-replica' } },
    ])
  })

  it('reads ECR scan-on-push and its repository policy given as an object', () => {
    const ci = makeCi('AWS::ECR::Repository', 'app', { RepositoryName: 'app', ImageScanningConfiguration: { ScanOnPush: true }, RepositoryPolicyText: open })
    expect(mapEcrRepository(ci, CTX).props).toMatchObject({ repositoryName: 'app', scanOnPush: true, resourcePolicy: open })
  })

  it('reads a KMS key policy and rotation from supplementary values', () => {
    const ci = makeCi('AWS::KMS::Key', 'k1', { keyId: 'k1', keyManager: 'CUSTOMER' }, { supplementaryConfiguration: { KeyRotationStatus: 'false', KeyPolicy: JSON.stringify(open) } })
    expect(mapKmsKey(ci, CTX).props).toMatchObject({ keyManager: 'CUSTOMER', rotationEnabled: false, resourcePolicy: open })
  })

  it('keeps Secrets Manager metadata and drops any secret value', () => {
    const ci = makeCi('AWS::SecretsManager::Secret', 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbC', {
      name: 'db',
      rotationEnabled: true,
      rotationRules: { automaticallyAfterDays: 30 },
      SecretString: 'hunter2',
      ResourcePolicy: JSON.stringify(open),
    })
    const mapped = mapSecret(ci, CTX)
    expect(mapped.props).toMatchObject({ secretName: 'db', rotationEnabled: true, rotationDays: 30, resourcePolicy: open })
    expect(JSON.stringify(mapped)).not.toContain('hunter2')
  })

  it('makes a trail deliver its logs to its bucket', () => {
    const ci = makeCi('AWS::CloudTrail::Trail', 't', { name: 't', s3BucketName: 'logs', isMultiRegionTrail: true }, { supplementaryConfiguration: { TrailStatus: { isLogging: false } } })
    const mapped = mapTrail(ci, CTX)
    expect(mapped.props).toMatchObject({ multiRegion: true, isLogging: false, logFileValidation: false })
    expect(mapped.edges).toEqual([{ from: ci.arn, to: 'arn:aws:s3:::logs', kind: 'moves-data-to', props: { via: 'trail-delivery' } }])
  })

  it('reads REST API endpoint type, escaped policy and method authorization when present', () => {
    const ci = makeCi('AWS::ApiGateway::RestApi', 'api1', {
      id: 'api1',
      endpointConfiguration: { types: ['PRIVATE'] },
      policy: JSON.stringify(open).replace(/"/g, '\\"'),
      resources: [{ path: '/orders', resourceMethods: { GET: { authorizationType: 'NONE' }, POST: { authorizationType: 'AWS_IAM' } } }],
    })
    expect(ci.arn).toBe('arn:aws:apigateway:eu-west-1::/restapis/api1')
    expect(mapRestApi(ci, CTX).props).toMatchObject({
      endpointType: 'PRIVATE',
      resourcePolicy: open,
      authorizationTypes: ['NONE', 'AWS_IAM'],
      unauthenticatedRoutes: ['GET /orders'],
      allowsUnauthenticatedAccess: true,
    })
    const stage = makeCi('AWS::ApiGateway::Stage', 'api1/prod', { stageName: 'prod', restApiId: 'api1' }, { ARN: 'arn:aws:apigateway:eu-west-1::/restapis/api1/stages/prod' })
    expect(mapRestApiStage(stage, CTX).edges).toEqual([{ from: ci.arn, to: stage.arn, kind: 'contains' }])
  })

  it('reads HTTP API routes and treats API-key-free NONE routes as unauthenticated', () => {
    const ci = makeCi('AWS::ApiGatewayV2::Api', 'h1', { apiId: 'h1', protocolType: 'HTTP', routes: [{ routeKey: 'GET /a', authorizationType: 'JWT' }] })
    expect(mapHttpApi(ci, CTX).props).toMatchObject({ apiType: 'HTTP', authorizationTypes: ['JWT'], allowsUnauthenticatedAccess: false })
  })

  it('normalizes SNS and SQS resource policies', () => {
    const topic = makeCi('AWS::SNS::Topic', 'arn:aws:sns:eu-west-1:111122223333:t', { Policy: JSON.stringify(open) })
    expect(mapSnsTopic(topic, CTX).props).toMatchObject({ topicName: 't', resourcePolicy: open })
    const queue = makeCi('AWS::SQS::Queue', 'https://sqs.eu-west-1.amazonaws.com/111122223333/q', { Policy: JSON.stringify(open) })
    expect(queue.arn).toBe('arn:aws:sqs:eu-west-1:111122223333:q')
    expect(mapSqsQueue(queue, CTX).props).toMatchObject({ resourcePolicy: open })
  })
})
