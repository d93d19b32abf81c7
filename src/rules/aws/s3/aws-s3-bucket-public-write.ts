/** @module aws-s3-bucket-public-write */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { actionsOf, publicStatements } from '../resource-policy.js'

const WRITE_GRANTS = new Set(['WRITE', 'WRITE_ACP', 'FULL_CONTROL'])
/** Actions that change or delete objects or the bucket's own settings; a policy action matches if it covers one. */
const WRITE_ACTIONS = ['s3:PutObject', 's3:PutObjectAcl', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutBucketPolicy', 's3:PutBucketAcl', 's3:DeleteBucket', 's3:RestoreObject', 's3:ReplicateObject', 's3:AbortMultipartUpload']

/** True when the (possibly wildcarded, case-insensitive) policy action covers a write action. */
function coversWrite(action: string): boolean {
  const pattern = new RegExp(`^${action.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i')
  return WRITE_ACTIONS.some((write) => pattern.test(write))
}

export const awsS3BucketPublicWrite = defineRule({
  id: 'aws-s3-bucket-public-write',
  title: 'S3 bucket does not allow public write',
  description:
    'A bucket that an ACL grant (WRITE, WRITE_ACP, FULL_CONTROL to AllUsers or AuthenticatedUsers) or a policy ' +
    'statement for Principal "*" lets anyone write can be filled with malware, used to serve phishing pages under ' +
    'your name, or emptied. Block Public Access on the bucket neutralises both.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure', 'access-control'],
  remediation: {
    steps: [
      'Remove the ACL grants to AllUsers and AuthenticatedUsers and the policy statements allowing writes to Principal "*".',
      'Turn on S3 Block Public Access for the bucket and the account.',
    ],
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const grants = bucket.objects('publicAclGrants')
    const policy = bucket.obj('resourcePolicy')
    const block = bucket.obj('publicAccessBlock')
    if (grants === undefined && policy === undefined && block === undefined) {
      return unknown(`bucket ${bucket.label}: neither its ACL, policy nor public access block is in the input`)
    }
    const via: string[] = []
    if (block?.['ignorePublicAcls'] !== true) {
      for (const grant of grants ?? []) {
        if (WRITE_GRANTS.has(text(grant['permission']))) via.push(`ACL grant ${text(grant['permission'])} to ${text(grant['grantee'])}`)
      }
    }
    if (block?.['restrictPublicBuckets'] !== true) {
      const writes = publicStatements(policy).filter((statement) => {
        const actions = statement['Action']
        const list = Array.isArray(actions) ? actions : [actions]
        return list.some((action) => typeof action === 'string' && coversWrite(action))
      })
      if (writes.length > 0) via.push(`policy allowing ${actionsOf(writes)} to everyone`)
    }
    return via.length === 0
      ? healthy(`bucket ${bucket.label} grants no public write`)
      : unhealthy(`bucket ${bucket.label} is writable by anyone via ${via.join('; ')}`)
  },
})
