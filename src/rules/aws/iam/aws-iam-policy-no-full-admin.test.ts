import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamPolicyNoFullAdmin } from './aws-iam-policy-no-full-admin.js'
import { POLICY } from './fixtures.js'

const admin = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }

describe('aws-iam-policy-no-full-admin', () => {
  it('is healthy for a scoped policy', () => {
    expect(evaluateRule(awsIamPolicyNoFullAdmin, POLICY).status).toBe('healthy')
  })
  it('is unhealthy for "*:*", managed or inline', () => {
    expect(evaluateRule(awsIamPolicyNoFullAdmin, withProps(POLICY, { document: admin }))).toMatchObject({ status: 'unhealthy', message: 'policy `app-data` allows every action on every resource' })
    const inline = { ...POLICY, id: 'arn:aws:iam::111122223333:user/alice#inline-policy/all', kind: 'aws.iam.inline-policy', name: 'all', props: { policyName: 'all', document: admin } }
    expect(evaluateRule(awsIamPolicyNoFullAdmin, inline).status).toBe('unhealthy')
  })
  it('is not applicable to AWS managed or unattached policies, unknown without a document', () => {
    expect(evaluateRule(awsIamPolicyNoFullAdmin, withProps(POLICY, { awsManaged: true, document: admin })).status).toBe('not-applicable')
    expect(evaluateRule(awsIamPolicyNoFullAdmin, withProps(POLICY, { attachmentCount: 0, document: admin })).status).toBe('not-applicable')
    expect(evaluateRule(awsIamPolicyNoFullAdmin, withProps(POLICY, { document: undefined })).status).toBe('unknown')
  })
})
