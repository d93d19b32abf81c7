/** @module aws-ecr-repository-scan-on-push */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEcrRepositoryScanOnPush = defineRule({
  id: 'aws-ecr-repository-scan-on-push',
  title: 'ECR repository scans images on push',
  description:
    'Without scan on push (or registry-level enhanced scanning) an image with known vulnerabilities is stored and ' +
    'deployed without anyone being told.',
  severity: 'medium',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities'],
  remediation: {
    steps: ['Turn on scan on push for the repository, or enhanced scanning (Amazon Inspector) for the registry.'],
    cli: 'aws ecr put-image-scanning-configuration --repository-name <repo> --image-scanning-configuration scanOnPush=true',
  },
  target: { kinds: ['aws.ecr.repository'] },
  evaluate: (node) =>
    node.needBool('scanOnPush')
      ? healthy(`repository ${node.label} scans images on push`)
      : unhealthy(`repository ${node.label} does not scan images on push`),
})
