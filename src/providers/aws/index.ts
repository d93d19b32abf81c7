/** @module Input formats read by the aws provider, in detection order (most specific first). */
import type { FormatAdapter } from '../../formats/format-adapter.js'
import { awsConfigApiFormat } from './config/config-api-format.js'
import { awsConfigQueryFormat } from './config/config-query-format.js'
import { awsConfigSnapshotFormat } from './config/config-snapshot-format.js'
import { awsCredentialReportFormat } from './credential-report/credential-report-format.js'
import { awsEksClusterFormat } from './eks/eks-describe-format.js'
import { awsIamAuthorizationDetailsFormat } from './iam-authz/iam-authz-format.js'
import { awsOrganizationsPolicyFormat } from './organizations/organizations-policy-format.js'

export { AWS_KINDS } from './aws-kinds.js'

export const AWS_FORMATS: readonly FormatAdapter[] = [
  awsConfigSnapshotFormat,
  awsConfigApiFormat,
  awsConfigQueryFormat,
  // Before IAM: Organizations list-policies also has a top-level `Policies` array.
  awsOrganizationsPolicyFormat,
  awsIamAuthorizationDetailsFormat,
  awsEksClusterFormat,
  awsCredentialReportFormat,
]
