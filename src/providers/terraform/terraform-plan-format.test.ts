import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import type { NodeInput } from '../../model/graph-types.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
const node = (nodes: readonly NodeInput[], id: string): NodeInput => {
  const found = nodes.find((n) => n.id === id)
  if (found === undefined) throw new Error(`no node ${id}`)
  return found
}

describe('terraform-plan', () => {
  it('marks created resources planned, building the id when the values allow it', async () => {
    const path = fixture('plan.json')
    const result = await readFixture(path)
    expect(result.format).toBe('terraform-plan')
    const { nodes } = result.fragment
    expect(node(nodes, 'arn:aws:s3:::demo-new').props).toMatchObject({ planned: true, plannedAction: 'create', bucketName: 'demo-new' })
    const role = node(nodes, `tf-planned://${path}#module.app.aws_iam_role.svc`)
    expect(role).toMatchObject({ kind: 'aws.iam.role', family: 'identity', props: { planned: true, roleName: 'svc' } })
  })

  it('records the action of existing resources and reads deleted ones from before', async () => {
    const { fragment } = await readFixture(fixture('plan.json'))
    const sg = node(fragment.nodes, 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123456789abcdef0')
    expect(sg.props).toMatchObject({ plannedAction: 'update', ingressRules: [{ fromPort: 3389, cidrs: ['0.0.0.0/0'] }] })
    expect(sg.props?.planned).toBeUndefined()
    expect(node(fragment.nodes, 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0old').props).toMatchObject({ plannedAction: 'delete', instanceType: 't2.micro' })
    expect(node(fragment.nodes, 'arn:aws:rds:eu-west-1:111122223333:db:main').props).toMatchObject({ plannedAction: 'replace' })
    expect(node(fragment.nodes, 'arn:aws:kms:eu-west-1:111122223333:key/1234').props).toMatchObject({ keyRotationEnabled: false })
    expect(fragment.nodes.some((n) => n.id.includes('aws_region'))).toBe(false)
  })

  it('keeps configuration references, module-relative ones prefixed, on the address node', async () => {
    const path = fixture('plan.json')
    const { fragment } = await readFixture(path)
    expect(node(fragment.nodes, `tf://${path}#aws_lambda_function.fn`).props?.references).toEqual(['aws_kms_key.k', 'module.app'])
    expect(node(fragment.nodes, `tf://${path}#module.app.aws_iam_role.svc`).props?.references).toEqual(['module.app.aws_iam_policy.boundary'])
    expect(fragment.edges).toContainEqual(expect.objectContaining({ from: 'arn:aws:lambda:eu-west-1:111122223333:function:fn', kind: 'can-authenticate-as', to: 'arn:aws:iam::111122223333:role/fn-role' }))
  })

  it('masks after_sensitive and before_sensitive values', async () => {
    const { fragment } = await readFixture(fixture('plan.json'))
    const json = JSON.stringify(fragment)
    expect(json).not.toContain('plan-after-password')
    expect(json).not.toContain('plan-before-password')
  })

  it('reads a UTF-16 plan written by PowerShell redirection', async () => {
    const result = await readFixture(fixture('plan-utf16.json'))
    expect(result.format).toBe('terraform-plan')
    expect(result.issues).toEqual([])
    expect(result.fragment.nodes.some((n) => n.id === 'arn:aws:s3:::demo-new')).toBe(true)
  })
})
