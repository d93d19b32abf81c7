/** @module azure-aks-cluster-rbac-enabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureAksClusterRbacEnabled = defineRule({
  id: 'azure-aks-cluster-rbac-enabled',
  title: 'AKS cluster enforces Kubernetes RBAC',
  description:
    'A cluster created without Kubernetes RBAC authorizes every authenticated caller for everything: any credential ' +
    'that reaches the API server is cluster-admin. RBAC can only be chosen when the cluster is created.',
  severity: 'critical',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Create a new cluster with RBAC and Microsoft Entra ID integration, move the workloads, delete the old one.'],
    cli: 'az aks create --name <cluster> --resource-group <rg> --enable-aad --enable-azure-rbac',
    terraform: 'role_based_access_control_enabled = true',
  },
  target: { kinds: ['azure.containerservice.managedcluster'] },
  evaluate: (cluster) =>
    cluster.needBool('rbacEnabled')
      ? healthy(`cluster ${cluster.label} enforces Kubernetes RBAC`)
      : unhealthy(`cluster ${cluster.label} runs without Kubernetes RBAC (enableRBAC is false)`),
})
