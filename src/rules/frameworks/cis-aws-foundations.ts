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
    { id: '1.4', title: 'No root user account access key exists', rules: ['aws-iam-root-no-access-keys'] },
    { id: '1.5', title: 'MFA is enabled for the root user account', rules: ['aws-iam-root-mfa-enabled'] },
    { id: '1.12', title: 'Credentials unused for 45 days or greater are disabled', rules: ['aws-iam-user-unused-credentials'] },
    { id: '1.13', title: 'There is only one active access key for any single IAM user', rules: ['aws-iam-user-single-active-access-key'] },
    { id: '1.14', title: 'Access keys are rotated every 90 days or less', rules: ['aws-iam-user-access-keys-rotated'] },
    { id: '1.15', title: 'IAM users receive permissions only through groups', rules: ['aws-iam-user-no-direct-policies'] },
    { id: '1.16', title: 'IAM policies that allow full "*:*" administrative privileges are not attached', rules: ['aws-iam-policy-no-full-admin'] },
    { id: '3.2', title: 'CloudTrail log file validation is enabled', rules: ['aws-cloudtrail-trail-log-file-validation'] },
    { id: '3.5', title: 'CloudTrail logs are encrypted at rest using KMS CMKs', rules: ['aws-cloudtrail-trail-kms-encrypted'] },
  ],
})
