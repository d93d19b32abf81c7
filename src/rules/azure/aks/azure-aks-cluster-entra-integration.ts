/** @module azure-aks-cluster-entra-integration */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const azureAksClusterEntraIntegration = defineRule({
  id: 'azure-aks-cluster-entra-integration',
  title: 'AKS cluster authenticates users with Microsoft Entra ID',
  description:
    'Without managed Microsoft Entra integration, users reach the API server with certificates from downloaded ' +
    'kubeconfigs: no MFA, no conditional access, no central offboarding, and audit logs that do not name people.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Enable AKS-managed Microsoft Entra integration with an admin group (ideally with Azure RBAC for Kubernetes authorization).'],
    cli: 'az aks update --name <cluster> --resource-group <rg> --enable-aad --aad-admin-group-object-ids <group-id>',
    terraform: 'azure_active_directory_role_based_access_control {\n  azure_rbac_enabled     = true\n  admin_group_object_ids = [var.admin_group_id]\n}',
  },
  target: { kinds: ['azure.containerservice.managedcluster'] },
  evaluate: (cluster) => {
    if (cluster.bool('aadManaged') === true) return healthy(`cluster ${cluster.label} uses Microsoft Entra authentication`)
    // The aadProfile block is absent when integration is off; the RBAC flag tells a full row from a partial one.
    return cluster.bool('rbacEnabled') === undefined
      ? unknown(`cluster ${cluster.label}: its authentication profile is not in the input`)
      : unhealthy(`cluster ${cluster.label} is not integrated with Microsoft Entra ID`)
  },
})
