/**
 * @module ALL_RULES: the built-in rule library, listed explicitly (the meta-test checks that every rule file
 * under rules/<provider>/ is here and that nothing else is). Keep the list sorted by id.
 */
import type { Rule } from './define-rule.js'
import { awsApigatewayApiAuthorization } from './aws/apigateway/aws-apigateway-api-authorization.js'
import { awsApigatewayStageAccessLogging } from './aws/apigateway/aws-apigateway-stage-access-logging.js'
import { awsApigatewayStageWaf } from './aws/apigateway/aws-apigateway-stage-waf.js'
import { awsCloudtrailTrailBucketNotPublic } from './aws/cloudtrail/aws-cloudtrail-trail-bucket-not-public.js'
import { awsCloudtrailTrailCloudwatchLogs } from './aws/cloudtrail/aws-cloudtrail-trail-cloudwatch-logs.js'
import { awsCloudtrailTrailKmsEncrypted } from './aws/cloudtrail/aws-cloudtrail-trail-kms-encrypted.js'
import { awsCloudtrailTrailLogFileValidation } from './aws/cloudtrail/aws-cloudtrail-trail-log-file-validation.js'
import { awsCloudtrailTrailLogging } from './aws/cloudtrail/aws-cloudtrail-trail-logging.js'
import { awsCloudtrailTrailMultiRegion } from './aws/cloudtrail/aws-cloudtrail-trail-multi-region.js'
import { awsDynamodbTableCustomerManagedKey } from './aws/dynamodb/aws-dynamodb-table-customer-managed-key.js'
import { awsDynamodbTableDeletionProtection } from './aws/dynamodb/aws-dynamodb-table-deletion-protection.js'
import { awsDynamodbTablePointInTimeRecovery } from './aws/dynamodb/aws-dynamodb-table-point-in-time-recovery.js'
import { awsEc2InstanceImdsv2Required } from './aws/ec2/aws-ec2-instance-imdsv2-required.js'
import { awsEc2InstanceNoPlaintextSecret } from './aws/ec2/aws-ec2-instance-no-plaintext-secret.js'
import { awsEc2InstanceNoPublicIp } from './aws/ec2/aws-ec2-instance-no-public-ip.js'
import { awsEc2NetworkAclAdminPortsOpenToInternet } from './aws/ec2/aws-ec2-network-acl-admin-ports-open-to-internet.js'
import { awsEc2SecurityGroupAllPortsOpenToInternet } from './aws/ec2/aws-ec2-security-group-all-ports-open-to-internet.js'
import { awsEc2SecurityGroupDatabasePortsOpenToInternet } from './aws/ec2/aws-ec2-security-group-database-ports-open-to-internet.js'
import { awsEc2SecurityGroupDefaultRestrictsAll } from './aws/ec2/aws-ec2-security-group-default-restricts-all.js'
import { awsEc2SecurityGroupRdpOpenToInternet } from './aws/ec2/aws-ec2-security-group-rdp-open-to-internet.js'
import { awsEc2SecurityGroupSshOpenToInternet } from './aws/ec2/aws-ec2-security-group-ssh-open-to-internet.js'
import { awsEc2SubnetNoAutoPublicIp } from './aws/ec2/aws-ec2-subnet-no-auto-public-ip.js'
import { awsEc2VolumeEncrypted } from './aws/ec2/aws-ec2-volume-encrypted.js'
import { awsEcrRepositoryLifecyclePolicy } from './aws/ecr/aws-ecr-repository-lifecycle-policy.js'
import { awsEcrRepositoryNotPublic } from './aws/ecr/aws-ecr-repository-not-public.js'
import { awsEcrRepositoryScanOnPush } from './aws/ecr/aws-ecr-repository-scan-on-push.js'
import { awsEcrRepositoryTagImmutable } from './aws/ecr/aws-ecr-repository-tag-immutable.js'
import { awsEksClusterAuditLogging } from './aws/eks/aws-eks-cluster-audit-logging.js'
import { awsEksClusterEndpointRestricted } from './aws/eks/aws-eks-cluster-endpoint-restricted.js'
import { awsEksClusterSecretsEncrypted } from './aws/eks/aws-eks-cluster-secrets-encrypted.js'
import { awsEksNodegroupSshRestricted } from './aws/eks/aws-eks-nodegroup-ssh-restricted.js'
import { awsElbClassicLoadBalancerHttpsOnly } from './aws/elb/aws-elb-classic-load-balancer-https-only.js'
import { awsElbListenerHttpsOnly } from './aws/elb/aws-elb-listener-https-only.js'
import { awsElbListenerModernTlsPolicy } from './aws/elb/aws-elb-listener-modern-tls-policy.js'
import { awsElbLoadBalancerAccessLogs } from './aws/elb/aws-elb-load-balancer-access-logs.js'
import { awsElbLoadBalancerDeletionProtection } from './aws/elb/aws-elb-load-balancer-deletion-protection.js'
import { awsElbLoadBalancerDropsInvalidHeaders } from './aws/elb/aws-elb-load-balancer-drops-invalid-headers.js'
import { awsIamPolicyNoFullAdmin } from './aws/iam/aws-iam-policy-no-full-admin.js'
import { awsIamRoleTrustNotPublic } from './aws/iam/aws-iam-role-trust-not-public.js'
import { awsIamRootMfaEnabled } from './aws/iam/aws-iam-root-mfa-enabled.js'
import { awsIamRootNoAccessKeys } from './aws/iam/aws-iam-root-no-access-keys.js'
import { awsIamUserAccessKeysRotated } from './aws/iam/aws-iam-user-access-keys-rotated.js'
import { awsIamUserMfaEnabled } from './aws/iam/aws-iam-user-mfa-enabled.js'
import { awsIamUserNoDirectPolicies } from './aws/iam/aws-iam-user-no-direct-policies.js'
import { awsIamUserSingleActiveAccessKey } from './aws/iam/aws-iam-user-single-active-access-key.js'
import { awsIamUserUnusedCredentials } from './aws/iam/aws-iam-user-unused-credentials.js'
import { awsKmsKeyNotPendingDeletion } from './aws/kms/aws-kms-key-not-pending-deletion.js'
import { awsKmsKeyNotPublic } from './aws/kms/aws-kms-key-not-public.js'
import { awsKmsKeyRotationEnabled } from './aws/kms/aws-kms-key-rotation-enabled.js'
import { awsLambdaFunctionNoPlaintextSecret } from './aws/lambda/aws-lambda-function-no-plaintext-secret.js'
import { awsLambdaFunctionNotPublic } from './aws/lambda/aws-lambda-function-not-public.js'
import { awsLambdaFunctionSupportedRuntime } from './aws/lambda/aws-lambda-function-supported-runtime.js'
import { awsLambdaFunctionUrlAuthRequired } from './aws/lambda/aws-lambda-function-url-auth-required.js'
import { awsRdsClusterBackupRetention } from './aws/rds/aws-rds-cluster-backup-retention.js'
import { awsRdsClusterDeletionProtection } from './aws/rds/aws-rds-cluster-deletion-protection.js'
import { awsRdsClusterIamAuthentication } from './aws/rds/aws-rds-cluster-iam-authentication.js'
import { awsRdsClusterStorageEncrypted } from './aws/rds/aws-rds-cluster-storage-encrypted.js'
import { awsRdsInstanceBackupRetention } from './aws/rds/aws-rds-instance-backup-retention.js'
import { awsRdsInstanceDefaultAdminUsername } from './aws/rds/aws-rds-instance-default-admin-username.js'
import { awsRdsInstanceDeletionProtection } from './aws/rds/aws-rds-instance-deletion-protection.js'
import { awsRdsInstanceIamAuthentication } from './aws/rds/aws-rds-instance-iam-authentication.js'
import { awsRdsInstanceMultiAz } from './aws/rds/aws-rds-instance-multi-az.js'
import { awsRdsInstancePubliclyAccessible } from './aws/rds/aws-rds-instance-publicly-accessible.js'
import { awsRdsInstanceStorageEncrypted } from './aws/rds/aws-rds-instance-storage-encrypted.js'
import { awsRdsSnapshotEncrypted } from './aws/rds/aws-rds-snapshot-encrypted.js'
import { awsRdsSnapshotNotPublic } from './aws/rds/aws-rds-snapshot-not-public.js'
import { awsS3BucketDefaultEncryption } from './aws/s3/aws-s3-bucket-default-encryption.js'
import { awsS3BucketLoggingEnabled } from './aws/s3/aws-s3-bucket-logging-enabled.js'
import { awsS3BucketMfaDelete } from './aws/s3/aws-s3-bucket-mfa-delete.js'
import { awsS3BucketPublicAccessBlocked } from './aws/s3/aws-s3-bucket-public-access-blocked.js'
import { awsS3BucketPublicRead } from './aws/s3/aws-s3-bucket-public-read.js'
import { awsS3BucketPublicWrite } from './aws/s3/aws-s3-bucket-public-write.js'
import { awsS3BucketSensitiveDataNotPublic } from './aws/s3/aws-s3-bucket-sensitive-data-not-public.js'
import { awsS3BucketSslOnly } from './aws/s3/aws-s3-bucket-ssl-only.js'
import { awsS3BucketVersioningEnabled } from './aws/s3/aws-s3-bucket-versioning-enabled.js'
import { awsSecretsmanagerSecretNotPublic } from './aws/secretsmanager/aws-secretsmanager-secret-not-public.js'
import { awsSecretsmanagerSecretRotationEnabled } from './aws/secretsmanager/aws-secretsmanager-secret-rotation-enabled.js'
import { awsSnsTopicEncrypted } from './aws/sns/aws-sns-topic-encrypted.js'
import { awsSnsTopicNotPublic } from './aws/sns/aws-sns-topic-not-public.js'
import { awsSqsQueueEncrypted } from './aws/sqs/aws-sqs-queue-encrypted.js'
import { awsSqsQueueNotPublic } from './aws/sqs/aws-sqs-queue-not-public.js'
import { azureAksAgentpoolNoPublicIp } from './azure/aks/azure-aks-agentpool-no-public-ip.js'
import { azureAksClusterAuthorizedIpRanges } from './azure/aks/azure-aks-cluster-authorized-ip-ranges.js'
import { azureAksClusterAzurePolicyAddon } from './azure/aks/azure-aks-cluster-azure-policy-addon.js'
import { azureAksClusterEntraIntegration } from './azure/aks/azure-aks-cluster-entra-integration.js'
import { azureAksClusterLocalAccountsDisabled } from './azure/aks/azure-aks-cluster-local-accounts-disabled.js'
import { azureAksClusterNetworkPolicy } from './azure/aks/azure-aks-cluster-network-policy.js'
import { azureAksClusterRbacEnabled } from './azure/aks/azure-aks-cluster-rbac-enabled.js'
import { azureApimanagementApiHttpsOnly } from './azure/apimanagement/azure-apimanagement-api-https-only.js'
import { azureAppContainerappHttpsOnly } from './azure/app/azure-app-containerapp-https-only.js'
import { azureAuthorizationCustomRoleNoOwnerPrivileges } from './azure/authorization/azure-authorization-custom-role-no-owner-privileges.js'
import { azureCacheRedisMinTlsVersion } from './azure/cache/azure-cache-redis-min-tls-version.js'
import { azureCacheRedisNonSslPortDisabled } from './azure/cache/azure-cache-redis-non-ssl-port-disabled.js'
import { azureComputeDiskNetworkAccessRestricted } from './azure/compute/azure-compute-disk-network-access-restricted.js'
import { azureComputeVmEncryptionAtHost } from './azure/compute/azure-compute-vm-encryption-at-host.js'
import { azureComputeVmManagedDisks } from './azure/compute/azure-compute-vm-managed-disks.js'
import { azureComputeVmNoPlaintextSecret } from './azure/compute/azure-compute-vm-no-plaintext-secret.js'
import { azureComputeVmPasswordAuthDisabled } from './azure/compute/azure-compute-vm-password-auth-disabled.js'
import { azureComputeVmTrustedLaunch } from './azure/compute/azure-compute-vm-trusted-launch.js'
import { azureContainerinstanceContainergroupNotPublic } from './azure/containerinstance/azure-containerinstance-containergroup-not-public.js'
import { azureContainerregistryRegistryAdminUserDisabled } from './azure/containerregistry/azure-containerregistry-registry-admin-user-disabled.js'
import { azureContainerregistryRegistryAnonymousPullDisabled } from './azure/containerregistry/azure-containerregistry-registry-anonymous-pull-disabled.js'
import { azureContainerregistryRegistryNetworkRestricted } from './azure/containerregistry/azure-containerregistry-registry-network-restricted.js'
import { azureCosmosdbAccountKeyMetadataWriteDisabled } from './azure/cosmosdb/azure-cosmosdb-account-key-metadata-write-disabled.js'
import { azureCosmosdbAccountLocalAuthDisabled } from './azure/cosmosdb/azure-cosmosdb-account-local-auth-disabled.js'
import { azureCosmosdbAccountNetworkRestricted } from './azure/cosmosdb/azure-cosmosdb-account-network-restricted.js'
import { azureDatabaseServerFirewallAnyIp } from './azure/database/azure-database-server-firewall-any-ip.js'
import { azureDatabaseServerGeoRedundantBackup } from './azure/database/azure-database-server-geo-redundant-backup.js'
import { azureDatabaseServerPasswordAuthDisabled } from './azure/database/azure-database-server-password-auth-disabled.js'
import { azureDatabaseServerPublicNetworkAccessDisabled } from './azure/database/azure-database-server-public-network-access-disabled.js'
import { azureDatabaseServerTlsEnforced } from './azure/database/azure-database-server-tls-enforced.js'
import { azureKeyvaultKeyExpirationSet } from './azure/keyvault/azure-keyvault-key-expiration-set.js'
import { azureKeyvaultKeyRotationPolicy } from './azure/keyvault/azure-keyvault-key-rotation-policy.js'
import { azureKeyvaultSecretExpirationSet } from './azure/keyvault/azure-keyvault-secret-expiration-set.js'
import { azureKeyvaultVaultNetworkRestricted } from './azure/keyvault/azure-keyvault-vault-network-restricted.js'
import { azureKeyvaultVaultPurgeProtection } from './azure/keyvault/azure-keyvault-vault-purge-protection.js'
import { azureKeyvaultVaultRbacAuthorization } from './azure/keyvault/azure-keyvault-vault-rbac-authorization.js'
import { azureNetworkNsgAnyAnyInbound } from './azure/network/azure-network-nsg-any-any-inbound.js'
import { azureNetworkNsgDatabasePortsOpen } from './azure/network/azure-network-nsg-database-ports-open.js'
import { azureNetworkNsgManagementPortsOpen } from './azure/network/azure-network-nsg-management-ports-open.js'
import { azureSqlManagedinstancePublicEndpointDisabled } from './azure/sql/azure-sql-managedinstance-public-endpoint-disabled.js'
import { azureSqlServerEntraAdmin } from './azure/sql/azure-sql-server-entra-admin.js'
import { azureSqlServerMinTlsVersion } from './azure/sql/azure-sql-server-min-tls-version.js'
import { azureSqlServerPublicNetworkAccessDisabled } from './azure/sql/azure-sql-server-public-network-access-disabled.js'
import { azureStorageAccountBlobPublicAccessDisabled } from './azure/storage/azure-storage-account-blob-public-access-disabled.js'
import { azureStorageAccountCrossTenantReplicationDisabled } from './azure/storage/azure-storage-account-cross-tenant-replication-disabled.js'
import { azureStorageAccountCustomerManagedKey } from './azure/storage/azure-storage-account-customer-managed-key.js'
import { azureStorageAccountHttpsOnly } from './azure/storage/azure-storage-account-https-only.js'
import { azureStorageAccountInfrastructureEncryption } from './azure/storage/azure-storage-account-infrastructure-encryption.js'
import { azureStorageAccountMinTlsVersion } from './azure/storage/azure-storage-account-min-tls-version.js'
import { azureStorageAccountNetworkDefaultDeny } from './azure/storage/azure-storage-account-network-default-deny.js'
import { azureStorageAccountSensitiveDataNotPublic } from './azure/storage/azure-storage-account-sensitive-data-not-public.js'
import { azureStorageAccountSharedKeyAccessDisabled } from './azure/storage/azure-storage-account-shared-key-access-disabled.js'
import { azureStorageContainerNotPublic } from './azure/storage/azure-storage-container-not-public.js'
import { azureWebAppAuthenticationEnabled } from './azure/web/azure-web-app-authentication-enabled.js'
import { azureWebAppFtpDisabled } from './azure/web/azure-web-app-ftp-disabled.js'
import { azureWebAppHttpsOnly } from './azure/web/azure-web-app-https-only.js'
import { azureWebAppManagedIdentity } from './azure/web/azure-web-app-managed-identity.js'
import { azureWebAppMinTlsVersion } from './azure/web/azure-web-app-min-tls-version.js'
import { azureWebAppRemoteDebuggingDisabled } from './azure/web/azure-web-app-remote-debugging-disabled.js'
import { gcpBigqueryDatasetCustomerManagedKey } from './gcp/bigquery/gcp-bigquery-dataset-customer-managed-key.js'
import { gcpBigqueryDatasetNotPublic } from './gcp/bigquery/gcp-bigquery-dataset-not-public.js'
import { gcpCloudfunctionsFunctionInternalIngress } from './gcp/cloudfunctions/gcp-cloudfunctions-function-internal-ingress.js'
import { gcpCloudfunctionsFunctionNoPlaintextSecret } from './gcp/cloudfunctions/gcp-cloudfunctions-function-no-plaintext-secret.js'
import { gcpCloudfunctionsFunctionNotPublic } from './gcp/cloudfunctions/gcp-cloudfunctions-function-not-public.js'
import { gcpComputeBackendServiceCloudArmor } from './gcp/compute/gcp-compute-backend-service-cloud-armor.js'
import { gcpComputeDiskCustomerManagedKey } from './gcp/compute/gcp-compute-disk-customer-managed-key.js'
import { gcpComputeFirewallAllPortsOpenToInternet } from './gcp/compute/gcp-compute-firewall-all-ports-open-to-internet.js'
import { gcpComputeFirewallDatabasePortsOpenToInternet } from './gcp/compute/gcp-compute-firewall-database-ports-open-to-internet.js'
import { gcpComputeFirewallRdpOpenToInternet } from './gcp/compute/gcp-compute-firewall-rdp-open-to-internet.js'
import { gcpComputeFirewallSshOpenToInternet } from './gcp/compute/gcp-compute-firewall-ssh-open-to-internet.js'
import { gcpComputeInstanceBlockProjectSshKeys } from './gcp/compute/gcp-compute-instance-block-project-ssh-keys.js'
import { gcpComputeInstanceConfidentialComputing } from './gcp/compute/gcp-compute-instance-confidential-computing.js'
import { gcpComputeInstanceDefaultSaFullApiAccess } from './gcp/compute/gcp-compute-instance-default-sa-full-api-access.js'
import { gcpComputeInstanceDefaultServiceAccount } from './gcp/compute/gcp-compute-instance-default-service-account.js'
import { gcpComputeInstanceIpForwardingDisabled } from './gcp/compute/gcp-compute-instance-ip-forwarding-disabled.js'
import { gcpComputeInstanceNoPlaintextSecret } from './gcp/compute/gcp-compute-instance-no-plaintext-secret.js'
import { gcpComputeInstanceOsLoginEnabled } from './gcp/compute/gcp-compute-instance-os-login-enabled.js'
import { gcpComputeInstancePublicIp } from './gcp/compute/gcp-compute-instance-public-ip.js'
import { gcpComputeInstanceSerialPortDisabled } from './gcp/compute/gcp-compute-instance-serial-port-disabled.js'
import { gcpComputeInstanceShieldedVm } from './gcp/compute/gcp-compute-instance-shielded-vm.js'
import { gcpComputeNetworkNotDefault } from './gcp/compute/gcp-compute-network-not-default.js'
import { gcpComputeNetworkNotLegacy } from './gcp/compute/gcp-compute-network-not-legacy.js'
import { gcpComputeSubnetworkFlowLogsEnabled } from './gcp/compute/gcp-compute-subnetwork-flow-logs-enabled.js'
import { gcpGkeClusterBasicAuthDisabled } from './gcp/gke/gcp-gke-cluster-basic-auth-disabled.js'
import { gcpGkeClusterBinaryAuthorization } from './gcp/gke/gcp-gke-cluster-binary-authorization.js'
import { gcpGkeClusterClientCertificateDisabled } from './gcp/gke/gcp-gke-cluster-client-certificate-disabled.js'
import { gcpGkeClusterIntranodeVisibility } from './gcp/gke/gcp-gke-cluster-intranode-visibility.js'
import { gcpGkeClusterLegacyAbacDisabled } from './gcp/gke/gcp-gke-cluster-legacy-abac-disabled.js'
import { gcpGkeClusterLoggingMonitoring } from './gcp/gke/gcp-gke-cluster-logging-monitoring.js'
import { gcpGkeClusterMasterAuthorizedNetworks } from './gcp/gke/gcp-gke-cluster-master-authorized-networks.js'
import { gcpGkeClusterNetworkPolicy } from './gcp/gke/gcp-gke-cluster-network-policy.js'
import { gcpGkeClusterPrivateNodes } from './gcp/gke/gcp-gke-cluster-private-nodes.js'
import { gcpGkeClusterReleaseChannel } from './gcp/gke/gcp-gke-cluster-release-channel.js'
import { gcpGkeClusterSecretsEncryption } from './gcp/gke/gcp-gke-cluster-secrets-encryption.js'
import { gcpGkeClusterShieldedNodes } from './gcp/gke/gcp-gke-cluster-shielded-nodes.js'
import { gcpGkeClusterWorkloadIdentity } from './gcp/gke/gcp-gke-cluster-workload-identity.js'
import { gcpGkeNodepoolAutoUpgrade } from './gcp/gke/gcp-gke-nodepool-auto-upgrade.js'
import { gcpGkeNodepoolDefaultServiceAccount } from './gcp/gke/gcp-gke-nodepool-default-service-account.js'
import { gcpGkeNodepoolMetadataServer } from './gcp/gke/gcp-gke-nodepool-metadata-server.js'
import { gcpGkeNodepoolSecureBoot } from './gcp/gke/gcp-gke-nodepool-secure-boot.js'
import { gcpIamProjectAuditLogging } from './gcp/iam/gcp-iam-project-audit-logging.js'
import { gcpIamProjectKmsDutiesSeparated } from './gcp/iam/gcp-iam-project-kms-duties-separated.js'
import { gcpIamProjectNotPublic } from './gcp/iam/gcp-iam-project-not-public.js'
import { gcpIamProjectServiceAccountAdminRoles } from './gcp/iam/gcp-iam-project-service-account-admin-roles.js'
import { gcpIamProjectServiceAccountDutiesSeparated } from './gcp/iam/gcp-iam-project-service-account-duties-separated.js'
import { gcpIamProjectServiceAccountUserRole } from './gcp/iam/gcp-iam-project-service-account-user-role.js'
import { gcpIamServiceAccountKeyRotated } from './gcp/iam/gcp-iam-service-account-key-rotated.js'
import { gcpIamServiceAccountKeyUserManaged } from './gcp/iam/gcp-iam-service-account-key-user-managed.js'
import { gcpKmsCryptokeyNotPublic } from './gcp/kms/gcp-kms-cryptokey-not-public.js'
import { gcpKmsCryptokeyRotationPeriod } from './gcp/kms/gcp-kms-cryptokey-rotation-period.js'
import { gcpRunServiceNoPlaintextSecret } from './gcp/run/gcp-run-service-no-plaintext-secret.js'
import { gcpRunServiceNotPublic } from './gcp/run/gcp-run-service-not-public.js'
import { gcpSecretmanagerSecretRotationScheduled } from './gcp/secretmanager/gcp-secretmanager-secret-rotation-scheduled.js'
import { gcpSqlInstanceBackupsEnabled } from './gcp/sql/gcp-sql-instance-backups-enabled.js'
import { gcpSqlInstanceMysqlLocalInfileOff } from './gcp/sql/gcp-sql-instance-mysql-local-infile-off.js'
import { gcpSqlInstanceMysqlSkipShowDatabase } from './gcp/sql/gcp-sql-instance-mysql-skip-show-database.js'
import { gcpSqlInstanceOpenToAnyIp } from './gcp/sql/gcp-sql-instance-open-to-any-ip.js'
import { gcpSqlInstancePostgresLogConnections } from './gcp/sql/gcp-sql-instance-postgres-log-connections.js'
import { gcpSqlInstancePostgresLogDisconnections } from './gcp/sql/gcp-sql-instance-postgres-log-disconnections.js'
import { gcpSqlInstancePostgresPgauditEnabled } from './gcp/sql/gcp-sql-instance-postgres-pgaudit-enabled.js'
import { gcpSqlInstancePostgresStatementLoggingOff } from './gcp/sql/gcp-sql-instance-postgres-statement-logging-off.js'
import { gcpSqlInstancePublicIp } from './gcp/sql/gcp-sql-instance-public-ip.js'
import { gcpSqlInstanceSqlserverContainedDbAuthOff } from './gcp/sql/gcp-sql-instance-sqlserver-contained-db-auth-off.js'
import { gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff } from './gcp/sql/gcp-sql-instance-sqlserver-cross-db-ownership-chaining-off.js'
import { gcpSqlInstanceSqlserverExternalScriptsOff } from './gcp/sql/gcp-sql-instance-sqlserver-external-scripts-off.js'
import { gcpSqlInstanceSqlserverRemoteAccessOff } from './gcp/sql/gcp-sql-instance-sqlserver-remote-access-off.js'
import { gcpSqlInstanceSqlserverTraceFlag3625 } from './gcp/sql/gcp-sql-instance-sqlserver-trace-flag-3625.js'
import { gcpSqlInstanceSslRequired } from './gcp/sql/gcp-sql-instance-ssl-required.js'
import { gcpStorageBucketAccessLogging } from './gcp/storage/gcp-storage-bucket-access-logging.js'
import { gcpStorageBucketCustomerManagedKey } from './gcp/storage/gcp-storage-bucket-customer-managed-key.js'
import { gcpStorageBucketPublic } from './gcp/storage/gcp-storage-bucket-public.js'
import { gcpStorageBucketPublicAccessPrevention } from './gcp/storage/gcp-storage-bucket-public-access-prevention.js'
import { gcpStorageBucketSensitiveDataNotPublic } from './gcp/storage/gcp-storage-bucket-sensitive-data-not-public.js'
import { gcpStorageBucketUniformAccess } from './gcp/storage/gcp-storage-bucket-uniform-access.js'
import { gcpStorageBucketVersioningEnabled } from './gcp/storage/gcp-storage-bucket-versioning-enabled.js'
import { k8sIngressNginxSnippets } from './k8s/ingress/k8s-ingress-nginx-snippets.js'
import { k8sIngressTls } from './k8s/ingress/k8s-ingress-tls.js'
import { k8sNamespaceDefaultDenyIngress } from './k8s/namespace/k8s-namespace-default-deny-ingress.js'
import { k8sNamespaceNetworkPolicy } from './k8s/namespace/k8s-namespace-network-policy.js'
import { k8sNamespacePodSecurityEnforced } from './k8s/namespace/k8s-namespace-pod-security-enforced.js'
import { k8sPodApparmorNotUnconfined } from './k8s/pod/k8s-pod-apparmor-not-unconfined.js'
import { k8sPodCapabilitiesAdded } from './k8s/pod/k8s-pod-capabilities-added.js'
import { k8sPodCapabilitiesDropAll } from './k8s/pod/k8s-pod-capabilities-drop-all.js'
import { k8sPodContainerRuntimeSocket } from './k8s/pod/k8s-pod-container-runtime-socket.js'
import { k8sPodDefaultNamespace } from './k8s/pod/k8s-pod-default-namespace.js'
import { k8sPodHelmTiller } from './k8s/pod/k8s-pod-helm-tiller.js'
import { k8sPodHostIpc } from './k8s/pod/k8s-pod-host-ipc.js'
import { k8sPodHostNetwork } from './k8s/pod/k8s-pod-host-network.js'
import { k8sPodHostPathVolume } from './k8s/pod/k8s-pod-host-path-volume.js'
import { k8sPodHostPid } from './k8s/pod/k8s-pod-host-pid.js'
import { k8sPodHostPort } from './k8s/pod/k8s-pod-host-port.js'
import { k8sPodImageLatestTag } from './k8s/pod/k8s-pod-image-latest-tag.js'
import { k8sPodKubernetesDashboard } from './k8s/pod/k8s-pod-kubernetes-dashboard.js'
import { k8sPodLivenessProbe } from './k8s/pod/k8s-pod-liveness-probe.js'
import { k8sPodNetRawCapabilityDropped } from './k8s/pod/k8s-pod-net-raw-capability-dropped.js'
import { k8sPodNoPlaintextSecretEnv } from './k8s/pod/k8s-pod-no-plaintext-secret-env.js'
import { k8sPodPrivilegeEscalationAllowed } from './k8s/pod/k8s-pod-privilege-escalation-allowed.js'
import { k8sPodPrivilegedContainer } from './k8s/pod/k8s-pod-privileged-container.js'
import { k8sPodProcMountDefault } from './k8s/pod/k8s-pod-proc-mount-default.js'
import { k8sPodReadOnlyRootFilesystem } from './k8s/pod/k8s-pod-read-only-root-filesystem.js'
import { k8sPodResourceLimits } from './k8s/pod/k8s-pod-resource-limits.js'
import { k8sPodRunsAsRoot } from './k8s/pod/k8s-pod-runs-as-root.js'
import { k8sPodSeccompProfile } from './k8s/pod/k8s-pod-seccomp-profile.js'
import { k8sPodSecretsAsEnvVars } from './k8s/pod/k8s-pod-secrets-as-env-vars.js'
import { k8sPodSelinuxOptions } from './k8s/pod/k8s-pod-selinux-options.js'
import { k8sPodServiceAccountTokenAutomount } from './k8s/pod/k8s-pod-service-account-token-automount.js'
import { k8sPodUnsafeSysctls } from './k8s/pod/k8s-pod-unsafe-sysctls.js'
import { k8sPodWindowsHostProcess } from './k8s/pod/k8s-pod-windows-host-process.js'
import { k8sRbacBindingAnonymousSubjects } from './k8s/rbac/k8s-rbac-binding-anonymous-subjects.js'
import { k8sRbacBindingClusterAdminNonSystem } from './k8s/rbac/k8s-rbac-binding-cluster-admin-non-system.js'
import { k8sRbacBindingDefaultServiceAccount } from './k8s/rbac/k8s-rbac-binding-default-service-account.js'
import { k8sRbacRoleBindEscalateImpersonate } from './k8s/rbac/k8s-rbac-role-bind-escalate-impersonate.js'
import { k8sRbacRoleCreatePersistentVolumes } from './k8s/rbac/k8s-rbac-role-create-persistent-volumes.js'
import { k8sRbacRoleCreatePods } from './k8s/rbac/k8s-rbac-role-create-pods.js'
import { k8sRbacRoleCsrApproval } from './k8s/rbac/k8s-rbac-role-csr-approval.js'
import { k8sRbacRoleNodeProxy } from './k8s/rbac/k8s-rbac-role-node-proxy.js'
import { k8sRbacRolePodsExec } from './k8s/rbac/k8s-rbac-role-pods-exec.js'
import { k8sRbacRoleReadsSecrets } from './k8s/rbac/k8s-rbac-role-reads-secrets.js'
import { k8sRbacRoleServiceAccountTokenCreate } from './k8s/rbac/k8s-rbac-role-service-account-token-create.js'
import { k8sRbacRoleWebhookConfiguration } from './k8s/rbac/k8s-rbac-role-webhook-configuration.js'
import { k8sRbacRoleWildcardPermissions } from './k8s/rbac/k8s-rbac-role-wildcard-permissions.js'
import { k8sSecretServiceAccountTokenLegacy } from './k8s/secret/k8s-secret-service-account-token-legacy.js'
import { k8sServiceExternalIps } from './k8s/service/k8s-service-external-ips.js'
import { k8sServiceLoadBalancerSourceRanges } from './k8s/service/k8s-service-load-balancer-source-ranges.js'
import { k8sServiceNodePort } from './k8s/service/k8s-service-node-port.js'
import { k8sServiceaccountDefaultTokenAutomount } from './k8s/serviceaccount/k8s-serviceaccount-default-token-automount.js'

