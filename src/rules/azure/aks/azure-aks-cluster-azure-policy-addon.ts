/** @module azure-aks-cluster-azure-policy-addon */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const azureAksClusterAzurePolicyAddon = defineRule({
  id: 'azure-aks-cluster-azure-policy-addon',
  title: 'AKS cluster runs the Azure Policy add-on',
  description:
    'The Azure Policy add-on (Gatekeeper) enforces pod security and image baselines at admission; without it ' +
    'privileged pods, host mounts and untrusted registries are accepted as long as RBAC allows the deployment.',
  severity: 'low',
  control: 'remediate-security-configurations',
  categories: ['cluster-security'],
  remediation: {
    steps: ['Enable the azure-policy add-on and assign the Kubernetes pod security baseline initiative.'],
    cli: 'az aks enable-addons --addons azure-policy --name <cluster> --resource-group <rg>',
    terraform: 'azure_policy_enabled = true',
  },
  target: { kinds: ['azure.containerservice.managedcluster'] },
  evaluate: (cluster) => {
    if (cluster.bool('azurePolicyEnabled') === true) return healthy(`cluster ${cluster.label} runs the Azure Policy add-on`)
    return cluster.bool('rbacEnabled') === undefined
      ? unknown(`cluster ${cluster.label}: its add-on profiles are not in the input`)
      : unhealthy(`cluster ${cluster.label} does not run the Azure Policy add-on`)
  },
})
