import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { awsAccountNodeId } from '../../providers/ids.js'
import { deriveFrom, methodsOf } from './__fixtures__/derive-fixtures.js'
import type { Derived } from './__fixtures__/derive-fixtures.js'
import { AWS_ESCALATION_METHODS, escalationMethod } from './data/aws-escalation-methods.js'

const here = fileURLToPath(new URL('./__fixtures__/', import.meta.url))
const E = '111122223333'
const user = (name: string): string => `arn:aws:iam::${E}:user/${name}`
const role = (name: string): string => `arn:aws:iam::${E}:role/${name}`
const ACCOUNT = awsAccountNodeId(E)

/** Method id → attacker prefix (`<prefix>-pos`, `<prefix>-neg`), the principal type, and the identity it reaches (admin methods: the account). */
const CASES: Readonly<Record<string, { readonly prefix: string; readonly as?: 'role'; readonly target?: string }>> = {
  'iam-create-policy-version': { prefix: 'cpv' },
  'iam-set-default-policy-version': { prefix: 'sdv' },
  'iam-attach-user-policy': { prefix: 'aup' },
  'iam-put-user-policy': { prefix: 'pup' },
  'iam-attach-group-policy': { prefix: 'agp' },
  'iam-put-group-policy': { prefix: 'pgp' },
  'iam-attach-role-policy': { prefix: 'arp', as: 'role' },
  'iam-put-role-policy': { prefix: 'prp', as: 'role' },
  'iam-attach-role-policy-assume': { prefix: 'arpa' },
  'iam-put-role-policy-assume': { prefix: 'prpa' },
  'iam-delete-user-permissions-boundary': { prefix: 'dub' },
  'iam-delete-role-permissions-boundary': { prefix: 'drb', as: 'role' },
  'iam-add-user-to-group': { prefix: 'autg' },
  'iam-create-access-key': { prefix: 'cak', target: user('esc-victim') },
  'iam-create-login-profile': { prefix: 'clp', target: user('esc-victim') },
  'iam-update-login-profile': { prefix: 'ulp', target: user('esc-victim') },
  'iam-update-assume-role-policy': { prefix: 'uarp', target: role('esc-victim-role') },
  'sts-assume-role': { prefix: 'sar', target: role('esc-trusts-account') },
  'passrole-ec2-run-instances': { prefix: 'pr-ec2', target: role('esc-ec2-admin') },
  'passrole-ec2-request-spot-instances': { prefix: 'pr-spot', target: role('esc-ec2-admin') },
  'passrole-lambda-create-invoke': { prefix: 'pr-lambda-invoke', target: role('esc-lambda-admin') },
  'passrole-lambda-create-event-source': { prefix: 'pr-lambda-esm', target: role('esc-lambda-admin') },
  'passrole-lambda-create-add-permission': { prefix: 'pr-lambda-perm', target: role('esc-lambda-admin') },
  'passrole-cloudformation-create-stack': { prefix: 'pr-cfn', target: role('esc-cfn-admin') },
  'passrole-glue-create-dev-endpoint': { prefix: 'pr-glue-endpoint', target: role('esc-glue-admin') },
  'passrole-glue-create-job': { prefix: 'pr-glue-job', target: role('esc-glue-admin') },
  'passrole-ecs-run-task': { prefix: 'pr-ecs-task', target: role('esc-ecs-admin') },
  'passrole-ecs-create-service': { prefix: 'pr-ecs-service', target: role('esc-ecs-admin') },
  'passrole-codebuild-create-project': { prefix: 'pr-codebuild', target: role('esc-codebuild-admin') },
  'passrole-sagemaker-notebook': { prefix: 'pr-sagemaker-notebook', target: role('esc-sagemaker-admin') },
  'passrole-sagemaker-training-job': { prefix: 'pr-sagemaker-training', target: role('esc-sagemaker-admin') },
  'passrole-datapipeline': { prefix: 'pr-datapipeline', target: role('esc-datapipeline-admin') },
  'passrole-apprunner-create-service': { prefix: 'pr-apprunner', target: role('esc-apprunner-admin') },
  'passrole-autoscaling-launch-configuration': { prefix: 'pr-autoscaling', target: role('esc-ec2-admin') },
  'lambda-update-function-code': { prefix: 'ufc', target: role('esc-fn-role') },
  'lambda-update-function-configuration': { prefix: 'ufcfg', target: role('esc-fn-role') },
  'ssm-send-command': { prefix: 'ssm', target: role('esc-instance-role') },
  'ssm-start-session': { prefix: 'sss', target: role('esc-instance-role') },
  'ec2-instance-connect': { prefix: 'eic', target: role('esc-instance-role') },
  'ec2-modify-user-data': { prefix: 'mud', target: role('esc-instance-role') },
}

