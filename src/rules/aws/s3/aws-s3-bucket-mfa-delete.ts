/** @module aws-s3-bucket-mfa-delete */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const awsS3BucketMfaDelete = defineRule({
  id: 'aws-s3-bucket-mfa-delete',
  title: 'S3 bucket requires MFA to delete object versions',
  description:
    'With MFA delete, permanently deleting an object version or suspending versioning needs the root user\'s MFA ' +
    'code, so stolen access keys alone cannot destroy the history that versioning keeps.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['As the root user with an MFA device, enable versioning with MFA delete on the bucket (CLI or API only).'],
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<mfa-serial> <code>"',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const versioning = bucket.obj('versioning')
    if (versioning === undefined) return unknown(`bucket ${bucket.label}: its versioning configuration is not in the input`)
    // Config leaves isMfaDeleteEnabled null when MFA delete was never turned on.
    return versioning['mfaDelete'] === true
      ? healthy(`bucket ${bucket.label} requires MFA to delete versions`)
      : unhealthy(`bucket ${bucket.label} lets versions be deleted without MFA`)
  },
})
