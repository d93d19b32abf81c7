/** @module CIS Amazon Web Services Foundations Benchmark v3.0.0: requirement → rule ids. */
import { defineFramework } from './framework.js'

export const CIS_AWS_FOUNDATIONS = defineFramework({
  id: 'cis-aws-foundations-3-0',
  title: 'CIS Amazon Web Services Foundations Benchmark',
  version: '3.0.0',
  url: 'https://www.cisecurity.org/benchmark/amazon_web_services',
  requirements: [
    { id: '1.10', title: 'MFA is enabled for all IAM users that have a console password', rules: ['aws-iam-user-mfa-enabled'] },
    { id: '2.1.4', title: 'S3 buckets are configured with Block public access (bucket settings)', rules: ['aws-s3-bucket-public-access-blocked', 'aws-s3-bucket-public-read'] },
    { id: '2.2.1', title: 'EBS volume encryption is enabled in all regions', rules: ['aws-ec2-volume-encrypted'] },
    { id: '2.3.1', title: 'Encryption-at-rest is enabled for RDS instances', rules: ['aws-rds-cluster-storage-encrypted', 'aws-rds-instance-storage-encrypted'] },
    { id: '2.3.3', title: 'Public access is not given to RDS instances', rules: ['aws-rds-instance-publicly-accessible'] },
    { id: '3.1', title: 'CloudTrail is enabled in all regions', rules: ['aws-cloudtrail-trail-multi-region'] },
    { id: '3.4', title: 'S3 bucket access logging is enabled on the CloudTrail S3 bucket', rules: ['aws-s3-bucket-logging-enabled'] },
    { id: '3.6', title: 'Rotation for customer-created symmetric CMKs is enabled', rules: ['aws-kms-key-rotation-enabled'] },
    {
      id: '5.2',
      title: 'No security groups allow ingress from 0.0.0.0/0 to remote server administration ports',
      rules: ['aws-ec2-security-group-ssh-open-to-internet', 'aws-ec2-security-group-rdp-open-to-internet'],
    },
    {
      id: '5.3',
      title: 'No security groups allow ingress from ::/0 to remote server administration ports',
      rules: ['aws-ec2-security-group-ssh-open-to-internet', 'aws-ec2-security-group-rdp-open-to-internet'],
    },
    { id: '5.6', title: 'EC2 Metadata Service only allows IMDSv2', rules: ['aws-ec2-instance-imdsv2-required'] },
    { id: '5.1', title: 'No Network ACLs allow ingress from 0.0.0.0/0 to remote server administration ports', rules: ['aws-ec2-network-acl-admin-ports-open-to-internet'] },
    { id: '5.4', title: 'The default security group of every VPC restricts all traffic', rules: ['aws-ec2-security-group-default-restricts-all'] },
    { id: '2.1.1', title: 'S3 Bucket Policy is set to deny HTTP requests', rules: ['aws-s3-bucket-ssl-only'] },
    { id: '2.1.2', title: 'MFA Delete is enabled on S3 buckets', rules: ['aws-s3-bucket-mfa-delete'] },
  ],
})
