/** @module aws-s3-bucket-ssl-only */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { isEveryone, statementsOf } from '../resource-policy.js'

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A Deny for everyone when aws:SecureTransport is false (or the TLS version below 1.2). */
function deniesPlainHttp(statement: JsonObject): boolean {
  if (statement['Effect'] !== 'Deny' || !isEveryone(statement['Principal'])) return false
  const condition = statement['Condition']
  if (!isObject(condition)) return false
  return Object.entries(condition).some(([operator, block]) => {
    if (!isObject(block)) return false
    return Object.entries(block).some(([key, value]) => {
      const k = key.toLowerCase()
      if (k === 'aws:securetransport') return operator.startsWith('Bool') && (Array.isArray(value) ? value : [value]).some((v) => v === 'false' || v === false)
      return k === 's3:tlsversion' && operator.startsWith('NumericLessThan')
    })
  })
}

export const awsS3BucketSslOnly = defineRule({
  id: 'aws-s3-bucket-ssl-only',
  title: 'S3 bucket policy denies requests over plain HTTP',
  description:
    'S3 answers both HTTP and HTTPS. Unless the bucket policy denies requests where aws:SecureTransport is false, a ' +
    'misconfigured client or SDK can send credentials-signed requests and object data in clear text.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Add a bucket policy statement that denies s3:* to Principal "*" when aws:SecureTransport is false.'],
    cli: 'aws s3api put-bucket-policy --bucket <bucket> --policy file://deny-http.json',
    terraform:
      'statement {\n  effect    = "Deny"\n  actions   = ["s3:*"]\n  resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "Bool"\n    variable = "aws:SecureTransport"\n    values   = ["false"]\n  }\n}',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const policy = bucket.obj('resourcePolicy')
    // Without a policy, the supplementary configuration tells "no policy" from "not exported".
    if (policy === undefined && bucket.obj('logging') === undefined) return unknown(`bucket ${bucket.label}: its bucket policy is not in the input`)
    return statementsOf(policy).some(deniesPlainHttp)
      ? healthy(`bucket ${bucket.label} denies requests without TLS`)
      : unhealthy(`bucket ${bucket.label}${policy === undefined ? ' has no bucket policy, so it' : ''} accepts requests over plain HTTP`)
  },
})
