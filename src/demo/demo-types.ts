/**
 * @module The two documents the demo generator writes beside the estate: `manifest.json` (what was written)
 * and `expected.json` (the planted ground truth later analyses are tested against). docs/demo-estate.md
 * explains every field.
 */
import type { EdgeKind, InsightId, Provider } from '../model/vocabulary.js'

export interface DemoOptions {
  readonly outDir: string
  /** Seed of the filler and of the timestamps (default 1). Planted items do not depend on it. */
  readonly seed?: number
  /** Approximate number of inventory resources (default 600); never fewer than the planted baseline. */
  readonly resources?: number
}

/** Ids of the readers in src/formats/registry.ts that read each file. */
export const DEMO_FORMAT_IDS = [
  'aws-config-snapshot',
  'aws-iam-authorization-details',
  'aws-eks-cluster',
  'aws-iam-credential-report',
  'azure-resource-graph',
  'gcp-cloud-asset-inventory',
  'kubernetes-list',
  'kubernetes-manifest',
  'terraform-state',
  'terraform-plan',
  'trivy-json',
  'grype-json',
  'sarif',
] as const
export type DemoFormatId = (typeof DEMO_FORMAT_IDS)[number]

export interface DemoFileEntry {
  /** Relative to the output directory, `/`-separated. */
  readonly path: string
  readonly format: DemoFormatId
  /** Which serialisation of the format (e.g. `cli-envelope`, `rest-envelope`, `ndjson-snake-case`). */
  readonly variant: string
  readonly provider: Provider
  /** Records in the file (configuration items, rows, assets, objects, findings…). */
  readonly records: number
  readonly bytes: number
  readonly sha256: string
  /** Options to pass when scanning this file (the cloud cluster a Kubernetes export belongs to). */
  readonly scanOptions?: { readonly clusterId: string }
}

export interface DemoManifest {
  readonly generator: 'skyhound-demo'
  readonly schemaVersion: 1
  readonly company: string
  readonly seed: number
  /** The fixed clock of this seed (ISO); every timestamp in the files is derived from it. */
  readonly epoch: string
  readonly requestedResources: number
  readonly counts: {
    /** Distinct inventory resources across all files (IAM principals seen in two files count once). */
    readonly resources: number
    readonly plantedBaseline: number
    readonly filler: number
    readonly byProvider: Readonly<Partial<Record<Provider, number>>>
    readonly plantedItems: number
  }
  readonly files: readonly DemoFileEntry[]
}

/** Catalogue families (defender-cspm.md §1.5 headings and the later families), kebab-case. */
export const DEMO_FAMILIES = {
  'azure-vm': 'Azure VMs (§1.5 #1–14)',
  'aws-ec2': 'AWS EC2 instances (§1.5 #15–28)',
  'gcp-vm': 'GCP VM instances (§1.5 #29–40)',
  'azure-data': 'Azure data (§1.5 #41–50)',
  'aws-data': 'AWS data (§1.5 #51–61)',
  'gcp-data': 'GCP data (§1.5 #62)',
  containers: 'Containers: exposed pods with vulnerable images (§1.5 #63–64, all three clusters)',
  'kubernetes-rbac': 'Kubernetes RBAC and control plane (later family, Oct 2024)',
  'container-to-cloud': 'Container to cloud: node identity and workload identity (later family)',
  'cross-cloud': 'Cross-cloud and cross-account credentials (later family)',
  'identity-lateral-movement': 'IAM privilege escalation, role chaining and external trust (the "Perm" steps of §1.5)',
  'exposure-width': 'Exposure width: wide versus narrow internet exposure (later family, Sep 2025)',
  'serverless-containers': 'Serverless containers (later family, 2026)',
  ai: 'AI workloads (later family)',
} as const
export type DemoFamily = keyof typeof DEMO_FAMILIES

export interface ExpectedInsight {
  readonly node: string
  readonly insight: InsightId
}

export interface ExpectedAttackPath {
  readonly entry: string
  readonly target: string
  /** Nodes the path passes through in this order; other nodes may sit between them. */
  readonly via?: readonly string[]
}

export interface ExpectedExposure {
  readonly node: string
  /** Ports that must be among the exposed ones. */
  readonly ports: readonly number[]
  readonly width: 'wide' | 'narrow'
}

export interface ExpectedEdge {
  readonly from: string
  readonly to: string
  readonly kind: EdgeKind
}

export interface ExpectedSecret {
  /** The resource on which the plaintext credential sits. */
  readonly holder: string
  readonly kind: 'aws-access-key'
  /** The access key id (not secret); the secret half is never part of the truth. */
  readonly keyId: string
  /** The principal the credential signs in as. */
  readonly authenticatesAs: string
}

export interface ExpectedFinding {
  readonly node: string
  /** Kebab-case name of the misconfiguration a posture rule should report (see docs/demo-estate.md). */
  readonly topic: string
}

export interface Expectations {
  readonly insights?: readonly ExpectedInsight[]
  readonly attackPath?: ExpectedAttackPath
  readonly exposure?: ExpectedExposure
  readonly edges?: readonly ExpectedEdge[]
  readonly secret?: ExpectedSecret
  readonly findings?: readonly ExpectedFinding[]
}

/** Negative assertions for a look-alike: each listed fact must be absent. */
export interface ControlExpectations {
  /** Nodes that must not be reachable from the internet at all. */
  readonly notExposed?: readonly string[]
  /** Nodes that may be reachable from specific ranges but must not be widely exposed. */
  readonly notWidelyExposed?: readonly string[]
  /** Insights that must not be on these nodes. */
  readonly insights?: readonly ExpectedInsight[]
  /** There must be no attack path from `entry` to `target`. */
  readonly attackPath?: { readonly entry: string; readonly target: string }
  readonly edges?: readonly ExpectedEdge[]
  /** No plaintext credential may be reported on these nodes. */
  readonly secretOn?: readonly string[]
}

export interface PlantedControl {
  readonly id: string
  readonly description: string
  readonly nodes: readonly string[]
  /** The one property that makes the look-alike safe. */
  readonly whyNot: string
  readonly mustNot: ControlExpectations
}

export interface PlantedItem {
  readonly id: string
  readonly family: DemoFamily
  /** Row numbers of the §1.5 catalogue this item instantiates, when it has any. */
  readonly templates?: readonly number[]
  readonly title: string
  readonly description: string
  /** Every node involved, as the readers' canonical ids (src/providers/ids.ts). */
  readonly nodes: readonly string[]
  /** Human-readable name of each node id (of the item and of its control). */
  readonly names: Readonly<Record<string, string>>
  readonly expect: Expectations
  readonly control: PlantedControl
}

export interface DemoExpected {
  readonly generator: 'skyhound-demo'
  readonly schemaVersion: 1
  readonly company: string
  readonly scopes: Readonly<Record<string, string>>
  /**
   * Ids that expectations mention but no input describes (the external account a role trusts): no export of
   * theirs is in the estate; the IAM reader gives the account a bare node because a trust policy names it.
   */
  readonly outsideEstate: Readonly<Record<string, string>>
  readonly families: Readonly<Record<DemoFamily, string>>
  readonly items: readonly PlantedItem[]
}
