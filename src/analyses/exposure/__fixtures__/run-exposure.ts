/**
 * Test helpers: provider inputs written to a temporary file and read through the real format
 * registry (so fragments are exactly what the mappers emit), a graph with the internet node, and
 * the exposure analysis's output by node.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GraphBuilder } from '../../../graph/graph-builder.js'
import type { Derivation } from '../../../graph/graph-builder.js'
import type { SecurityGraph } from '../../../graph/security-graph.js'
import type { ScanOptions } from '../../../formats/format-adapter.js'
import type { GraphFragment, Insight, JsonObject, JsonValue } from '../../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../../model/graph-types.js'
import { readFixture } from '../../../../test/helpers/read-fixture.js'
import { internetExposureAnalysis } from '../internet-exposure.js'

export interface ExposureRun {
  readonly graph: SecurityGraph
  readonly derivation: Derivation
  exposure(node: string): JsonObject | undefined
  insight(node: string, id: Insight['id']): Insight | undefined
  edge(from: string, to: string): JsonObject | undefined
  exposedNodes(): string[]
}

export function runExposure(fragments: readonly GraphFragment[], options: ScanOptions = {}): ExposureRun {
  const builder = new GraphBuilder()
  builder.addNode({ id: INTERNET_NODE_ID, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' })
  for (const fragment of fragments) builder.addFragment(fragment)
  const { graph } = builder.build()
  const derivation = internetExposureAnalysis.run(graph, { options })
  const insight = (node: string, id: Insight['id']): Insight | undefined =>
    derivation.insights?.find((i) => i.node === node && i.insight.id === id)?.insight
  return {
    graph,
    derivation,
    insight,
    exposure: (node) => insight(node, 'exposed-to-internet')?.params,
    edge: (from, to) => derivation.edges?.find((e) => e.from === from && e.to === to && e.kind === 'routes-traffic-to')?.props,
    exposedNodes: () => (derivation.insights ?? []).filter((i) => i.insight.id === 'exposed-to-internet').map((i) => i.node).sort(),
  }
}

/** A provider fixture through the registry (fixtures may hold deliberately bad records). */
export async function fixtureFragment(path: string, options: ScanOptions = {}): Promise<GraphFragment> {
  return (await readFixture(path, options)).fragment
}

/** Writes `content` (JSON, or text as given) to a temporary file named `name` and reads it through the registry. */
export async function inputFragment(name: string, content: JsonValue | string, options: ScanOptions = {}): Promise<GraphFragment> {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-exposure-'))
  try {
    const path = join(dir, name)
    await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 1))
    const result = await readFixture(path, options)
    // Inputs written by tests must read cleanly, or the test would check something else.
    if (result.issues.length > 0) throw new Error(`${name}: ${result.issues.map((i) => i.message).join('; ')}`)
    return result.fragment
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export const ACCOUNT = '111122223333'
export const REGION = 'eu-west-1'
export const arn = (segment: string, id: string): string => `arn:aws:ec2:${REGION}:${ACCOUNT}:${segment}/${id}`

/** An AWS Config snapshot of items given as `[resourceType, resourceId, configuration, extra?]`. */
export function configSnapshot(items: readonly (readonly [string, string, JsonObject, JsonObject?])[]): JsonObject {
  return {
    fileVersion: '1.0',
    configSnapshotId: 'exposure-test',
    configurationItems: items.map(([resourceType, resourceId, configuration, extra]) => ({
      configurationItemVersion: '1.3',
      configurationItemCaptureTime: '2024-05-01T10:00:00.000Z',
      awsAccountId: ACCOUNT,
      awsRegion: REGION,
      configurationItemStatus: 'OK',
      resourceType,
      resourceId,
      configuration,
      supplementaryConfiguration: {},
      relationships: [],
      tags: {},
      ...extra,
    })),
  }
}

export const SUB = '00000000-0000-0000-0000-000000000001'
export const RG = `/subscriptions/${SUB}/resourceGroups/rg-app`
/** A lowercased node id of an ARM resource in rg-app. */
export const azureId = (type: string, name: string): string => `${RG}/providers/${type}/${name}`.toLowerCase()

/** An `az graph query` (CLI 2) page of rows given as `[type, name, properties, extra?]`. */
export function argPage(rows: readonly (readonly [string, string, JsonObject, JsonObject?])[]): JsonObject {
  return {
    count: rows.length,
    data: rows.map(([type, name, properties, extra]) => ({
      id: `${RG}/providers/${type}/${name}`,
      name,
      type: type.toLowerCase(),
      location: 'westeurope',
      resourceGroup: 'rg-app',
      subscriptionId: SUB,
      tenantId: '00000000-0000-0000-0000-0000000000aa',
      tags: {},
      properties,
      ...extra,
    })),
  }
}

export const PROJECT = 'demo-proj'
export const gcpName = (path: string): string => `//compute.googleapis.com/projects/${PROJECT}/${path}`

/** A Cloud Asset Inventory NDJSON export of assets given as `[assetType, name, data, iamPolicy?]`. */
export function caiExport(assets: readonly (readonly [string, string, JsonObject, JsonObject?])[]): string {
  return `${assets
    .map(([assetType, name, data, iamPolicy]) =>
      JSON.stringify({
        name,
        asset_type: assetType,
        ancestors: ['projects/123456789012', 'organizations/99'],
        resource: { version: 'v1', discovery_name: assetType.split('/')[1], parent: '//cloudresourcemanager.googleapis.com/projects/123456789012', data, location: 'europe-west1' },
        ...(iamPolicy === undefined ? {} : { iam_policy: iamPolicy }),
      }),
    )
    .join('\n')}\n`
}

/** A `kubectl get -o json` List. */
export const k8sList = (items: readonly JsonObject[]): JsonObject => ({ apiVersion: 'v1', kind: 'List', items: [...items] })
