/** @module aws-cloudtrail-trail-logging */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsCloudtrailTrailLogging = defineRule({
  id: 'aws-cloudtrail-trail-logging',
  title: 'CloudTrail trail is logging',
  description:
    'A stopped trail records nothing. Stopping logging (cloudtrail:StopLogging) is a classic first step of an ' +
    'intruder; a trail that exists but does not log gives a false sense of coverage.',
  severity: 'high',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Start logging on the trail and find out from the last events who stopped it and why.'],
    cli: 'aws cloudtrail start-logging --name <trail>',
  },
  target: { kinds: ['aws.cloudtrail.trail'] },
  // isLogging comes from the trail status (supplementary configuration of the Config item).
  evaluate: (trail) =>
    trail.needBool('isLogging') ? healthy(`trail ${trail.label} is logging`) : unhealthy(`trail ${trail.label} has logging stopped`),
})
