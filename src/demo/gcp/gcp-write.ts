/**
 * @module Writes the GCP side: the prod project as a Cloud Asset Inventory GCS export (NDJSON, snake_case,
 * RESOURCE and IAM_POLICY content in separate files) and the dev project as `gcloud asset list --format=json`
 * output (a JSON array, camelCase).
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { companyTags, SERVICES } from '../demo-company.js'
import type { DemoContext } from '../demo-plan.js'
import { writeJsonArray, writeJsonLines } from '../demo-output.js'
import type { DemoSink } from '../demo-sink.js'
import type { Project } from './gcp-assets.js'
import {
  bucketAsset,
  computeUrl,
  diskAsset,
  firewallAsset,
  iamPolicyAsset,
  instanceAsset,
  projectAsset,
  resourceAsset,
  serviceAccountAsset,
  serviceAccountEmail,
  toGcloudCase,
} from './gcp-assets.js'
import { gcpFillerAssets } from './gcp-filler.js'
import {
  BUCKETS,
  CLOUD_SQL,
  cloudSqlAsset,
  DEV,
  DEV_FIREWALLS,
  DEV_POLICIES,
  gcpLabels,
  GKE_PLANTED_NODES,
  gkeClusterAsset,
  gkeNode,
  INSTANCES,
  NETWORK,
  PROD,
  PROD_FIREWALLS,
  PROD_POLICIES,
  SA,
} from './gcp-planted.js'

function networkAssets(clock: DemoClock, project: Project, name: string, subnet: string, cidr: string): JsonObject[] {
  const network = computeUrl(project, `global/networks/${name}`)
  const subnetwork = computeUrl(project, `regions/${project.region}/subnetworks/${subnet}`)
  return [
    resourceAsset(clock, {
      name: `//compute.googleapis.com/projects/${project.projectId}/global/networks/${name}`,
      assetType: 'compute.googleapis.com/Network',
      project,
      location: 'global',
      data: { name, selfLink: network, autoCreateSubnetworks: false, subnetworks: [subnetwork], routingConfig: { routingMode: 'REGIONAL' }, mtu: 1460, kind: 'compute#network' },
    }),
    resourceAsset(clock, {
      name: `//compute.googleapis.com/projects/${project.projectId}/regions/${project.region}/subnetworks/${subnet}`,
      assetType: 'compute.googleapis.com/Subnetwork',
      project,
      location: project.region,
      data: {
        name: subnet,
        network,
        ipCidrRange: cidr,
        region: computeUrl(project, `regions/${project.region}`),
        gatewayAddress: cidr.replace(/0\/\d+$/, '1'),
        privateIpGoogleAccess: true,
        secondaryIpRanges: [{ rangeName: 'pods', ipCidrRange: '10.80.0.0/14' }, { rangeName: 'services', ipCidrRange: '10.84.0.0/20' }],
        selfLink: subnetwork,
        kind: 'compute#subnetwork',
      },
    }),
  ]
}

export interface GcpBaseline {
  readonly prodResources: readonly JsonObject[]
  readonly prodPolicies: readonly JsonObject[]
  readonly devResources: readonly JsonObject[]
  readonly devPolicies: readonly JsonObject[]
  readonly count: number
}

export function buildGcpBaseline(clock: DemoClock): GcpBaseline {
  const instances = [...Object.values(INSTANCES), ...Array.from({ length: GKE_PLANTED_NODES }, (_, i) => gkeNode(i).spec)]
  const prodResources: JsonObject[] = [
    projectAsset(clock, PROD, gcpLabels(companyTags('platform', 'critical'))),
    ...networkAssets(clock, PROD, 'vpc-ridgeline-prod', 'snet-prod-ew1', '10.70.0.0/16'),
    ...PROD_FIREWALLS.map((f) => firewallAsset(clock, PROD, f)),
    serviceAccountAsset(clock, PROD, SA.webFrontend, 'web frontend'),
    serviceAccountAsset(clock, PROD, SA.cronRunner, 'cron runner'),
    serviceAccountAsset(clock, PROD, SA.batchRunner, 'batch runner'),
    serviceAccountAsset(clock, PROD, SA.gkeNodes, 'GKE nodes'),
    serviceAccountAsset(clock, PROD, SA.reportBuilder, 'report builder (GKE workload identity)'),
    serviceAccountAsset(clock, PROD, SA.reportViewer, 'report viewer (GKE workload identity)'),
    serviceAccountAsset(clock, PROD, SA.defaultCompute, 'Compute Engine default service account'),
    ...SERVICES.map((service) => serviceAccountAsset(clock, PROD, serviceAccountEmail(PROD, `${service}-runtime`), `${service} runtime`)),
    ...instances.flatMap((spec) => [instanceAsset(clock, spec), diskAsset(clock, spec)]),
    ...BUCKETS.filter((b) => b.project === PROD).map((b) => bucketAsset(clock, b)),
    cloudSqlAsset(clock, CLOUD_SQL.orders, true, 'shop'),
    cloudSqlAsset(clock, CLOUD_SQL.analytics, false, 'analytics'),
    gkeClusterAsset(clock, 'prod'),
  ]
  const prodPolicies = PROD_POLICIES.map((p) => iamPolicyAsset(clock, p.name, p.assetType, PROD, p.bindings))
  const devResources = [
    projectAsset(clock, DEV, gcpLabels(companyTags('platform', 'medium', { env: 'dev' }))),
    ...networkAssets(clock, DEV, 'vpc-ridgeline-dev', 'snet-dev-ew1', '10.90.0.0/16'),
    ...DEV_FIREWALLS.map((f) => firewallAsset(clock, DEV, f)),
    serviceAccountAsset(clock, DEV, SA.sandboxNodes, 'sandbox GKE nodes'),
    ...SERVICES.map((service) => serviceAccountAsset(clock, DEV, serviceAccountEmail(DEV, `${service}-runtime`), `${service} runtime`)),
    ...BUCKETS.filter((b) => b.project === DEV).map((b) => bucketAsset(clock, b)),
    gkeClusterAsset(clock, 'sandbox'),
  ].map(toGcloudCase)
  const devPolicies = DEV_POLICIES.map((p) => toGcloudCase(iamPolicyAsset(clock, p.name, p.assetType, DEV, p.bindings)))
  return { prodResources, prodPolicies, devResources, devPolicies, count: prodResources.length + devResources.length }
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part
}

function* extraGkeNodes(clock: DemoClock, count: number): Generator<JsonObject> {
  for (let i = 0; i < count; i++) {
    const { spec } = gkeNode(GKE_PLANTED_NODES + i)
    yield instanceAsset(clock, spec)
    yield diskAsset(clock, spec)
  }
}

function* camel(items: Iterable<JsonObject>): Generator<JsonObject> {
  for (const item of items) yield toGcloudCase(item)
}

export async function writeGcp(ctx: DemoContext, sink: DemoSink, baseline: GcpBaseline): Promise<void> {
  const { seed, clock, plan } = ctx
  let file = await sink.open(`gcp/cai/${PROD.projectId}/resource.ndjson`)
  let records = await writeJsonLines(
    file,
    concat(
      baseline.prodResources,
      extraGkeNodes(clock, plan.extraNodes.gke),
      gcpFillerAssets(seed, clock, { project: PROD, ...NETWORK.prod, prefix: '10.70', env: 'prod', stream: 'gcp-prod' }, plan.filler['gcp-prod']),
    ),
  )
  await sink.close(file, { format: 'gcp-cloud-asset-inventory', variant: 'gcs-export-ndjson-snake-case', provider: 'gcp', records })
  file = await sink.open(`gcp/cai/${PROD.projectId}/iam_policy.ndjson`)
  records = await writeJsonLines(file, baseline.prodPolicies)
  await sink.close(file, { format: 'gcp-cloud-asset-inventory', variant: 'gcs-export-ndjson-snake-case', provider: 'gcp', records })
  file = await sink.open(`gcp/gcloud/${DEV.projectId}.resources.json`)
  records = await writeJsonArray(
    file,
    concat(baseline.devResources, camel(gcpFillerAssets(seed, clock, { project: DEV, ...NETWORK.dev, prefix: '10.90', env: 'dev', stream: 'gcp-dev' }, plan.filler['gcp-dev']))),
    2,
    0,
  )
  file.write('\n')
  await sink.close(file, { format: 'gcp-cloud-asset-inventory', variant: 'gcloud-json-camel-case', provider: 'gcp', records })
  file = await sink.open(`gcp/gcloud/${DEV.projectId}.iam-policies.json`)
  records = await writeJsonArray(file, baseline.devPolicies, 2, 0)
  file.write('\n')
  await sink.close(file, { format: 'gcp-cloud-asset-inventory', variant: 'gcloud-json-camel-case', provider: 'gcp', records })
}
