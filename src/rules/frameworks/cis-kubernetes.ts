/**
 * @module CIS Kubernetes Benchmark v1.9.0 (workload policies, section 5) and the managed-cluster benchmarks
 * (EKS v1.5.0, AKS v1.5.0, GKE v1.6.0) for the control-plane settings they own: requirement → rule ids.
 */
import { defineFramework } from './framework.js'

export const CIS_KUBERNETES = defineFramework({
  id: 'cis-kubernetes-1-9',
  title: 'CIS Kubernetes Benchmark',
  version: '1.9.0',
  url: 'https://www.cisecurity.org/benchmark/kubernetes',
  requirements: [
    { id: '5.1.1', title: 'The cluster-admin role is only used where required', rules: ['k8s-rbac-binding-cluster-admin-non-system'] },
    { id: '5.1.2', title: 'Minimize access to secrets', rules: ['k8s-rbac-role-reads-secrets'] },
    { id: '5.1.3', title: 'Minimize wildcard use in Roles and ClusterRoles', rules: ['k8s-rbac-role-wildcard-permissions'] },
    { id: '5.1.4', title: 'Minimize access to create pods', rules: ['k8s-rbac-role-create-pods'] },
    { id: '5.1.5', title: 'Default service accounts are not actively used', rules: ['k8s-rbac-binding-default-service-account', 'k8s-serviceaccount-default-token-automount'] },
    { id: '5.1.6', title: 'Service account tokens are only mounted where necessary', rules: ['k8s-pod-service-account-token-automount'] },
    { id: '5.1.8', title: 'Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster', rules: ['k8s-rbac-role-bind-escalate-impersonate'] },
    { id: '5.1.9', title: 'Minimize access to create persistent volumes', rules: ['k8s-rbac-role-create-persistent-volumes'] },
    { id: '5.1.10', title: 'Minimize access to the proxy sub-resource of nodes', rules: ['k8s-rbac-role-node-proxy'] },
    { id: '5.1.11', title: 'Minimize access to the approval sub-resource of certificatesigningrequests objects', rules: ['k8s-rbac-role-csr-approval'] },
    { id: '5.1.12', title: 'Minimize access to webhook configuration objects', rules: ['k8s-rbac-role-webhook-configuration'] },
    { id: '5.1.13', title: 'Minimize access to the service account token creation', rules: ['k8s-rbac-role-service-account-token-create'] },
    { id: '5.2.1', title: 'The cluster has at least one active policy control mechanism in place', rules: ['k8s-namespace-pod-security-enforced'] },
    { id: '5.2.2', title: 'Minimize the admission of privileged containers', rules: ['k8s-pod-privileged-container'] },
    { id: '5.2.3', title: 'Minimize the admission of containers wishing to share the host process ID namespace', rules: ['k8s-pod-host-pid'] },
    { id: '5.2.4', title: 'Minimize the admission of containers wishing to share the host IPC namespace', rules: ['k8s-pod-host-ipc'] },
    { id: '5.2.5', title: 'Minimize the admission of containers wishing to share the host network namespace', rules: ['k8s-pod-host-network'] },
    { id: '5.2.6', title: 'Minimize the admission of containers with allowPrivilegeEscalation', rules: ['k8s-pod-privilege-escalation-allowed'] },
    { id: '5.2.7', title: 'Minimize the admission of root containers', rules: ['k8s-pod-runs-as-root'] },
    { id: '5.2.8', title: 'Minimize the admission of containers with the NET_RAW capability', rules: ['k8s-pod-net-raw-capability-dropped'] },
    { id: '5.2.9', title: 'Minimize the admission of containers with added capabilities', rules: ['k8s-pod-capabilities-added'] },
    { id: '5.2.10', title: 'Minimize the admission of containers with capabilities assigned', rules: ['k8s-pod-capabilities-drop-all'] },
    { id: '5.2.11', title: 'Minimize the admission of Windows HostProcess containers', rules: ['k8s-pod-windows-host-process'] },
    { id: '5.2.12', title: 'Minimize the admission of HostPath volumes', rules: ['k8s-pod-host-path-volume', 'k8s-pod-container-runtime-socket'] },
    { id: '5.2.13', title: 'Minimize the admission of containers which use HostPorts', rules: ['k8s-pod-host-port'] },
    { id: '5.3.2', title: 'All Namespaces have NetworkPolicies defined', rules: ['k8s-namespace-network-policy', 'k8s-namespace-default-deny-ingress'] },
    { id: '5.4.1', title: 'Prefer using Secrets as files over Secrets as environment variables', rules: ['k8s-pod-secrets-as-env-vars'] },
    { id: '5.7.2', title: 'The seccomp profile is set to docker/default in your Pod definitions', rules: ['k8s-pod-seccomp-profile'] },
    { id: '5.7.3', title: 'Apply security context to your pods and containers', rules: ['k8s-pod-read-only-root-filesystem', 'k8s-pod-apparmor-not-unconfined', 'k8s-pod-proc-mount-default', 'k8s-pod-unsafe-sysctls', 'k8s-pod-selinux-options'] },
    { id: '5.7.4', title: 'The default namespace should not be used', rules: ['k8s-pod-default-namespace'] },
  ],
})

