/**
 * @module Microsoft cloud security benchmark v1 (the reference system's default benchmark, whose controls
 * group its recommendations): control → rule ids across providers.
 */
import { defineFramework } from './framework.js'

export const MCSB = defineFramework({
  id: 'mcsb-1',
  title: 'Microsoft cloud security benchmark',
  version: '1.0',
  url: 'https://learn.microsoft.com/security/benchmark/azure/overview',
  requirements: [
    {
      id: 'NS-1',
      title: 'Establish network segmentation boundaries',
      rules: ['azure-network-nsg-database-ports-open', 'azure-aks-cluster-network-policy', 'azure-aks-agentpool-no-public-ip', 'aws-ec2-security-group-all-ports-open-to-internet', 'aws-ec2-security-group-database-ports-open-to-internet', 'aws-ec2-security-group-default-restricts-all', 'aws-ec2-instance-no-public-ip', 'aws-ec2-subnet-no-auto-public-ip', 'azure-network-nsg-any-any-inbound', 'k8s-service-load-balancer-source-ranges', 'gcp-compute-firewall-all-ports-open-to-internet', 'gcp-compute-network-not-default', 'gcp-compute-network-not-legacy', 'gcp-compute-instance-ip-forwarding-disabled', 'gcp-gke-cluster-network-policy', 'k8s-namespace-network-policy', 'k8s-namespace-default-deny-ingress'],
    },
    {
      id: 'NS-2',
      title: 'Secure cloud native services with network controls',
      rules: ['azure-containerinstance-containergroup-not-public', 'azure-compute-disk-network-access-restricted', 'azure-sql-server-public-network-access-disabled', 'azure-sql-managedinstance-public-endpoint-disabled', 'azure-database-server-public-network-access-disabled', 'azure-cosmosdb-account-network-restricted', 'azure-containerregistry-registry-network-restricted', 'azure-storage-account-network-default-deny', 'azure-keyvault-vault-network-restricted', 'aws-apigateway-api-authorization', 'aws-lambda-function-not-public', 'aws-sqs-queue-not-public', 'aws-sns-topic-not-public', 'aws-ecr-repository-not-public', 
        'aws-rds-instance-publicly-accessible', 'aws-eks-cluster-endpoint-restricted', 'azure-aks-cluster-authorized-ip-ranges',
        'azure-database-server-firewall-any-ip', 'gcp-sql-instance-public-ip', 'gcp-sql-instance-open-to-any-ip',
        'gcp-gke-cluster-master-authorized-networks', 'aws-lambda-function-url-auth-required', 'gcp-compute-firewall-database-ports-open-to-internet', 'gcp-compute-instance-public-ip', 'gcp-gke-cluster-private-nodes', 'gcp-cloudfunctions-function-not-public', 'gcp-cloudfunctions-function-internal-ingress', 'gcp-run-service-not-public', 'k8s-service-node-port', 'k8s-service-external-ips', 'k8s-pod-host-port',
      ],
    },
    {
      id: 'NS-8',
      title: 'Detect and disable insecure services and protocols (management ports)',
      rules: ['aws-eks-nodegroup-ssh-restricted', 'aws-ec2-network-acl-admin-ports-open-to-internet', 
        'aws-ec2-security-group-ssh-open-to-internet', 'aws-ec2-security-group-rdp-open-to-internet', 'azure-network-nsg-management-ports-open',
        'gcp-compute-firewall-ssh-open-to-internet', 'gcp-compute-firewall-rdp-open-to-internet',
      ],
    },
    { id: 'IM-1', title: 'Use centralized identity and authentication system', rules: ['azure-aks-cluster-entra-integration', 'azure-web-app-authentication-enabled', 'azure-sql-server-entra-admin', 'azure-cosmosdb-account-local-auth-disabled', 'azure-containerregistry-registry-admin-user-disabled', 'azure-storage-account-shared-key-access-disabled', 'aws-rds-instance-iam-authentication', 'aws-rds-cluster-iam-authentication', 'azure-database-server-password-auth-disabled'] },
    { id: 'IM-6', title: 'Use strong authentication controls', rules: ['azure-compute-vm-password-auth-disabled', 'aws-iam-root-mfa-enabled', 'aws-iam-user-mfa-enabled'] },
    { id: 'IM-8', title: 'Restrict the exposure of credentials and secrets', rules: ['aws-iam-root-no-access-keys', 'aws-iam-user-access-keys-rotated', 'aws-iam-user-single-active-access-key', 'aws-secretsmanager-secret-rotation-enabled', 
        'aws-ec2-instance-imdsv2-required', 'k8s-pod-service-account-token-automount', 'aws-ec2-instance-no-plaintext-secret',
        'aws-lambda-function-no-plaintext-secret', 'azure-compute-vm-no-plaintext-secret', 'gcp-compute-instance-no-plaintext-secret', 'gcp-iam-service-account-key-user-managed', 'gcp-iam-service-account-key-rotated', 'gcp-cloudfunctions-function-no-plaintext-secret', 'gcp-run-service-no-plaintext-secret', 'gcp-gke-nodepool-metadata-server', 'gcp-gke-cluster-client-certificate-disabled', 'gcp-gke-cluster-basic-auth-disabled', 'k8s-pod-no-plaintext-secret-env', 'k8s-pod-secrets-as-env-vars', 'k8s-secret-service-account-token-legacy', 'k8s-serviceaccount-default-token-automount', 'gcp-secretmanager-secret-rotation-scheduled',
      ],
    },
    {
      id: 'PA-7',
      title: 'Follow just enough administration (least privilege) principle',
      rules: ['azure-cosmosdb-account-key-metadata-write-disabled', 'azure-keyvault-vault-rbac-authorization', 'aws-iam-role-trust-not-public', 
        'azure-aks-cluster-rbac-enabled', 'gcp-gke-cluster-legacy-abac-disabled', 'gcp-storage-bucket-uniform-access', 'gcp-compute-instance-default-service-account',
        'k8s-rbac-binding-cluster-admin-non-system', 'k8s-rbac-role-wildcard-permissions', 'k8s-rbac-role-reads-secrets', 'gcp-iam-project-service-account-admin-roles', 'gcp-iam-project-service-account-user-role', 'gcp-iam-project-service-account-duties-separated', 'gcp-iam-project-not-public', 'gcp-sql-instance-sqlserver-cross-db-ownership-chaining-off', 'gcp-sql-instance-sqlserver-contained-db-auth-off', 'k8s-rbac-role-create-pods', 'k8s-rbac-role-pods-exec', 'k8s-rbac-role-bind-escalate-impersonate', 'k8s-rbac-role-create-persistent-volumes', 'k8s-rbac-role-node-proxy', 'k8s-rbac-role-csr-approval', 'k8s-rbac-role-webhook-configuration', 'k8s-rbac-role-service-account-token-create', 'k8s-rbac-binding-anonymous-subjects', 'k8s-rbac-binding-default-service-account',
      ],
    },
    {
      id: 'DP-2',
      title: 'Monitor anomalies and threats targeting sensitive data',
      rules: ['aws-s3-bucket-sensitive-data-not-public', 'azure-storage-account-sensitive-data-not-public', 'gcp-storage-bucket-sensitive-data-not-public'],
    },
    {
      id: 'DP-3',
      title: 'Encrypt sensitive data in transit',
      rules: ['azure-apimanagement-api-https-only', 'azure-web-app-https-only', 'azure-web-app-min-tls-version', 'azure-web-app-ftp-disabled', 'azure-app-containerapp-https-only', 'azure-sql-server-min-tls-version', 'azure-database-server-tls-enforced', 'azure-cache-redis-non-ssl-port-disabled', 'azure-cache-redis-min-tls-version', 'aws-s3-bucket-ssl-only', 'aws-elb-listener-https-only', 'aws-elb-listener-modern-tls-policy', 'aws-elb-classic-load-balancer-https-only', 'azure-storage-account-https-only', 'azure-storage-account-min-tls-version', 'gcp-sql-instance-ssl-required', 'k8s-ingress-tls'],
    },
    {
      id: 'DP-4',
      title: 'Enable data at rest encryption by default',
      rules: ['azure-compute-vm-managed-disks', 'azure-compute-vm-encryption-at-host', 'azure-storage-account-infrastructure-encryption', 'aws-cloudtrail-trail-kms-encrypted', 'aws-eks-cluster-secrets-encrypted', 'aws-sqs-queue-encrypted', 'aws-sns-topic-encrypted', 'aws-rds-cluster-storage-encrypted', 'aws-rds-snapshot-encrypted', 'aws-dynamodb-table-customer-managed-key', 'aws-s3-bucket-default-encryption', 'aws-ec2-volume-encrypted', 'aws-rds-instance-storage-encrypted'],
    },
    { id: 'DP-8', title: 'Ensure security of key and certificate repository', rules: ['azure-keyvault-secret-expiration-set', 'aws-secretsmanager-secret-not-public', 'azure-keyvault-vault-purge-protection'] },
    {
      id: 'PV-3',
      title: 'Define and establish secure configurations for compute resources',
      rules: ['azure-compute-vm-trusted-launch', 'azure-aks-cluster-azure-policy-addon', 'azure-web-app-remote-debugging-disabled', 'k8s-pod-privileged-container', 'k8s-pod-host-path-volume', 'k8s-pod-host-network', 'k8s-pod-host-pid', 'k8s-pod-runs-as-root', 'k8s-pod-default-namespace', 'gcp-compute-instance-shielded-vm', 'gcp-compute-instance-confidential-computing', 'gcp-gke-cluster-shielded-nodes', 'gcp-gke-nodepool-secure-boot', 'gcp-gke-cluster-binary-authorization', 'gcp-sql-instance-mysql-local-infile-off', 'gcp-sql-instance-mysql-skip-show-database', 'gcp-sql-instance-sqlserver-external-scripts-off', 'gcp-sql-instance-sqlserver-remote-access-off', 'k8s-pod-net-raw-capability-dropped', 'k8s-pod-capabilities-drop-all', 'k8s-pod-seccomp-profile', 'k8s-pod-apparmor-not-unconfined', 'k8s-pod-proc-mount-default', 'k8s-pod-unsafe-sysctls', 'k8s-pod-windows-host-process', 'k8s-pod-container-runtime-socket', 'k8s-pod-resource-limits', 'k8s-namespace-pod-security-enforced', 'k8s-pod-helm-tiller', 'k8s-pod-kubernetes-dashboard', 'k8s-pod-selinux-options', 'k8s-ingress-nginx-snippets', 'gcp-sql-instance-sqlserver-trace-flag-3625', 'gcp-sql-instance-postgres-statement-logging-off'],
    },
    { id: 'LT-3', title: 'Enable logging for security investigation', rules: ['aws-cloudtrail-trail-log-file-validation', 'aws-cloudtrail-trail-logging', 'aws-cloudtrail-trail-cloudwatch-logs', 'aws-apigateway-stage-access-logging', 'aws-eks-cluster-audit-logging', 'aws-elb-load-balancer-access-logs', 'aws-cloudtrail-trail-multi-region', 'aws-s3-bucket-logging-enabled', 'gcp-iam-project-audit-logging', 'gcp-storage-bucket-access-logging', 'gcp-sql-instance-postgres-log-connections', 'gcp-sql-instance-postgres-log-disconnections', 'gcp-gke-cluster-logging-monitoring', 'gcp-sql-instance-postgres-pgaudit-enabled'] },
    {
      id: 'BR-1',
      title: 'Ensure regular automated backups (versioning)',
      rules: ['azure-database-server-geo-redundant-backup', 'aws-rds-instance-backup-retention', 'aws-rds-cluster-backup-retention', 'aws-dynamodb-table-point-in-time-recovery', 'aws-s3-bucket-versioning-enabled', 'gcp-storage-bucket-versioning-enabled', 'gcp-sql-instance-backups-enabled'],
    },
    {
      id: 'DP-1',
      title: 'Discover, classify, and label sensitive data (and keep storage private by default)',
      rules: ['azure-containerregistry-registry-anonymous-pull-disabled', 'azure-storage-container-not-public', 'azure-storage-account-cross-tenant-replication-disabled', 'aws-cloudtrail-trail-bucket-not-public', 'aws-s3-bucket-public-write', 'aws-rds-snapshot-not-public', 'aws-s3-bucket-public-access-blocked', 'aws-s3-bucket-public-read', 'azure-storage-account-blob-public-access-disabled', 'gcp-storage-bucket-public', 'gcp-storage-bucket-public-access-prevention', 'gcp-bigquery-dataset-not-public'],
    },
    { id: 'DP-6', title: 'Use a secure key management process', rules: ['azure-keyvault-key-expiration-set', 'azure-keyvault-key-rotation-policy', 'aws-kms-key-not-public', 'aws-kms-key-not-pending-deletion', 'gcp-kms-cryptokey-rotation-period', 'gcp-kms-cryptokey-not-public', 'gcp-iam-project-kms-duties-separated'] },
    { id: 'PV-5', title: 'Perform vulnerability assessments', rules: ['aws-ecr-repository-lifecycle-policy'] },
    { id: 'PV-6', title: 'Rapidly and automatically remediate vulnerabilities', rules: ['aws-lambda-function-supported-runtime', 'gcp-gke-nodepool-auto-upgrade', 'gcp-gke-cluster-release-channel'] },
    { id: 'PA-1', title: 'Separate and limit highly privileged/administrative users', rules: ['azure-aks-cluster-local-accounts-disabled', 'azure-authorization-custom-role-no-owner-privileges', 'aws-iam-policy-no-full-admin', 'aws-iam-root-no-access-keys'] },
    { id: 'PA-4', title: 'Review and reconcile user access regularly', rules: ['aws-iam-user-unused-credentials', 'aws-iam-user-no-direct-policies'] },
    { id: 'LT-5', title: 'Centralize security log management and analysis', rules: ['aws-cloudtrail-trail-cloudwatch-logs'] },
    { id: 'NS-6', title: 'Deploy web application firewall', rules: ['aws-apigateway-stage-waf', 'gcp-compute-backend-service-cloud-armor'] },
    { id: 'DP-5', title: 'Use customer-managed key option in data at rest encryption when required', rules: ['azure-storage-account-customer-managed-key', 'gcp-compute-disk-customer-managed-key', 'gcp-storage-bucket-customer-managed-key', 'gcp-bigquery-dataset-customer-managed-key', 'gcp-gke-cluster-secrets-encryption'] },
    { id: 'IM-3', title: 'Manage application identities securely and automatically', rules: ['azure-web-app-managed-identity', 'gcp-gke-cluster-workload-identity', 'gcp-gke-nodepool-default-service-account', 'gcp-compute-instance-default-sa-full-api-access'] },
    { id: 'LT-4', title: 'Enable network logging for security investigation', rules: ['gcp-compute-subnetwork-flow-logs-enabled', 'gcp-gke-cluster-intranode-visibility'] },
  ],
})
