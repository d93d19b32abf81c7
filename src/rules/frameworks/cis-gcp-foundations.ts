/** @module CIS Google Cloud Platform Foundation Benchmark v3.0.0: requirement → rule ids. */
import { defineFramework } from './framework.js'

export const CIS_GCP_FOUNDATIONS = defineFramework({
  id: 'cis-gcp-foundations-3-0',
  title: 'CIS Google Cloud Platform Foundation Benchmark',
  version: '3.0.0',
  url: 'https://www.cisecurity.org/benchmark/google_cloud_computing_platform',
  requirements: [
    { id: '3.1', title: 'The default network does not exist in a project', rules: ['gcp-compute-network-not-default'] },
    { id: '3.2', title: 'Legacy networks do not exist for older projects', rules: ['gcp-compute-network-not-legacy'] },
    { id: '3.6', title: 'SSH access is restricted from the internet', rules: ['gcp-compute-firewall-ssh-open-to-internet'] },
    { id: '3.7', title: 'RDP access is restricted from the internet', rules: ['gcp-compute-firewall-rdp-open-to-internet'] },
    { id: '3.8', title: 'VPC Flow Logs is enabled for every subnet in a VPC network', rules: ['gcp-compute-subnetwork-flow-logs-enabled'] },
    { id: '4.1', title: 'Instances are not configured to use the default service account', rules: ['gcp-compute-instance-default-service-account'] },
    { id: '4.2', title: 'Instances are not configured to use the default service account with full access to all Cloud APIs', rules: ['gcp-compute-instance-default-sa-full-api-access'] },
    { id: '4.3', title: '"Block Project-wide SSH keys" is enabled for VM instances', rules: ['gcp-compute-instance-block-project-ssh-keys'] },
    { id: '4.4', title: 'OS Login is enabled for a project', rules: ['gcp-compute-instance-os-login-enabled'] },
    { id: '4.5', title: '"Enable connecting to serial ports" is not enabled for VM instances', rules: ['gcp-compute-instance-serial-port-disabled'] },
    { id: '4.6', title: 'IP forwarding is not enabled on instances', rules: ['gcp-compute-instance-ip-forwarding-disabled'] },
    { id: '4.7', title: 'VM disks for critical VMs are encrypted with customer-supplied encryption keys', rules: ['gcp-compute-disk-customer-managed-key'] },
    { id: '4.8', title: 'Compute instances are launched with Shielded VM enabled', rules: ['gcp-compute-instance-shielded-vm'] },
    { id: '4.9', title: 'Compute instances do not have public IP addresses', rules: ['gcp-compute-instance-public-ip'] },
    { id: '4.11', title: 'Compute instances have Confidential Computing enabled', rules: ['gcp-compute-instance-confidential-computing'] },
    { id: '5.1', title: 'Cloud Storage bucket is not anonymously or publicly accessible', rules: ['gcp-storage-bucket-public', 'gcp-storage-bucket-sensitive-data-not-public'] },
    { id: '5.2', title: 'Cloud Storage buckets have uniform bucket-level access enabled', rules: ['gcp-storage-bucket-uniform-access'] },
    { id: '6.4', title: 'The Cloud SQL database instance requires all incoming connections to use SSL', rules: ['gcp-sql-instance-ssl-required'] },
    { id: '6.5', title: 'Cloud SQL database instances do not implicitly whitelist all public IP addresses', rules: ['gcp-sql-instance-open-to-any-ip'] },
    { id: '6.6', title: 'Cloud SQL database instances do not have public IPs', rules: ['gcp-sql-instance-public-ip'] },
  ],
})