export const CIS_EKS = defineFramework({
  id: 'cis-eks-1-5',
  title: 'CIS Amazon Elastic Kubernetes Service (EKS) Benchmark',
  version: '1.5.0',
  url: 'https://www.cisecurity.org/benchmark/kubernetes',
  requirements: [
    { id: '2.1.1', title: 'Audit logs are enabled', rules: ['aws-eks-cluster-audit-logging'] },
    { id: '5.3.1', title: 'Kubernetes Secrets are encrypted using customer master keys managed in AWS KMS', rules: ['aws-eks-cluster-secrets-encrypted'] },
    { id: '5.4.2', title: 'Clusters are created with private endpoint enabled and public access disabled', rules: ['aws-eks-cluster-endpoint-restricted'] },
  ],
})

export const CIS_AKS = defineFramework({
  id: 'cis-aks-1-5',
  title: 'CIS Azure Kubernetes Service (AKS) Benchmark',
  version: '1.5.0',
  url: 'https://www.cisecurity.org/benchmark/kubernetes',
  requirements: [
    { id: '5.4.1', title: 'Restrict access to the control plane endpoint', rules: ['azure-aks-cluster-authorized-ip-ranges'] },
    { id: '5.1.1', title: 'Kubernetes RBAC is used for authorization', rules: ['azure-aks-cluster-rbac-enabled'] },
    { id: '5.4.3', title: 'Clusters are created with private nodes', rules: ['azure-aks-agentpool-no-public-ip'] },
    { id: '5.4.4', title: 'Network policy is enabled and set as appropriate', rules: ['azure-aks-cluster-network-policy'] },
    { id: '5.5.1', title: 'Kubernetes RBAC users are managed with Microsoft Entra ID', rules: ['azure-aks-cluster-entra-integration', 'azure-aks-cluster-local-accounts-disabled'] },
  ],
})

export const CIS_GKE = defineFramework({
  id: 'cis-gke-1-6',
  title: 'CIS Google Kubernetes Engine (GKE) Benchmark',
  version: '1.6.0',
  url: 'https://www.cisecurity.org/benchmark/kubernetes',
  requirements: [
    { id: '5.2.1', title: 'GKE clusters are not running using the Compute Engine default service account', rules: ['gcp-gke-nodepool-default-service-account'] },
    { id: '5.2.2', title: 'Prefer using dedicated GCP Service Accounts and Workload Identity', rules: ['gcp-gke-cluster-workload-identity'] },
    { id: '5.3.1', title: 'Kubernetes Secrets are encrypted using keys managed in Cloud KMS', rules: ['gcp-gke-cluster-secrets-encryption'] },
    { id: '5.4.2', title: 'The GKE Metadata Server is enabled', rules: ['gcp-gke-nodepool-metadata-server'] },
    { id: '5.5.3', title: 'Node Auto-Upgrade is enabled for GKE nodes', rules: ['gcp-gke-nodepool-auto-upgrade'] },
    { id: '5.5.4', title: 'Automate GKE version management using Release Channels', rules: ['gcp-gke-cluster-release-channel'] },
    { id: '5.5.5', title: 'Shielded GKE Nodes are enabled', rules: ['gcp-gke-cluster-shielded-nodes'] },
    { id: '5.5.7', title: 'Secure Boot for Shielded GKE Nodes is enabled', rules: ['gcp-gke-nodepool-secure-boot'] },
    { id: '5.6.1', title: 'VPC Flow Logs and Intranode Visibility are enabled', rules: ['gcp-gke-cluster-intranode-visibility'] },
    { id: '5.6.3', title: 'Control plane authorized networks is enabled', rules: ['gcp-gke-cluster-master-authorized-networks'] },
    { id: '5.6.5', title: 'Clusters are created with Private Nodes', rules: ['gcp-gke-cluster-private-nodes'] },
    { id: '5.6.7', title: 'Network Policy is enabled and set as appropriate', rules: ['gcp-gke-cluster-network-policy'] },
    { id: '5.7.1', title: 'Logging and Cloud Monitoring is enabled', rules: ['gcp-gke-cluster-logging-monitoring'] },
    { id: '5.8.1', title: 'Basic Authentication using static passwords is disabled', rules: ['gcp-gke-cluster-basic-auth-disabled'] },
    { id: '5.8.2', title: 'Authentication using Client Certificates is disabled', rules: ['gcp-gke-cluster-client-certificate-disabled'] },
    { id: '5.8.4', title: 'Legacy authorization (ABAC) is disabled', rules: ['gcp-gke-cluster-legacy-abac-disabled'] },
    { id: '5.10.1', title: 'Kubernetes web UI is disabled', rules: ['k8s-pod-kubernetes-dashboard'] },
    { id: '5.10.5', title: 'Binary Authorization is used', rules: ['gcp-gke-cluster-binary-authorization'] },
  ],
})