export const ALL_RULES: readonly Rule[] = [
  awsApigatewayApiAuthorization,
  awsApigatewayStageAccessLogging,
  awsApigatewayStageWaf,
  awsCloudtrailTrailBucketNotPublic,
  awsCloudtrailTrailCloudwatchLogs,
  awsCloudtrailTrailKmsEncrypted,
  awsCloudtrailTrailLogFileValidation,
  awsCloudtrailTrailLogging,
  awsCloudtrailTrailMultiRegion,
  awsDynamodbTableCustomerManagedKey,
  awsDynamodbTableDeletionProtection,
  awsDynamodbTablePointInTimeRecovery,
  awsEc2InstanceImdsv2Required,
  awsEc2InstanceNoPlaintextSecret,
  awsEc2InstanceNoPublicIp,
  awsEc2NetworkAclAdminPortsOpenToInternet,
  awsEc2SecurityGroupAllPortsOpenToInternet,
  awsEc2SecurityGroupDatabasePortsOpenToInternet,
  awsEc2SecurityGroupDefaultRestrictsAll,
  awsEc2SecurityGroupRdpOpenToInternet,
  awsEc2SecurityGroupSshOpenToInternet,
  awsEc2SubnetNoAutoPublicIp,
  awsEc2VolumeEncrypted,
  awsEcrRepositoryLifecyclePolicy,
  awsEcrRepositoryNotPublic,
  awsEcrRepositoryScanOnPush,
  awsEcrRepositoryTagImmutable,
  awsEksClusterAuditLogging,
  awsEksClusterEndpointRestricted,
  awsEksClusterSecretsEncrypted,
  awsEksNodegroupSshRestricted,
  awsElbClassicLoadBalancerHttpsOnly,
  awsElbListenerHttpsOnly,
  awsElbListenerModernTlsPolicy,
  awsElbLoadBalancerAccessLogs,
  awsElbLoadBalancerDeletionProtection,
  awsElbLoadBalancerDropsInvalidHeaders,
  awsIamPolicyNoFullAdmin,
  awsIamRoleTrustNotPublic,
  awsIamRootMfaEnabled,
  awsIamRootNoAccessKeys,
  awsIamUserAccessKeysRotated,
  awsIamUserMfaEnabled,
  awsIamUserNoDirectPolicies,
  awsIamUserSingleActiveAccessKey,
  awsIamUserUnusedCredentials,
  awsKmsKeyNotPendingDeletion,
  awsKmsKeyNotPublic,
  awsKmsKeyRotationEnabled,
  awsLambdaFunctionNoPlaintextSecret,
  awsLambdaFunctionNotPublic,
  awsLambdaFunctionSupportedRuntime,
  awsLambdaFunctionUrlAuthRequired,
  awsRdsClusterBackupRetention,
  awsRdsClusterDeletionProtection,
  awsRdsClusterIamAuthentication,
  awsRdsClusterStorageEncrypted,
  awsRdsInstanceBackupRetention,
  awsRdsInstanceDefaultAdminUsername,
  awsRdsInstanceDeletionProtection,
  awsRdsInstanceIamAuthentication,
  awsRdsInstanceMultiAz,
  awsRdsInstancePubliclyAccessible,
  awsRdsInstanceStorageEncrypted,
  awsRdsSnapshotEncrypted,
  awsRdsSnapshotNotPublic,
  awsS3BucketDefaultEncryption,
  awsS3BucketLoggingEnabled,
  awsS3BucketMfaDelete,
  awsS3BucketPublicAccessBlocked,
  awsS3BucketPublicRead,
  awsS3BucketPublicWrite,
  awsS3BucketSensitiveDataNotPublic,
  awsS3BucketSslOnly,
  awsS3BucketVersioningEnabled,
  awsSecretsmanagerSecretNotPublic,
  awsSecretsmanagerSecretRotationEnabled,
  awsSnsTopicEncrypted,
  awsSnsTopicNotPublic,
  awsSqsQueueEncrypted,
  awsSqsQueueNotPublic,
  azureAksAgentpoolNoPublicIp,
  azureAksClusterAuthorizedIpRanges,
  azureAksClusterAzurePolicyAddon,
  azureAksClusterEntraIntegration,
  azureAksClusterLocalAccountsDisabled,
  azureAksClusterNetworkPolicy,
  azureAksClusterRbacEnabled,
  azureApimanagementApiHttpsOnly,
  azureAppContainerappHttpsOnly,
  azureAuthorizationCustomRoleNoOwnerPrivileges,
  azureCacheRedisMinTlsVersion,
  azureCacheRedisNonSslPortDisabled,
  azureComputeDiskNetworkAccessRestricted,
  azureComputeVmEncryptionAtHost,
  azureComputeVmManagedDisks,
  azureComputeVmNoPlaintextSecret,
  azureComputeVmPasswordAuthDisabled,
  azureComputeVmTrustedLaunch,
  azureContainerinstanceContainergroupNotPublic,
  azureContainerregistryRegistryAdminUserDisabled,
  azureContainerregistryRegistryAnonymousPullDisabled,
  azureContainerregistryRegistryNetworkRestricted,
  azureCosmosdbAccountKeyMetadataWriteDisabled,
  azureCosmosdbAccountLocalAuthDisabled,
  azureCosmosdbAccountNetworkRestricted,
  azureDatabaseServerFirewallAnyIp,
  azureDatabaseServerGeoRedundantBackup,
  azureDatabaseServerPasswordAuthDisabled,
  azureDatabaseServerPublicNetworkAccessDisabled,
  azureDatabaseServerTlsEnforced,
  azureKeyvaultKeyExpirationSet,
  azureKeyvaultKeyRotationPolicy,
  azureKeyvaultSecretExpirationSet,
  azureKeyvaultVaultNetworkRestricted,
  azureKeyvaultVaultPurgeProtection,
  azureKeyvaultVaultRbacAuthorization,
  azureNetworkNsgAnyAnyInbound,
  azureNetworkNsgDatabasePortsOpen,
  azureNetworkNsgManagementPortsOpen,
  azureSqlManagedinstancePublicEndpointDisabled,
  azureSqlServerEntraAdmin,
  azureSqlServerMinTlsVersion,
  azureSqlServerPublicNetworkAccessDisabled,
  azureStorageAccountBlobPublicAccessDisabled,
  azureStorageAccountCrossTenantReplicationDisabled,
  azureStorageAccountCustomerManagedKey,
  azureStorageAccountHttpsOnly,
  azureStorageAccountInfrastructureEncryption,
  azureStorageAccountMinTlsVersion,
  azureStorageAccountNetworkDefaultDeny,
  azureStorageAccountSensitiveDataNotPublic,
  azureStorageAccountSharedKeyAccessDisabled,
  azureStorageContainerNotPublic,
  azureWebAppAuthenticationEnabled,
  azureWebAppFtpDisabled,
  azureWebAppHttpsOnly,
  azureWebAppManagedIdentity,
  azureWebAppMinTlsVersion,
  azureWebAppRemoteDebuggingDisabled,
  gcpBigqueryDatasetCustomerManagedKey,
  gcpBigqueryDatasetNotPublic,
  gcpCloudfunctionsFunctionInternalIngress,
  gcpCloudfunctionsFunctionNoPlaintextSecret,
  gcpCloudfunctionsFunctionNotPublic,
  gcpComputeBackendServiceCloudArmor,
  gcpComputeDiskCustomerManagedKey,
  gcpComputeFirewallAllPortsOpenToInternet,
  gcpComputeFirewallDatabasePortsOpenToInternet,
  gcpComputeFirewallRdpOpenToInternet,
  gcpComputeFirewallSshOpenToInternet,
  gcpComputeInstanceBlockProjectSshKeys,
  gcpComputeInstanceConfidentialComputing,
  gcpComputeInstanceDefaultSaFullApiAccess,
  gcpComputeInstanceDefaultServiceAccount,
  gcpComputeInstanceIpForwardingDisabled,
  gcpComputeInstanceNoPlaintextSecret,
  gcpComputeInstanceOsLoginEnabled,
  gcpComputeInstancePublicIp,
  gcpComputeInstanceSerialPortDisabled,
  gcpComputeInstanceShieldedVm,
  gcpComputeNetworkNotDefault,
  gcpComputeNetworkNotLegacy,
  gcpComputeSubnetworkFlowLogsEnabled,
  gcpGkeClusterBasicAuthDisabled,
  gcpGkeClusterBinaryAuthorization,
  gcpGkeClusterClientCertificateDisabled,
  gcpGkeClusterIntranodeVisibility,
  gcpGkeClusterLegacyAbacDisabled,
  gcpGkeClusterLoggingMonitoring,
  gcpGkeClusterMasterAuthorizedNetworks,
  gcpGkeClusterNetworkPolicy,
  gcpGkeClusterPrivateNodes,
  gcpGkeClusterReleaseChannel,
  gcpGkeClusterSecretsEncryption,
  gcpGkeClusterShieldedNodes,
  gcpGkeClusterWorkloadIdentity,
  gcpGkeNodepoolAutoUpgrade,
  gcpGkeNodepoolDefaultServiceAccount,
  gcpGkeNodepoolMetadataServer,
  gcpGkeNodepoolSecureBoot,
  gcpIamProjectAuditLogging,
  gcpIamProjectKmsDutiesSeparated,
  gcpIamProjectNotPublic,
  gcpIamProjectServiceAccountAdminRoles,
  gcpIamProjectServiceAccountDutiesSeparated,
  gcpIamProjectServiceAccountUserRole,
  gcpIamServiceAccountKeyRotated,
  gcpIamServiceAccountKeyUserManaged,
  gcpKmsCryptokeyNotPublic,
  gcpKmsCryptokeyRotationPeriod,
  gcpRunServiceNoPlaintextSecret,
  gcpRunServiceNotPublic,
  gcpSecretmanagerSecretRotationScheduled,
  gcpSqlInstanceBackupsEnabled,
  gcpSqlInstanceMysqlLocalInfileOff,
  gcpSqlInstanceMysqlSkipShowDatabase,
  gcpSqlInstanceOpenToAnyIp,
  gcpSqlInstancePostgresLogConnections,
  gcpSqlInstancePostgresLogDisconnections,
  gcpSqlInstancePostgresPgauditEnabled,
  gcpSqlInstancePostgresStatementLoggingOff,
  gcpSqlInstancePublicIp,
  gcpSqlInstanceSqlserverContainedDbAuthOff,
  gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff,
  gcpSqlInstanceSqlserverExternalScriptsOff,
  gcpSqlInstanceSqlserverRemoteAccessOff,
  gcpSqlInstanceSqlserverTraceFlag3625,
  gcpSqlInstanceSslRequired,
  gcpStorageBucketAccessLogging,
  gcpStorageBucketCustomerManagedKey,
  gcpStorageBucketPublic,
  gcpStorageBucketPublicAccessPrevention,
  gcpStorageBucketSensitiveDataNotPublic,
  gcpStorageBucketUniformAccess,
  gcpStorageBucketVersioningEnabled,
  k8sIngressNginxSnippets,
  k8sIngressTls,
  k8sNamespaceDefaultDenyIngress,
  k8sNamespaceNetworkPolicy,
  k8sNamespacePodSecurityEnforced,
  k8sPodApparmorNotUnconfined,
  k8sPodCapabilitiesAdded,
  k8sPodCapabilitiesDropAll,
  k8sPodContainerRuntimeSocket,
  k8sPodDefaultNamespace,
  k8sPodHelmTiller,
  k8sPodHostIpc,
  k8sPodHostNetwork,
  k8sPodHostPathVolume,
  k8sPodHostPid,
  k8sPodHostPort,
  k8sPodImageLatestTag,
  k8sPodKubernetesDashboard,
  k8sPodLivenessProbe,
  k8sPodNetRawCapabilityDropped,
  k8sPodNoPlaintextSecretEnv,
  k8sPodPrivilegeEscalationAllowed,
  k8sPodPrivilegedContainer,
  k8sPodProcMountDefault,
  k8sPodReadOnlyRootFilesystem,
  k8sPodResourceLimits,
  k8sPodRunsAsRoot,
  k8sPodSeccompProfile,
  k8sPodSecretsAsEnvVars,
  k8sPodSelinuxOptions,
  k8sPodServiceAccountTokenAutomount,
  k8sPodUnsafeSysctls,
  k8sPodWindowsHostProcess,
  k8sRbacBindingAnonymousSubjects,
  k8sRbacBindingClusterAdminNonSystem,
  k8sRbacBindingDefaultServiceAccount,
  k8sRbacRoleBindEscalateImpersonate,
  k8sRbacRoleCreatePersistentVolumes,
  k8sRbacRoleCreatePods,
  k8sRbacRoleCsrApproval,
  k8sRbacRoleNodeProxy,
  k8sRbacRolePodsExec,
  k8sRbacRoleReadsSecrets,
  k8sRbacRoleServiceAccountTokenCreate,
  k8sRbacRoleWebhookConfiguration,
  k8sRbacRoleWildcardPermissions,
  k8sSecretServiceAccountTokenLegacy,
  k8sServiceExternalIps,
  k8sServiceLoadBalancerSourceRanges,
  k8sServiceNodePort,
  k8sServiceaccountDefaultTokenAutomount,
]
