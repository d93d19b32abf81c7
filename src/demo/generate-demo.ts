/**
 * @module The demo estate generator behind `skyhound demo`: a fictional company's AWS, Azure, GCP, Kubernetes,
 * Terraform and scanner exports in their real formats, with planted weaknesses, their safe look-alikes, and
 * the ground truth (`expected.json`). Deterministic per seed; streams its output so it scales to a million
 * resources in bounded memory. docs/demo-estate.md describes the estate and the truth schema.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SkyhoundError } from '../model/errors.js'
import { IGNORE_FILE, INPUT_OPTIONS_FILE } from '../scan/collect-inputs.js'
import type { JsonValue } from '../model/graph-types.js'
import type { Provider } from '../model/vocabulary.js'
import { buildAwsBaseline, writeAws } from './aws/aws-write.js'
import { buildAzureBaseline, writeAzure } from './azure/azure-write.js'
import { COMPANY, DemoClock, demoEpoch } from './demo-company.js'
import { DEMO_GOVERNANCE_DIR, writeDemoGovernance } from './demo-governance.js'
import { writeDemoGovernanceRules } from './demo-governance-rules.js'
import { writeDemoInputOptions } from './demo-inputs.js'
import { writeSmallJson } from './demo-output.js'
import { EXTRA_NODE_COST, planEstate } from './demo-plan.js'
import type { DemoContext, DemoPlan } from './demo-plan.js'
import { DemoSink } from './demo-sink.js'
import type { DemoManifest, DemoOptions } from './demo-types.js'
import { buildGcpBaseline, writeGcp } from './gcp/gcp-write.js'
import { buildK8sBaseline, writeKubernetes } from './kubernetes/k8s-write.js'
import { plantedTruth } from './planted-truth.js'
import { writeScanners } from './scanners/scanner-write.js'
import { writeTerraform } from './terraform/terraform-write.js'

export const DEFAULT_DEMO_SEED = 1
export const DEFAULT_DEMO_RESOURCES = 600
export const MAX_DEMO_RESOURCES = 10_000_000

/** Top-level entries the generator owns inside its output directory. */
const OWNED = ['aws', 'azure', 'gcp', 'kubernetes', 'terraform', 'scanners', DEMO_GOVERNANCE_DIR, 'expected.json', 'manifest.json', IGNORE_FILE, INPUT_OPTIONS_FILE]

/** What `skyhound scan <dir>` must pass over: the generator's own documents, which are no export. */
const IGNORED = ['expected.json', 'manifest.json', DEMO_GOVERNANCE_DIR]

/** Refuses to write into a directory holding anything but an earlier demo estate, which it clears. */
async function prepareOutput(outDir: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(outDir)
  } catch {
    return
  }
  if (entries.length === 0) return
  let previous: unknown
  try {
    previous = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'))
  } catch {
    previous = undefined
  }
  const isDemo = typeof previous === 'object' && previous !== null && (previous as { generator?: unknown }).generator === 'skyhound-demo'
  const foreign = entries.filter((entry) => !OWNED.includes(entry))
  if (!isDemo || foreign.length > 0) {
    throw new SkyhoundError('SKY_USAGE', `${outDir} is not empty and does not hold a demo estate`, {
      where: outDir,
      hint: 'choose an empty or new directory for the demo estate',
    })
  }
  for (const entry of entries) await rm(join(outDir, entry), { recursive: true, force: true })
}

function checkOptions(options: DemoOptions): { seed: number; resources: number } {
  const seed = options.seed ?? DEFAULT_DEMO_SEED
  const resources = options.resources ?? DEFAULT_DEMO_RESOURCES
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new SkyhoundError('SKY_USAGE', `demo seed must be a non-negative integer, got ${seed}`, { hint: 'pass --seed 1 (or any whole number)' })
  }
  if (!Number.isSafeInteger(resources) || resources < 0 || resources > MAX_DEMO_RESOURCES) {
    throw new SkyhoundError('SKY_USAGE', `demo size must be a whole number between 0 and ${MAX_DEMO_RESOURCES}, got ${resources}`, {
      hint: 'pass --resources 600 (default) up to --resources 1000000',
    })
  }
  return { seed, resources }
}

function countsByProvider(plan: DemoPlan, baseline: Record<'aws' | 'azure' | 'gcp' | 'kubernetes', number>): Partial<Record<Provider, number>> {
  const f = plan.filler
  const { eks, aks, gke } = plan.extraNodes
  return {
    aws: baseline.aws + f['aws-prod-main'] + f['aws-prod-extra'] + f['aws-dev'] + f['aws-iam'] + eks * (EXTRA_NODE_COST.eks - 1),
    azure: baseline.azure + f['azure-resources'] + f['azure-authorization'] + aks * (EXTRA_NODE_COST.aks - 1),
    gcp: baseline.gcp + f['gcp-prod'] + f['gcp-dev'] + gke * (EXTRA_NODE_COST.gke - 1),
    kubernetes: baseline.kubernetes + plan.k8sObjects.eks + plan.k8sObjects.aks + plan.k8sObjects.gke + eks + aks + gke,
  }
}

export async function generateDemoEstate(options: DemoOptions): Promise<DemoManifest> {
  const { seed, resources } = checkOptions(options)
  await prepareOutput(options.outDir)
  const clock = new DemoClock(demoEpoch(seed))
  const aws = buildAwsBaseline(clock)
  const azure = buildAzureBaseline(clock)
  const gcp = buildGcpBaseline(clock)
  const k8s = buildK8sBaseline(clock)
  const baselineByProvider = { aws: aws.resources, azure: azure.count, gcp: gcp.count, kubernetes: k8s.count }
  const baseline = aws.resources + azure.count + gcp.count + k8s.count
  const plan = planEstate(resources, baseline)
  const ctx: DemoContext = { seed, clock, plan }
  const sink = new DemoSink(options.outDir)
  await writeAws(ctx, sink, aws)
  await writeAzure(ctx, sink, azure)
  await writeGcp(ctx, sink, gcp)
  await writeKubernetes(ctx, sink, k8s)
  await writeTerraform(ctx, sink)
  await writeScanners(ctx, sink)
  await writeDemoGovernance(options.outDir)
  await writeDemoGovernanceRules(options.outDir)
  const truth = plantedTruth()
  await writeSmallJson(options.outDir, 'expected.json', truth as unknown as JsonValue)
  const byProvider = countsByProvider(plan, baselineByProvider)
  const total = Object.values(byProvider).reduce((sum, count) => sum + count, 0)
  const manifest: DemoManifest = {
    generator: 'skyhound-demo',
    schemaVersion: 1,
    company: COMPANY.name,
    seed,
    epoch: clock.iso(),
    requestedResources: resources,
    counts: { resources: total, plantedBaseline: baseline, filler: total - baseline, byProvider, plantedItems: truth.items.length },
    files: [...sink.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  }
  await writeSmallJson(options.outDir, 'manifest.json', manifest as unknown as JsonValue)
  await writeFile(join(options.outDir, IGNORE_FILE), `# Written by skyhound demo: the ground truth and the file list are not exports.\n${IGNORED.join('\n')}\n`)
  await writeDemoInputOptions(options.outDir, manifest.files)
  return manifest
}
