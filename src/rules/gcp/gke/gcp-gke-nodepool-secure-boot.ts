/** @module gcp-gke-nodepool-secure-boot */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const gcpGkeNodepoolSecureBoot = defineRule({
  id: 'gcp-gke-nodepool-secure-boot',
  title: 'GKE node pool boots its nodes with Secure Boot',
  description:
    'Secure Boot lets nodes start only signed boot components, so a rootkit or bootkit planted by an escaped container cannot persist across reboots; it is off unless the node pool asks for it.',
  severity: 'low',
  control: 'remediate-security-configurations',
  categories: ['cluster-security'],
  remediation: {
    steps: ['Create a node pool with Secure Boot enabled, move the workloads to it and delete the old pool (the setting is fixed at creation).'],
    cli: 'gcloud container node-pools create <pool> --cluster <cluster> --location <location> --shielded-secure-boot',
    terraform: 'node_config {\n  shielded_instance_config {\n    enable_secure_boot = true\n  }\n}',
  },
  target: { kinds: ['gcp.container.nodepool'] },
  evaluate: (pool) => {
    // Pools read with their config (machine type known) leave shieldedInstanceConfig out when Secure Boot is off.
    if (pool.str('machineType') === undefined && pool.bool('secureBoot') === undefined) return unknown(`node pool ${pool.label}: its node configuration is not in the input`)
    return pool.bool('secureBoot') === true
      ? healthy(`node pool ${pool.label} boots its nodes with Secure Boot`)
      : unhealthy(`node pool ${pool.label} boots its nodes without Secure Boot`)
  },
})
