/**
 * @module Writes the Azure side as Azure Resource Graph query results, paged like real queries (1000 rows per
 * page, each page one file chained by its skip token): `resources` and `computeresources` and
 * `resourcecontainers` in the az CLI ≥ 2.0 envelope, `authorizationresources` in the REST envelope.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { AZURE_DEV, AZURE_PROD, companyTags } from '../demo-company.js'
import type { DemoContext } from '../demo-plan.js'
import { writeJsonDocument } from '../demo-output.js'
import { DemoRandom } from '../demo-random.js'
import type { DemoSink } from '../demo-sink.js'
import { azureFillerAssignments, azureFillerRows, fillerResourceGroups } from './azure-filler.js'
import {
  AKS,
  AKS_PLANTED_NODES,
  aksClusterRow,
  aksNode,
  ASSIGNMENTS,
  containerAppRows,
  DEV_VNET,
  KEY_VAULTS,
  MI,
  openAiRow,
  POSTGRES,
  PROD_VNET,
  REPLICATION,
  RG,
  STORAGE,
  VMS,
  vmssRow,
  vmssVmRow,
} from './azure-planted.js'
import type { Where } from './azure-resources.js'
import { federatedCredentialRow, identityRow, idOf, keyVaultRow, nsgRow, objectReplicationRows, postgresRows, storageRows, vmRows, vnetRow } from './azure-resources.js'
import type { RoleName } from './azure-rows.js'
import { resourceGroupRow, ROLE_DEFINITIONS, roleAssignmentRow, roleDefinitionRow, subscriptionRow } from './azure-rows.js'

export const ARG_PAGE_SIZE = 1000

const nicOf = (vm: { where: Where; name: string }): string => idOf(vm.where, 'Microsoft.Network/networkInterfaces', `${vm.name}-nic`)

export interface AzureBaseline {
  readonly resources: readonly JsonObject[]
  readonly computeResources: readonly JsonObject[]
  readonly authorization: readonly JsonObject[]
  readonly containers: readonly JsonObject[]
  readonly count: number
}

/** Rows that do not depend on the scale (the scale sets' capacity is added at write time). */
export function buildAzureBaseline(clock: DemoClock): AzureBaseline {
  const netTags = companyTags('platform', 'high')
  const resources: JsonObject[] = [
    vnetRow(PROD_VNET, netTags),
    vnetRow(DEV_VNET, { ...netTags, env: 'dev' }),
    nsgRow(RG.shop, 'nsg-shop-web', [
      { name: 'allow-https-internet', priority: 100, source: 'Internet', ports: '443' },
      { name: 'allow-ssh-any', priority: 110, source: '*', ports: '22' },
    ], [nicOf(VMS.shopWeb01), nicOf(VMS.shopWeb02)], companyTags('shop', 'high')),
    nsgRow(RG.ops, 'nsg-ops', [{ name: 'allow-ssh-any', priority: 100, source: '*', ports: '22' }], [nicOf(VMS.opsRunner), nicOf(VMS.opsRunnerDr)], companyTags('ops', 'high')),
    nsgRow(RG.ai, 'nsg-assistant', [{ name: 'allow-https-internet', priority: 100, source: 'Internet', ports: '443' }], [nicOf(VMS.assistant01), nicOf(VMS.assistant02)], companyTags('analytics', 'high')),
    nsgRow(RG.network, 'nsg-internal', [{ name: 'allow-vnet', priority: 100, source: 'VirtualNetwork', ports: '*', protocol: '*' }], [], netTags),
    nsgRow(RG.devShared, 'nsg-dev-internal', [{ name: 'allow-vnet', priority: 100, source: 'VirtualNetwork', ports: '*', protocol: '*' }], [], { ...netTags, env: 'dev' }),
    ...Object.values(VMS).flatMap((vm) => vmRows(vm)),
    ...Object.values(MI).map((mi) => identityRow(mi, companyTags('platform', 'high'))),
    federatedCredentialRow(MI.checkout, 'checkout-api', AKS.prod.issuer, 'system:serviceaccount:checkout:checkout-api'),
    federatedCredentialRow(MI.checkoutWorker, 'checkout-worker', AKS.prod.issuer, 'system:serviceaccount:checkout:checkout-worker'),
    ...Object.values(KEY_VAULTS).map((kv) => keyVaultRow(kv.where, kv.name, kv.tags, true)),
    ...Object.values(STORAGE).flatMap((s) => storageRows(s)),
    ...Object.values(REPLICATION).flatMap((r) => objectReplicationRows(r.source, r.destination, r.container, r.policyId)),
    ...Object.values(POSTGRES).flatMap((p) => postgresRows(p)),
    openAiRow(),
    aksClusterRow('prod'),
    aksClusterRow('legacy'),
    vmssRow('legacy', 2),
    ...containerAppRows(),
  ]
  const computeResources = Array.from({ length: AKS_PLANTED_NODES }, (_, i) => vmssVmRow(aksNode(i)))
  const authorization = [
    ...(Object.keys(ROLE_DEFINITIONS) as RoleName[]).map(roleDefinitionRow),
    ...ASSIGNMENTS.map((a) => roleAssignmentRow(clock, a)),
  ]
  const planted = Object.values(RG).map((where) => resourceGroupRow(where.subscriptionId, where.resourceGroup, where.location, companyTags('platform', 'medium')))
  const containers = [
    subscriptionRow(AZURE_PROD.subscriptionId, AZURE_PROD.name, companyTags('platform', 'critical')),
    subscriptionRow(AZURE_DEV.subscriptionId, AZURE_DEV.name, companyTags('platform', 'medium', { env: 'dev' })),
    ...planted,
    ...fillerResourceGroups().map((where) => resourceGroupRow(where.subscriptionId, where.resourceGroup, where.location, companyTags('platform', 'low'))),
  ]
  // +1: the prod scale set row, written at scan time with its capacity.
  const count = resources.length + 1 + computeResources.length + authorization.length + containers.length
  return { resources, computeResources, authorization, containers, count }
}

