/** @module Every node kind the GCP adapter emits, with its family (coverage report and docs). */
import type { Family } from '../../model/vocabulary.js'

interface KindInfo {
  readonly family: Family
  readonly description: string
}

export const GCP_KINDS = {
  'gcp.resourcemanager.organization': { family: 'organization', description: 'Organization' },
  'gcp.resourcemanager.folder': { family: 'organization', description: 'Folder' },
  'gcp.resourcemanager.project': { family: 'account', description: 'Project, keyed by number' },
  'gcp.compute.instance': { family: 'vm', description: 'Compute Engine instance' },
  'gcp.compute.instancegroup': { family: 'vm-scale-set', description: 'Instance group' },
  'gcp.compute.instancegroupmanager': { family: 'vm-scale-set', description: 'Managed instance group' },
  'gcp.compute.disk': { family: 'disk', description: 'Persistent disk (attached-to its instances)' },
  'gcp.compute.snapshot': { family: 'disk', description: 'Disk snapshot' },
  'gcp.compute.network': { family: 'network', description: 'VPC network (protected-by its firewall rules)' },
  'gcp.compute.subnetwork': { family: 'subnet', description: 'Subnetwork (attached-to its network)' },
  'gcp.compute.firewall': { family: 'network-security-group', description: 'VPC firewall rule, normalized' },
  'gcp.compute.securitypolicy': { family: 'network-security-group', description: 'Cloud Armor security policy' },
  'gcp.compute.address': { family: 'public-ip', description: 'External IP address (attached-to its users)' },
  'gcp.compute.internaladdress': { family: 'network-interface', description: 'Internal reserved IP address' },
  'gcp.compute.forwardingrule': { family: 'load-balancer', description: 'Forwarding rule (load balancer front end)' },
  'gcp.compute.backendservice': { family: 'load-balancer', description: 'Backend service' },
  'gcp.compute.urlmap': { family: 'load-balancer', description: 'URL map' },
  'gcp.compute.targetproxy': { family: 'load-balancer', description: 'Target HTTP(S)/TCP/SSL proxy' },
  'gcp.compute.route': { family: 'route-table', description: 'Route' },
  'gcp.compute.router': { family: 'gateway', description: 'Cloud Router / NAT' },
  'gcp.storage.bucket': { family: 'object-storage', description: 'Cloud Storage bucket' },
  'gcp.sql.instance': { family: 'managed-database', description: 'Cloud SQL instance' },
  'gcp.bigquery.dataset': { family: 'managed-database', description: 'BigQuery dataset' },
  'gcp.spanner.instance': { family: 'managed-database', description: 'Spanner instance' },
  'gcp.redis.instance': { family: 'managed-database', description: 'Memorystore Redis instance' },
  'gcp.container.cluster': { family: 'k8s-cluster', description: 'GKE cluster' },
  'gcp.container.nodepool': { family: 'k8s-node', description: 'GKE node pool (from the cluster or its own asset)' },
  'gcp.iam.serviceaccount': { family: 'identity', description: 'Service account, keyed by email (gcpServiceAccountNodeId)' },
  'gcp.iam.serviceaccountkey': { family: 'secret', description: 'Service account key (attached-to its account)' },
  'gcp.iam.role': { family: 'role-definition', description: 'Custom IAM role' },
  'gcp.kms.keyring': { family: 'secret-store', description: 'KMS key ring' },
  'gcp.kms.cryptokey': { family: 'kms-key', description: 'KMS crypto key' },
  'gcp.secretmanager.secret': { family: 'secret', description: 'Secret Manager secret (metadata only)' },
  'gcp.secretmanager.secretversion': { family: 'secret', description: 'Secret Manager secret version (metadata only)' },
  'gcp.cloudfunctions.function': { family: 'function', description: 'Cloud Function (1st or 2nd gen)' },
  'gcp.run.service': { family: 'function', description: 'Cloud Run service' },
  'gcp.artifactregistry.repository': { family: 'container-registry', description: 'Artifact Registry repository' },
  'gcp.appengine.application': { family: 'app-service', description: 'App Engine application' },
  'gcp.logging.sink': { family: 'logging', description: 'Log sink' },
  'gcp.apigateway.gateway': { family: 'api-endpoint', description: 'API Gateway' },
} as const satisfies Record<string, KindInfo>

export type GcpKind = keyof typeof GCP_KINDS
