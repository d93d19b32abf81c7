import { describe, expect, it } from 'vitest'
import { normalizePolicy } from './normalize-policy.js'
import type { PolicyRef } from './statement.js'

const ref: PolicyRef = { id: 'policy/x', name: 'x', kind: 'inline' }

describe('aws-permissions normalize-policy', () => {
  it('reads documents given as objects, JSON strings and URL-encoded JSON, with one Statement or many', () => {
    const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }
    for (const document of [
      { Version: '2012-10-17', Statement: statement },
      JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
      encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [statement] })),
    ]) {
      const { statements, problems } = normalizePolicy(document, ref)
      expect(problems).toEqual([])
      expect(statements.map((s) => [s.effect, s.action.globs.map((g) => g.source), s.services])).toEqual([['Allow', ['s3:GetObject'], ['s3']]])
    }
  })

  it('names each statement by Sid, else by its position', () => {
    const { statements } = normalizePolicy({ Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }] }, ref)
    expect(statements.map((s) => s.sid)).toEqual(['Read', '#2'])
  })

  it('keeps NotAction and NotResource as negated matchers covering every service', () => {
    const [s] = normalizePolicy({ Statement: [{ Effect: 'Allow', NotAction: ['iam:*'], NotResource: 'arn:aws:s3:::x' }] }, ref).statements
    expect(s?.action.negated).toBe(true)
    expect(s?.resource.negated).toBe(true)
    expect(s?.services).toBeUndefined()
  })

  it('treats a missing Resource as every resource (trust and some resource policies)', () => {
    const [s] = normalizePolicy({ Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }, ref).statements
    expect(s?.resource.globs.map((g) => g.source)).toEqual(['*'])
  })

  it('sorts every principal form into its kind', () => {
    const [s] = normalizePolicy(
      {
        Statement: [
          {
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Principal: {
              AWS: [
                '111122223333',
                'arn:aws:iam::444455556666:root',
                'arn:aws:iam::111122223333:role/app',
                'arn:aws:sts::111122223333:assumed-role/app/session-1',
                'AROAEXAMPLEDELETED',
              ],
              Service: ['EC2.amazonaws.com'],
              Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
            },
          },
        ],
      },
      ref,
    ).statements
    const p = s!.principal!
    expect([...p.accounts].sort()).toEqual(['111122223333', '444455556666'])
    expect([...p.arns]).toEqual(['arn:aws:iam::111122223333:role/app'])
    expect([...p.roleSessions]).toEqual(['111122223333/app'])
    expect([...p.uniqueIds]).toEqual(['AROAEXAMPLEDELETED'])
    expect([...p.services]).toEqual(['ec2.amazonaws.com'])
    expect([...p.federated]).toEqual(['arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'])
    expect(p.any).toBe(false)
  })

  it('reads "*" and {"AWS": "*"} as everyone, NotPrincipal as negated', () => {
    const { statements } = normalizePolicy(
      {
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*' },
          { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*', Resource: '*' },
        ],
      },
      ref,
    )
    expect(statements.map((s) => [s.principal?.any, s.principal?.negated])).toEqual([
      [true, false],
      [true, false],
      [false, true],
    ])
  })

  it('renders conditions as caveat text', () => {
    const [s] = normalizePolicy(
      { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' }, IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24'] } } }] },
      ref,
    ).statements
    expect(s?.conditions).toEqual(['IpAddress aws:SourceIp in [10.0.0.0/8, 192.0.2.0/24]', 'StringEquals aws:PrincipalOrgID = o-1'])
  })

  it('skips and names statements it cannot read, keeping the rest', () => {
    const { statements, problems } = normalizePolicy({ Statement: [{ Action: 's3:*', Resource: '*' }, { Effect: 'Allow', Resource: '*' }, 'text', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' }] }, ref)
    expect(statements).toHaveLength(1)
    expect(problems).toEqual(['x: statement 1 has no valid Effect', 'x: statement 2 has no Action', 'x: statement 3 is not an object'])
    expect(normalizePolicy('%7B%22Vers', ref).statements).toEqual([])
  })
})