type Envelope = 'cli' | 'rest'

function skipToken(seed: number, table: string, skip: number): string {
  const query = DemoRandom.stream(seed, `arg-query:${table}`).uuid()
  return Buffer.from(JSON.stringify({ $id: '1', MaxRows: ARG_PAGE_SIZE, RowsToSkip: skip, Kusto: { QueryId: query } })).toString('base64')
}

/** Writes `rows` (exactly `total` of them) as pages of one ARG table, each page its own file. */
async function writeTable(ctx: DemoContext, sink: DemoSink, table: string, envelope: Envelope, total: number, rows: Iterable<JsonObject>): Promise<void> {
  const pages = Math.max(1, Math.ceil(total / ARG_PAGE_SIZE))
  let page: JsonObject[] = []
  let pageIndex = 0
  let written = 0
  const flush = async (): Promise<void> => {
    pageIndex++
    written += page.length
    const next = pageIndex < pages ? skipToken(ctx.seed, table, written) : null
    const template: JsonObject =
      envelope === 'cli'
        ? { count: page.length, data: [], skip_token: next, total_records: total }
        : { totalRecords: total, count: page.length, data: [], facets: [], resultTruncated: 'false', ...(next ? { $skipToken: next } : {}) }
    const file = await sink.open(`azure/resource-graph/${table}/page-${String(pageIndex).padStart(4, '0')}.json`)
    await writeJsonDocument(file, template, { data: page }, envelope === 'cli' ? 2 : 0)
    await sink.close(file, { format: 'azure-resource-graph', variant: envelope === 'cli' ? 'cli-envelope' : 'rest-envelope', provider: 'azure', records: page.length })
    page = []
  }
  for (const row of rows) {
    page.push(row)
    if (page.length === ARG_PAGE_SIZE) await flush()
  }
  if (page.length > 0 || pageIndex === 0) await flush()
  if (written !== total) throw new Error(`ARG table ${table}: wrote ${written} rows, announced ${total}`)
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part
}

function* extraAksNodes(count: number): Generator<JsonObject> {
  for (let i = 0; i < count; i++) yield vmssVmRow(aksNode(AKS_PLANTED_NODES + i))
}

export async function writeAzure(ctx: DemoContext, sink: DemoSink, baseline: AzureBaseline): Promise<void> {
  const { seed, clock, plan } = ctx
  const extraNodes = plan.extraNodes.aks
  const fillerRows = plan.filler['azure-resources']
  const resources = concat(baseline.resources, [vmssRow('prod', AKS_PLANTED_NODES + extraNodes)], azureFillerRows(seed, fillerRows))
  await writeTable(ctx, sink, 'resources', 'cli', baseline.resources.length + 1 + fillerRows, resources)
  await writeTable(ctx, sink, 'computeresources', 'cli', baseline.computeResources.length + extraNodes, concat(baseline.computeResources, extraAksNodes(extraNodes)))
  const fillerAssignments = plan.filler['azure-authorization']
  await writeTable(
    ctx,
    sink,
    'authorizationresources',
    'rest',
    baseline.authorization.length + fillerAssignments,
    concat(baseline.authorization, azureFillerAssignments(seed, clock, fillerAssignments)),
  )
  await writeTable(ctx, sink, 'resourcecontainers', 'cli', baseline.containers.length, baseline.containers)
}
