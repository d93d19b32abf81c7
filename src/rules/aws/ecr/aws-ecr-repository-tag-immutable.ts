/** @module aws-ecr-repository-tag-immutable */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEcrRepositoryTagImmutable = defineRule({
  id: 'aws-ecr-repository-tag-immutable',
  title: 'ECR repository makes image tags immutable',
  description:
    'With mutable tags anyone allowed to push can replace the image behind a deployed tag: the next pull runs ' +
    'different, unreviewed code under the same name.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['container-security'],
  remediation: {
    steps: ['Set the repository tag mutability to IMMUTABLE and deploy by digest.'],
    cli: 'aws ecr put-image-tag-mutability --repository-name <repo> --image-tag-mutability IMMUTABLE',
  },
  target: { kinds: ['aws.ecr.repository'] },
  evaluate: (node) => {
    const mutability = node.needStr('imageTagMutability')
    return mutability.startsWith('IMMUTABLE')
      ? healthy(`repository ${node.label} has immutable tags (${mutability})`)
      : unhealthy(`repository ${node.label} has mutable image tags`)
  },
})
