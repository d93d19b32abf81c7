/** @module aws-ec2-instance-imdsv2-required */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsEc2InstanceImdsv2Required = defineRule({
  id: 'aws-ec2-instance-imdsv2-required',
  title: 'EC2 instance requires IMDSv2 session tokens for instance metadata',
  description:
    'With IMDSv1 a server-side request forgery in any application on the instance can read the instance role ' +
    'credentials from 169.254.169.254. IMDSv2 requires a session token obtained with a PUT, which SSRF cannot send.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['identity', 'container-security'],
  remediation: {
    steps: ['Set HttpTokens to required on the instance (and in its launch template).'],
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <id> --http-tokens required --http-endpoint enabled',
    terraform: 'metadata_options {\n  http_tokens   = "required"\n  http_endpoint = "enabled"\n}',
  },
  target: { kinds: ['aws.ec2.instance'] },
  evaluate: (instance) => {
    if (instance.bool('metadataEndpointEnabled') === false) return notApplicable(`instance ${instance.label} has the metadata endpoint turned off`)
    return instance.needBool('imdsV2Required')
      ? healthy(`instance ${instance.label} requires IMDSv2`)
      : unhealthy(`instance ${instance.label} accepts IMDSv1 requests (HttpTokens optional)`)
  },
})
