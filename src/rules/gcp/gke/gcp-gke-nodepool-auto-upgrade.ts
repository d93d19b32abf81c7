/** @module gcp-gke-nodepool-auto-upgrade */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpGkeNodepoolAutoUpgrade = defineRule({
  id: 'gcp-gke-nodepool-auto-upgrade',
  title: 'GKE node pool upgrades its nodes automatically',
  description:
    'With auto-upgrade off, node pools keep old node images and kubelet versions (and their vulnerabilities) until someone upgrades them by hand, drifting from the control plane.',
  severity: 'medium',
  control: 'apply-system-updates',
  categories: ['cluster-security', 'vulnerabilities'],
  remediation: {
    steps: ['Enable node auto-upgrade on the pool and set a maintenance window and surge settings that fit the workloads.'],
    cli: 'gcloud container node-pools update <pool> --cluster <cluster> --location <location> --enable-autoupgrade',
    terraform: 'management {\n  auto_upgrade = true\n}',
  },
  target: { kinds: ['gcp.container.nodepool'] },
  evaluate: (pool) =>
    pool.needBool('autoUpgrade')
      ? healthy(`node pool ${pool.label} upgrades its nodes automatically`)
      : unhealthy(`node pool ${pool.label} has node auto-upgrade off`),
})
