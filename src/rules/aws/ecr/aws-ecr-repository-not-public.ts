/** @module aws-ecr-repository-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { actionsOf, publicStatements } from '../resource-policy.js'

export const awsEcrRepositoryNotPublic = defineRule({
  id: 'aws-ecr-repository-not-public',
  title: 'ECR repository policy does not grant access to everyone',
  description:
    'A repository policy for Principal "*" without an account or organization condition lets any AWS account pull ' +
    'the images (and the secrets and code baked into them), or push images that your workloads will then run.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'data-exposure'],
  remediation: {
    steps: ['Replace Principal "*" with the accounts that need the images, or add an aws:PrincipalOrgID condition.'],
    cli: 'aws ecr set-repository-policy --repository-name <repo> --policy-text file://policy.json',
  },
  target: { kinds: ['aws.ecr.repository'] },
  evaluate: (repo) => {
    const open = publicStatements(repo.obj('resourcePolicy'))
    return open.length === 0
      ? healthy(`repository ${repo.label} grants no access to everyone`)
      : unhealthy(`repository ${repo.label} lets any AWS account call ${actionsOf(open)}`)
  },
})
