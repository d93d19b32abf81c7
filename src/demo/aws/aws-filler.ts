/**
 * @module Filler for the AWS accounts: ordinary, safe resources (private instances, encrypted private buckets,
 * functions, keys, internal security groups, private databases, service roles) that scale the estate
 * without adding weaknesses. Each generator yields exactly the number of resources it is given.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { companyTags, SERVICES, TEAMS } from '../demo-company.js'
import { DemoRandom } from '../demo-random.js'
import type { Placement, SecurityGroupSpec } from './aws-config-items.js'
import { bucketItem, ec2InstanceItem, instanceEniItem, kmsItem, lambdaItem, rdsItem, securityGroupItem, volumeItem } from './aws-config-items.js'
import type { IamRole } from './aws-iam-model.js'
import { allow, awsManagedArn, doc, trustService } from './aws-iam-model.js'
import type { AwsNetwork } from './aws-planted-resources.js'
import { subnet } from './aws-planted-resources.js'

const INSTANCE_TYPES = ['t3.medium', 't3.large', 'm6i.large', 'm6i.xlarge', 'c6i.large', 'r6i.large'] as const

export interface AwsFillerScope {
  readonly place: Placement
  readonly net: AwsNetwork
  readonly internalSg: SecurityGroupSpec
  readonly env: 'prod' | 'dev'
  readonly stream: string
  /** Execution role of filler functions (an existing role of the account). */
  readonly lambdaRole: string
}

/** Exactly `count` Config items of ordinary resources in one account and region. */
export function* awsFillerItems(seed: number, clock: DemoClock, scope: AwsFillerScope, count: number): Generator<JsonObject> {
  const rng = DemoRandom.stream(seed, scope.stream)
  const privateSubnets = Object.keys(scope.net.subnets).filter((key) => key.startsWith('private'))
  let remaining = count
  let index = 0
  while (remaining > 0) {
    index++
    const service = rng.pick(SERVICES)
    const team = rng.pick(TEAMS)
    const tags = companyTags(team, rng.pick(['low', 'medium', 'medium', 'high'] as const), { env: scope.env, service })
    const roll = rng.float()
    const suffix = index.toString(36)
    if (remaining >= 3 && roll < 0.5) {
      const key = rng.pick(privateSubnets)
      const sub = subnet(scope.net, key)
      const [a, b] = sub.cidr.split('.')
      const third = Number(sub.cidr.split('.')[2]) + (index >> 8) % 16
      const id = `i-0${rng.hex(16)}`
      const volumeId = `vol-0${rng.hex(16)}`
      const name = `${service}-${scope.env}-${suffix}`
      const spec = {
        id,
        type: rng.pick(INSTANCE_TYPES),
        ami: `ami-0${rng.hex(16)}`,
        subnet: sub,
        privateIp: `${a}.${b}.${third}.${(index & 255) || 1}`,
        securityGroups: [{ id: scope.internalSg.id, name: scope.internalSg.name }],
        volumeId,
        tags: { Name: name, ...tags },
        launchedDaysAgo: rng.int(1, 700),
      }
      yield ec2InstanceItem(clock, scope.place, spec)
      yield instanceEniItem(clock, scope.place, spec)
      yield volumeItem(clock, scope.place, volumeId, sub.az, rng.pick([20, 30, 50, 100]), id, tags)
      remaining -= 3
    } else if (roll < 0.68) {
      const classification = rng.chance(0.15) ? 'confidential' : 'internal'
      const name = `ridgeline-${scope.env}-${service}-${suffix}-${rng.hex(4)}`
      yield bucketItem(clock, scope.place, {
        name,
        tags: { ...tags, 'data-classification': classification },
        policy: doc({ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        blockPublicAccess: true,
        versioning: rng.chance(0.6),
        createdDaysAgo: rng.int(10, 1500),
      })
      remaining--
    } else if (roll < 0.8) {
      yield lambdaItem(clock, scope.place, {
        name: `${service}-${rng.pick(['worker', 'handler', 'sync', 'cron', 'webhook'])}-${suffix}`,
        runtime: rng.pick(['python3.12', 'nodejs20.x', 'java21', 'provided.al2023']),
        roleName: scope.lambdaRole,
        handler: 'index.handler',
        environment: { LOG_LEVEL: rng.pick(['info', 'warn', 'debug']), SERVICE: service },
        description: `${service} function`,
        tags,
      })
      remaining--
    } else if (roll < 0.88) {
      yield kmsItem(clock, scope.place, { keyId: rng.uuid(), description: `${service} data key`, tags })
      remaining--
    } else if (roll < 0.96) {
      const group: SecurityGroupSpec = {
        id: `sg-0${rng.hex(16)}`,
        name: `${service}-${suffix}`,
        description: `${service} service`,
        vpcId: scope.net.vpc.id,
        ingress: [{ protocol: 'tcp', from: rng.pick([443, 8080, 8443, 9090]), to: undefined, cidrs: [scope.net.vpc.cidr] }],
        tags,
      }
      yield securityGroupItem(clock, scope.place, group)
      remaining--
    } else {
      const sub = subnet(scope.net, rng.pick(privateSubnets))
      const identifier = `${service}-db-${suffix}`
      yield rdsItem(clock, scope.place, {
        identifier,
        resourceId: `db-${rng.upper(26)}`,
        engineVersion: rng.pick(['14.11', '15.5', '16.2']),
        instanceClass: rng.pick(['db.t4g.medium', 'db.r6g.large']),
        publiclyAccessible: false,
        securityGroupIds: [scope.internalSg.id],
        subnets: [sub],
        iamAuth: rng.chance(0.5),
        kmsKeyArn: `arn:aws:kms:${scope.place.region}:${scope.place.accountId}:key/${rng.uuid()}`,
        masterUsername: 'app_admin',
        dbName: service.replace(/-/g, '_'),
        tags: { ...tags, 'data-classification': 'internal' },
      })
      remaining--
    }
  }
}

/** Exactly `count` ordinary service roles (Lambda/EC2/ECS execution roles with narrow policies). */
export function* awsFillerRoles(seed: number, stream: string, accountId: string, region: string, count: number): Generator<IamRole> {
  const rng = DemoRandom.stream(seed, stream)
  for (let index = 1; index <= count; index++) {
    const service = rng.pick(SERVICES)
    const principal = rng.pick(['lambda.amazonaws.com', 'ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'] as const)
    const kind = principal.split('.')[0]!
    const table = `arn:aws:dynamodb:${region}:${accountId}:table/${service}-${index.toString(36)}`
    yield {
      name: `${service}-${kind}-role-${index.toString(36)}`,
      trust: trustService(principal),
      managed: principal === 'lambda.amazonaws.com' ? [awsManagedArn('AWSLambdaBasicExecutionRole')] : [],
      inline: [
        {
          name: `${service}-data`,
          document: doc(
            allow(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'], table),
            allow(['sqs:SendMessage', 'sqs:ReceiveMessage'], `arn:aws:sqs:${region}:${accountId}:${service}-*`),
          ),
        },
      ],
      tags: companyTags(rng.pick(TEAMS), 'low', { service }),
      createdDaysAgo: rng.int(5, 1200),
    }
  }
}
