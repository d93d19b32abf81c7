/** @module azure-aks-cluster-local-accounts-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureAksClusterLocalAccountsDisabled = defineRule({
  id: 'azure-aks-cluster-local-accounts-disabled',
  title: 'AKS cluster has local accounts disabled',
  description:
    'Local accounts hand out a cluster-admin kubeconfig with a static certificate to anyone with the ' +
    'listClusterAdminCredential action; it bypasses Microsoft Entra, MFA and conditional access and cannot be ' +
    'revoked per user.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Enable Microsoft Entra integration with admin groups, then disable local accounts.'],
    cli: 'az aks update --name <cluster> --resource-group <rg> --disable-local-accounts',
    terraform: 'local_account_disabled = true',
  },
  target: { kinds: ['azure.containerservice.managedcluster'] },
  evaluate: (cluster) =>
    cluster.needBool('localAccountsDisabled')
      ? healthy(`cluster ${cluster.label} has local accounts disabled`)
      : unhealthy(`cluster ${cluster.label} issues local cluster-admin credentials`),
})
