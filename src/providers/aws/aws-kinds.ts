/** @module Every node kind the AWS provider emits, with its family, for the coverage report and docs. */
import type { KindInfo } from '../shared/kind-info.js'

export const AWS_KINDS = {
  'aws.account': { family: 'account', description: 'AWS account' },
  'aws.organizations.root': { family: 'organization', description: 'Organizations root' },
  'aws.organizations.ou': { family: 'organization', description: 'Organizations organizational unit' },
  'aws.organizations.policy': { family: 'policy', description: 'Organizations policy (SCP, RCP, tag/backup policy)' },
  'aws.ec2.instance': { family: 'vm', description: 'EC2 instance (alias `aws-instance://<instance-id>`)' },
  'aws.ec2.network-interface': { family: 'network-interface', description: 'Elastic network interface' },
  'aws.ec2.security-group': { family: 'network-security-group', description: 'VPC security group' },
  'aws.ec2.network-acl': { family: 'network-security-group', description: 'VPC network ACL' },
  'aws.ec2.vpc': { family: 'network', description: 'VPC' },
  'aws.ec2.subnet': { family: 'subnet', description: 'VPC subnet' },
  'aws.ec2.route-table': { family: 'route-table', description: 'VPC route table' },
  'aws.ec2.internet-gateway': { family: 'gateway', description: 'Internet gateway' },
  'aws.ec2.egress-only-internet-gateway': { family: 'gateway', description: 'Egress-only internet gateway (IPv6)' },
  'aws.ec2.nat-gateway': { family: 'gateway', description: 'NAT gateway' },
  'aws.ec2.elastic-ip': { family: 'public-ip', description: 'Elastic IP address' },
  'aws.ec2.volume': { family: 'disk', description: 'EBS volume' },
  'aws.elb.load-balancer': { family: 'load-balancer', description: 'Classic load balancer' },
  'aws.elbv2.load-balancer': { family: 'load-balancer', description: 'Application, network or gateway load balancer' },
  'aws.elbv2.listener': { family: 'load-balancer', description: 'ALB/NLB listener' },
  'aws.elbv2.target-group': { family: 'load-balancer', description: 'ALB/NLB target group' },
  'aws.s3.bucket': { family: 'object-storage', description: 'S3 bucket' },
  'aws.rds.db-instance': { family: 'managed-database', description: 'RDS DB instance' },
  'aws.rds.db-cluster': { family: 'managed-database', description: 'RDS/Aurora DB cluster' },
  'aws.rds.db-snapshot': { family: 'database-snapshot', description: 'RDS DB snapshot' },
  'aws.rds.db-cluster-snapshot': { family: 'database-snapshot', description: 'RDS/Aurora cluster snapshot' },
  'aws.dynamodb.table': { family: 'managed-database', description: 'DynamoDB table' },
  'aws.lambda.function': { family: 'function', description: 'Lambda function' },
  'aws.eks.cluster': { family: 'k8s-cluster', description: 'EKS cluster' },
  'aws.eks.nodegroup': { family: 'k8s-node', description: 'EKS managed node group' },
  'aws.ecr.repository': { family: 'container-registry', description: 'ECR repository' },
  'aws.kms.key': { family: 'kms-key', description: 'KMS key' },
  'aws.secretsmanager.secret': { family: 'secret-store', description: 'Secrets Manager secret (metadata only)' },
  'aws.iam.user': { family: 'identity', description: 'IAM user' },
  'aws.iam.role': { family: 'identity', description: 'IAM role' },
  'aws.iam.group': { family: 'group', description: 'IAM group' },
  'aws.iam.policy': { family: 'policy', description: 'IAM managed policy (customer or AWS managed)' },
  'aws.iam.inline-policy': { family: 'policy', description: 'IAM inline policy of a user, group or role' },
  'aws.iam.instance-profile': { family: 'identity', description: 'IAM instance profile (EC2 → role)' },
  'aws.iam.access-key': { family: 'secret', description: 'IAM user access key, `aws://access-keys/<key id>` (id and status only; attached-to its user)' },
  'aws.cloudtrail.trail': { family: 'logging', description: 'CloudTrail trail' },
  'aws.apigateway.rest-api': { family: 'api-endpoint', description: 'API Gateway REST API' },
  'aws.apigateway.stage': { family: 'api-endpoint', description: 'API Gateway REST API stage' },
  'aws.apigatewayv2.api': { family: 'api-endpoint', description: 'API Gateway HTTP or WebSocket API' },
  'aws.apigatewayv2.stage': { family: 'api-endpoint', description: 'API Gateway HTTP/WebSocket stage' },
  // No messaging family exists yet; these are mapped (resource policy normalized) but count as `other`.
  'aws.sns.topic': { family: 'other', description: 'SNS topic (resource policy normalized)' },
  'aws.sqs.queue': { family: 'other', description: 'SQS queue (resource policy normalized)' },
} as const satisfies Record<string, KindInfo>

export type AwsKind = keyof typeof AWS_KINDS

/** Kind of a Config resource type that has no mapper: `aws.unmapped.AWS::X::Y`. */
export const unmappedKind = (resourceType: string): string => `aws.unmapped.${resourceType}`
