/** @module aws-cloudtrail-trail-multi-region */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsCloudtrailTrailMultiRegion = defineRule({
  id: 'aws-cloudtrail-trail-multi-region',
  title: 'CloudTrail trail records every region and is logging',
  description:
    'A single-region or stopped trail leaves API activity in other regions unrecorded, which is where attackers ' +
    'start resources they do not want seen.',
  severity: 'medium',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Make the trail multi-region (or create an organization trail) and start logging.'],
    cli: 'aws cloudtrail update-trail --name <trail> --is-multi-region-trail && aws cloudtrail start-logging --name <trail>',
    terraform: 'is_multi_region_trail = true\nenable_logging        = true',
  },
  target: { kinds: ['aws.cloudtrail.trail'] },
  evaluate: (trail) => {
    if (!trail.needBool('multiRegion')) return unhealthy(`trail ${trail.label} records only its home region`)
    return trail.bool('isLogging') === false
      ? unhealthy(`trail ${trail.label} is multi-region but not logging`)
      : healthy(`trail ${trail.label} records every region`)
  },
})
