import { describe, expect, it } from 'vitest'
import { referencedAddress } from './tf-plan-reader.js'
import { actionOf, instanceAddress } from './tf-resource.js'
import { moduleOfAddress } from './tf-state-reader.js'

describe('tf-resource', () => {
  it('builds instance addresses for count, for_each, modules and data sources', () => {
    expect(instanceAddress('module.a', 'managed', 'aws_iam_role', 'r', 'web')).toBe('module.a.aws_iam_role.r["web"]')
    expect(instanceAddress(undefined, 'data', 'aws_region', 'r', 0)).toBe('data.aws_region.r[0]')
    expect(moduleOfAddress('module.a.module.b["x"].aws_s3_bucket.b')).toBe('module.a.module.b["x"]')
    expect(moduleOfAddress('aws_s3_bucket.b')).toBeUndefined()
  })

  it('reads plan actions, replace in either order', () => {
    expect(actionOf(['delete', 'create'])).toBe('replace')
    expect(actionOf(['create', 'delete'])).toBe('replace')
    expect(actionOf(['forget'])).toBe('forget')
    expect(actionOf([])).toBe('no-op')
  })

  it('reduces references to the address they name', () => {
    expect(referencedAddress('aws_iam_role.app.arn')).toBe('aws_iam_role.app')
    expect(referencedAddress('aws_instance.web[0].id')).toBe('aws_instance.web')
    expect(referencedAddress('data.aws_iam_policy_document.trust.json')).toBe('data.aws_iam_policy_document.trust')
    expect(referencedAddress('module.net.vpc_id')).toBe('module.net')
  })
})
