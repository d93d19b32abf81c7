import { describe, expect, it } from 'vitest'
import { AWS_KINDS } from '../../../providers/aws/aws-kinds.js'
import { ADMIN_PROBE_ACTIONS, AWS_ACTION_LEVELS, actionsByKind } from './aws-action-levels.js'
import { AWS_ESCALATION_METHODS } from './aws-escalation-methods.js'
import { builtinManagedPolicy } from './aws-managed-policies.js'

describe('aws-permissions data', () => {
  it('acts only on node kinds the AWS provider emits', () => {
    for (const kind of actionsByKind().keys()) expect(Object.keys(AWS_KINDS)).toContain(kind)
  })

  it('lists the services of the brief with at least one action each', () => {
    for (const service of ['s3', 'kms', 'secretsmanager', 'ssm', 'dynamodb', 'rds', 'ec2', 'lambda', 'iam', 'sts', 'ecr', 'sqs', 'sns', 'eks', 'organizations']) {
      expect(Object.keys(AWS_ACTION_LEVELS[service] ?? {}).length, service).toBeGreaterThan(0)
    }
  })

  it('probes admin with actions of the table, IAM writes among them', () => {
    for (const action of ADMIN_PROBE_ACTIONS) {
      const [service, name] = action.split(':') as [string, string]
      expect(AWS_ACTION_LEVELS[service]?.[name], action).toBeDefined()
    }
    expect(ADMIN_PROBE_ACTIONS.filter((a) => a.startsWith('iam:')).length).toBeGreaterThanOrEqual(3)
  })

  it('gives every escalation method a unique kebab-case id, its actions, and a service for PassRole methods', () => {
    const ids = AWS_ESCALATION_METHODS.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const m of AWS_ESCALATION_METHODS) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(m.actions.length).toBeGreaterThan(0)
      expect(m.description.length).toBeGreaterThan(20)
      if (m.target === 'service-role') expect(m.service).toMatch(/\.amazonaws\.com$/)
    }
  })

  it('knows the documents of the decisive AWS managed policies by ARN, whatever the partition', () => {
    expect(builtinManagedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')).toBeDefined()
    expect(builtinManagedPolicy('arn:aws-us-gov:iam::aws:policy/PowerUserAccess')).toBeDefined()
    expect(builtinManagedPolicy('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toBeUndefined()
    expect(builtinManagedPolicy('arn:aws:iam::111122223333:policy/AdministratorAccess')).toBeUndefined()
  })
})
