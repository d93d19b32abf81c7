/**
 * @module Whether a GCP node carries the resource document as Cloud Asset Inventory exported it (`config`).
 * The API omits switches that are off (no `shieldedInstanceConfig`, no `logConfig`), so with the document a
 * missing setting means "off"; without it (a Terraform plan, an IAM-only record) it means "not in the input".
 */
import type { RuleNode } from '../rule-kit.js'

export const hasResourceDocument = (node: RuleNode): boolean => node.obj('config') !== undefined

/** GKE creates and manages its node VMs (label `goog-gke-node`): their settings are the node pool's to fix. */
export const isGkeNodeVm = (node: RuleNode): boolean => 'goog-gke-node' in node.tags || node.name.startsWith('gke-')
