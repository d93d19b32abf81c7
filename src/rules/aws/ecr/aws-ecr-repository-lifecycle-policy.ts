/** @module aws-ecr-repository-lifecycle-policy */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEcrRepositoryLifecyclePolicy = defineRule({
  id: 'aws-ecr-repository-lifecycle-policy',
  title: 'ECR repository expires old images with a lifecycle policy',
  description:
    'Without a lifecycle policy every image ever pushed stays pullable, including old builds with known ' +
    'vulnerabilities that someone may still deploy by tag or digest.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['vulnerabilities'],
  remediation: {
    steps: ['Add a lifecycle policy that expires untagged images and keeps only the last N tagged images.'],
    cli: 'aws ecr put-lifecycle-policy --repository-name <repo> --lifecycle-policy-text file://lifecycle.json',
    terraform: 'resource "aws_ecr_lifecycle_policy" "this" {\n  repository = aws_ecr_repository.this.name\n  policy     = file("lifecycle.json")\n}',
  },
  target: { kinds: ['aws.ecr.repository'] },
  evaluate: (repo) =>
    repo.needBool('lifecyclePolicy')
      ? healthy(`repository ${repo.label} has a lifecycle policy`)
      : unhealthy(`repository ${repo.label} keeps every image forever`),
})
