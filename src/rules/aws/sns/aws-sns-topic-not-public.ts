/** @module aws-sns-topic-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { actionsOf, publicStatements } from '../resource-policy.js'

export const awsSnsTopicNotPublic = defineRule({
  id: 'aws-sns-topic-not-public',
  title: 'SNS topic policy does not grant access to everyone',
  description:
    'A topic policy statement for Principal "*" without a source or account condition lets any AWS account publish ' +
    'to the topic (spoofed alerts, phishing SMS and e-mail to your subscribers) or subscribe and receive every message.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'data-exposure'],
  remediation: {
    steps: ['Name the publishing principals or add an aws:SourceOwner / aws:SourceArn condition to the statement.'],
    cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name Policy --attribute-value file://policy.json',
  },
  target: { kinds: ['aws.sns.topic'] },
  evaluate: (topic) => {
    const open = publicStatements(topic.obj('resourcePolicy'))
    return open.length === 0
      ? healthy(`topic ${topic.label} grants no access to everyone`)
      : unhealthy(`topic ${topic.label} lets any AWS account call ${actionsOf(open)}`)
  },
})
