/** @module aws-cloudtrail-trail-cloudwatch-logs */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const awsCloudtrailTrailCloudwatchLogs = defineRule({
  id: 'aws-cloudtrail-trail-cloudwatch-logs',
  title: 'CloudTrail trail delivers events to CloudWatch Logs',
  description:
    'S3 delivery is batched and nobody watches the bucket. Sending the trail to CloudWatch Logs allows metric ' +
    'filters and alarms on root sign-ins, IAM and security group changes, and console logins without MFA.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Create a log group and a role CloudTrail can assume to write to it, and configure the trail with both.'],
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    terraform: 'cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\ncloud_watch_logs_role_arn  = aws_iam_role.trail.arn',
  },
  target: { kinds: ['aws.cloudtrail.trail'] },
  evaluate: (trail) => {
    const group = trail.str('cloudWatchLogsLogGroupArn')
    if (group !== undefined) return healthy(`trail ${trail.label} delivers to CloudWatch Logs`)
    return trail.str('s3BucketName') === undefined
      ? unknown(`trail ${trail.label}: its configuration is not in the input`)
      : unhealthy(`trail ${trail.label} is not integrated with CloudWatch Logs`)
  },
})