const attacker = (id: string, side: 'pos' | 'neg'): string => {
  const c = CASES[id]!
  return c.as === 'role' ? role(`${c.prefix}-${side}`) : user(`${c.prefix}-${side}`)
}

describe('aws-permissions escalation', () => {
  let d: Derived
  beforeAll(async () => {
    d = await deriveFrom([`${here}escalation-authz.json`, `${here}escalation-config.json`])
  })

  it('has a positive and a look-alike negative case for every method of the catalogue', () => {
    expect(Object.keys(CASES).sort()).toEqual(AWS_ESCALATION_METHODS.map((m) => m.id).sort())
    expect(new Set(AWS_ESCALATION_METHODS.map((m) => m.method)).size).toBe(AWS_ESCALATION_METHODS.length)
  })

  describe.each(AWS_ESCALATION_METHODS.map((m) => [m.id, m] as const))('%s', (id, method) => {
    it(method.result === 'admin' ? 'makes the positive principal account admin with the method as evidence' : 'lets the positive principal assume the target identity by the method', () => {
      const from = attacker(id, 'pos')
      if (method.result === 'admin') {
        const edge = d.edge('has-permission-to', from, ACCOUNT)
        expect(methodsOf(edge)).toContain(method.method)
        expect(edge?.props?.['level']).toBe('admin')
        expect(edge?.evidence?.length).toBeGreaterThan(0)
        const insight = d.insight(from, 'has-admin-permissions')
        expect(insight?.params['scope']).toBe(ACCOUNT)
        expect(methodsOf(insight)).toContain(method.method)
      } else {
        const edge = d.edge('can-assume', from, CASES[id]!.target!)
        expect(methodsOf(edge), `${from} → ${CASES[id]!.target!}`).toContain(method.method)
        expect(edge?.evidence?.length).toBeGreaterThan(0)
      }
    })

    it('does not flag the look-alike negative principal', () => {
      const from = attacker(id, 'neg')
      if (method.result === 'admin') {
        expect(methodsOf(d.edge('has-permission-to', from, ACCOUNT))).not.toContain(method.method)
        expect(d.insight(from, 'has-admin-permissions')).toBeUndefined()
      } else {
        expect(methodsOf(d.edge('can-assume', from, CASES[id]!.target!))).not.toContain(method.method)
      }
    })
  })

  it('names the granting statement and the precondition in the evidence', () => {
    const edge = d.edge('has-permission-to', user('cpv-pos'), ACCOUNT)
    expect(edge?.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: `${user('cpv-pos')}#inline-policy/cpv-pos-policy`, detail: expect.stringMatching(/Allow iam:CreatePolicyVersion/) as unknown }),
        expect.objectContaining({ detail: `arn:aws:iam::${E}:policy/esc-shared is attached to cpv-pos` }),
      ]),
    )
    expect(edge?.props?.['method']).toBe(escalationMethod('iam-create-policy-version').method)
  })

  it('passes an EC2 role without an instance profile only when the attacker can create one', () => {
    const method = escalationMethod('passrole-ec2-run-instances').method
    expect(methodsOf(d.edge('can-assume', user('pr-ec2-noprofile-pos'), role('esc-ec2-noprofile')))).toContain(method)
    expect(d.edge('can-assume', user('pr-ec2-noprofile-neg'), role('esc-ec2-noprofile'))).toBeUndefined()
    expect(d.edgesFrom('can-assume', user('pr-ec2-pos')).map((e) => e.to)).toEqual([role('esc-ec2-admin')])
  })

  it('skips principals that are account admin already', () => {
    const admin = role('esc-victim-role')
    expect(d.insight(admin, 'has-admin-permissions')?.params['methods']).toBeUndefined()
    expect(d.edgesFrom('can-assume', admin).filter((e) => e.props?.['method'] !== 'sts:AssumeRole')).toEqual([])
  })
})
