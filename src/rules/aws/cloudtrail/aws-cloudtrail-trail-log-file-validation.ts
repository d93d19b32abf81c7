/** @module aws-cloudtrail-trail-log-file-validation */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsCloudtrailTrailLogFileValidation = defineRule({
  id: 'aws-cloudtrail-trail-log-file-validation',
  title: 'CloudTrail trail validates its log files',
  description:
    'Log file validation writes signed digest files, so a log file that was changed or deleted after delivery ' +
    '(an intruder covering their tracks) can be detected.',
  severity: 'medium',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Enable log file validation on the trail.'],
    cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
    terraform: 'enable_log_file_validation = true',
  },
  target: { kinds: ['aws.cloudtrail.trail'] },
  evaluate: (trail) =>
    trail.needBool('logFileValidation')
      ? healthy(`trail ${trail.label} validates its log files`)
      : unhealthy(`trail ${trail.label} does not validate its log files`),
})
