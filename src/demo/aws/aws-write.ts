/**
 * @module Writes the AWS side of the estate: one gzip Config snapshot per account and region (S3 delivery
 * layout), IAM authorization details per account (CLI-decoded for prod, raw URL-encoded for dev) and the
 * EKS `describe-cluster` output.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { AWS_DEV, AWS_PROD } from '../demo-company.js'
import type { DemoContext } from '../demo-plan.js'
import { writeJsonDocument } from '../demo-output.js'
import { DemoRandom } from '../demo-random.js'
import type { DemoSink } from '../demo-sink.js'
import type { Placement } from './aws-config-items.js'
import {
  accountPublicAccessBlockItem,
  bucketItem,
  ec2InstanceItem,
  instanceEniItem,
  eksArn,
  eksEndpoint,
  eksIssuer,
  eksItem,
  iamGroupItem,
  iamPolicyItem,
  iamRoleItem,
  iamUserItem,
  internetGatewayItem,
  kmsItem,
  lambdaItem,
  rdsItem,
  routeTableItem,
  securityGroupItem,
  subnetItem,
  volumeItem,
  vpcItem,
} from './aws-config-items.js'
import { awsFillerItems, awsFillerRoles } from './aws-filler.js'
import type { AuthzStyle } from './aws-iam-authz.js'
import { credentialReport } from './aws-credential-report.js'
import { authzGroup, authzPolicies, authzPolicy, authzRole, authzUser } from './aws-iam-authz.js'
import type { IamAccount, IamRole } from './aws-iam-model.js'
import { roleArn } from './aws-iam-model.js'
import { DEV_IAM, PROD_IAM } from './aws-planted-iam.js'
import type { AwsNetwork } from './aws-planted-resources.js'
import {
  DEV_BUCKETS,
  DEV_INSTANCES,
  DEV_LAMBDAS,
  DEV_NET,
  DEV_SGS,
  DEV_US,
  EKS_CLUSTER,
  EKS_PLANTED_NODES,
  eksNode,
  natGatewayItems,
  PROD_DR_NET,
  PROD_DR_SGS,
  PROD_EU,
  PROD_EU_BUCKETS,
  PROD_INSTANCES,
  PROD_KMS,
  PROD_LAMBDAS,
  PROD_NET,
  PROD_RDS,
  PROD_SGS,
  PROD_US,
  PROD_US_BUCKETS,
} from './aws-planted-resources.js'

function networkItems(clock: DemoClock, place: Placement, net: AwsNetwork): JsonObject[] {
  const items = [vpcItem(clock, place, net.vpc), ...Object.values(net.subnets).map((s) => subnetItem(clock, place, s))]
  items.push(internetGatewayItem(clock, place, net.internetGateway, net.vpc.id, net.vpc.tags))
  items.push(...natGatewayItems(clock, place, net))
  for (const table of net.routeTables) items.push(routeTableItem(clock, place, table))
  return items
}

function iamItems(clock: DemoClock, account: IamAccount): JsonObject[] {
  return [
    ...account.users.map((u) => iamUserItem(clock, account, u)),
    ...account.groups.map((g) => iamGroupItem(clock, account, g)),
    ...account.roles.map((r) => iamRoleItem(clock, account, r)),
    ...account.policies.map((p) => iamPolicyItem(clock, account, p)),
  ]
}

export interface AwsBaseline {
  readonly prodEu: readonly JsonObject[]
  readonly prodUs: readonly JsonObject[]
  readonly dev: readonly JsonObject[]
  /** Distinct resources: every Config item plus the AWS-managed policies that only the IAM exports list. */
  readonly resources: number
}

export function buildAwsBaseline(clock: DemoClock): AwsBaseline {
  const prodEu: JsonObject[] = [
    ...networkItems(clock, PROD_EU, PROD_NET),
    ...Object.values(PROD_SGS).map((g) => securityGroupItem(clock, PROD_EU, g)),
  ]
  const instances = [...Object.values(PROD_INSTANCES), ...Array.from({ length: EKS_PLANTED_NODES }, (_, i) => eksNode(i).spec)]
  for (const spec of instances) {
    prodEu.push(ec2InstanceItem(clock, PROD_EU, spec), instanceEniItem(clock, PROD_EU, spec), volumeItem(clock, PROD_EU, spec.volumeId, spec.subnet.az, 30, spec.id, spec.tags))
  }
  prodEu.push(
    ...PROD_EU_BUCKETS.map((b) => bucketItem(clock, PROD_EU, b)),
    ...PROD_KMS.map((k) => kmsItem(clock, PROD_EU, k)),
    ...PROD_RDS.map((d) => rdsItem(clock, PROD_EU, d)),
    ...PROD_LAMBDAS.map((f) => lambdaItem(clock, PROD_EU, f)),
    eksItem(clock, PROD_EU, EKS_CLUSTER),
    accountPublicAccessBlockItem(clock, PROD_EU, false),
    ...iamItems(clock, PROD_IAM),
  )
  const prodUs: JsonObject[] = [
    ...networkItems(clock, PROD_US, PROD_DR_NET),
    ...Object.values(PROD_DR_SGS).map((g) => securityGroupItem(clock, PROD_US, g)),
    ...PROD_US_BUCKETS.map((b) => bucketItem(clock, PROD_US, b)),
  ]
  const dev: JsonObject[] = [...networkItems(clock, DEV_US, DEV_NET), ...Object.values(DEV_SGS).map((g) => securityGroupItem(clock, DEV_US, g))]
  for (const spec of Object.values(DEV_INSTANCES)) {
    dev.push(ec2InstanceItem(clock, DEV_US, spec), instanceEniItem(clock, DEV_US, spec), volumeItem(clock, DEV_US, spec.volumeId, spec.subnet.az, 30, spec.id, spec.tags))
  }
  dev.push(
    ...DEV_BUCKETS.map((b) => bucketItem(clock, DEV_US, b)),
    ...DEV_LAMBDAS.map((f) => lambdaItem(clock, DEV_US, f)),
    accountPublicAccessBlockItem(clock, DEV_US, true),
    ...iamItems(clock, DEV_IAM),
  )
  const awsManaged = (account: IamAccount): number => authzPolicies(account).length - account.policies.length
  return { prodEu, prodUs, dev, resources: prodEu.length + prodUs.length + dev.length + awsManaged(PROD_IAM) + awsManaged(DEV_IAM) }
}

function snapshotPath(clock: DemoClock, seed: number, place: Placement): string {
  const date = new Date(clock.epoch)
  const stamp = clock.isoSeconds().replace(/[-:]/g, '')
  const uuid = DemoRandom.stream(seed, `config-snapshot:${place.accountId}:${place.region}`).uuid()
  return [
    'aws/AWSLogs',
    place.accountId,
    'Config',
    place.region,
    String(date.getUTCFullYear()),
    String(date.getUTCMonth() + 1),
    String(date.getUTCDate()),
    'ConfigSnapshot',
    `${place.accountId}_Config_${place.region}_ConfigSnapshot_${stamp}_${uuid}.json.gz`,
  ].join('/')
}

async function writeSnapshot(ctx: DemoContext, sink: DemoSink, place: Placement, items: Iterable<JsonObject>): Promise<void> {
  const path = snapshotPath(ctx.clock, ctx.seed, place)
  const file = await sink.open(path)
  const counts = await writeJsonDocument(
    file,
    { fileVersion: '1.0', configSnapshotId: DemoRandom.stream(ctx.seed, `snapshot-id:${path}`).uuid(), configurationItems: [] },
    { configurationItems: items },
    0,
  )
  await sink.close(file, { format: 'aws-config-snapshot', variant: 's3-delivery-gzip', provider: 'aws', records: counts.configurationItems ?? 0 })
}

function* concat<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part
}

function* extraEksNodes(clock: DemoClock, count: number): Generator<JsonObject> {
  for (let i = 0; i < count; i++) {
    const { spec } = eksNode(EKS_PLANTED_NODES + i)
    yield ec2InstanceItem(clock, PROD_EU, spec)
    yield instanceEniItem(clock, PROD_EU, spec)
    yield volumeItem(clock, PROD_EU, spec.volumeId, spec.subnet.az, 80, spec.id, spec.tags)
  }
}

async function writeAuthz(
  ctx: DemoContext,
  sink: DemoSink,
  account: IamAccount,
  style: AuthzStyle,
  fillerRoles: Iterable<IamRole>,
  variant: string,
): Promise<void> {
  const { clock } = ctx
  const file = await sink.open(`aws/iam/${account.accountId}-authorization-details.json`)
  const template: JsonObject = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] }
  if (style.urlEncoded) {
    template.IsTruncated = false
  }
  const roles = concat(account.roles, fillerRoles)
  const counts = await writeJsonDocument(
    file,
    template,
    {
      UserDetailList: account.users.map((u) => authzUser(clock, style, account, u)),
      GroupDetailList: account.groups.map((g) => authzGroup(clock, style, account, g)),
      RoleDetailList: (function* () {
        for (const role of roles) yield authzRole(clock, style, account, role)
      })(),
      Policies: authzPolicies(account).map((p) => authzPolicy(clock, style, account, p)),
    },
    4,
  )
  const records = Object.values(counts).reduce((a, b) => a + b, 0)
  await sink.close(file, { format: 'aws-iam-authorization-details', variant, provider: 'aws', records })
}

/** `aws eks describe-cluster` output: camelCase, unlike the PascalCase Config item of the same cluster. */
function describeCluster(clock: DemoClock): JsonObject {
  return {
    cluster: {
      name: EKS_CLUSTER.name,
      arn: eksArn(PROD_EU, EKS_CLUSTER.name),
      createdAt: clock.iso(-500 * 1440),
      version: EKS_CLUSTER.version,
      endpoint: eksEndpoint(PROD_EU, EKS_CLUSTER.endpointId),
      roleArn: roleArn(PROD_EU.accountId, EKS_CLUSTER.roleName),
      resourcesVpcConfig: {
        subnetIds: [...EKS_CLUSTER.subnetIds],
        securityGroupIds: [...EKS_CLUSTER.securityGroupIds],
        clusterSecurityGroupId: EKS_CLUSTER.clusterSecurityGroupId,
        vpcId: EKS_CLUSTER.vpcId,
        endpointPublicAccess: EKS_CLUSTER.publicAccess,
        endpointPrivateAccess: true,
        publicAccessCidrs: [...EKS_CLUSTER.publicAccessCidrs],
      },
      kubernetesNetworkConfig: { serviceIpv4Cidr: '172.20.0.0/16', ipFamily: 'ipv4' },
      logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator'], enabled: true }, { types: ['controllerManager', 'scheduler'], enabled: false }] },
      identity: { oidc: { issuer: eksIssuer(PROD_EU, EKS_CLUSTER.oidcId) } },
      status: 'ACTIVE',
      certificateAuthority: { data: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCkRFTU8KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=' },
      platformVersion: 'eks.7',
      tags: { ...EKS_CLUSTER.tags },
      encryptionConfig: [],
      accessConfig: { authenticationMode: 'API_AND_CONFIG_MAP' },
    },
  }
}

export async function writeAws(ctx: DemoContext, sink: DemoSink, baseline: AwsBaseline): Promise<void> {
  const { seed, clock, plan } = ctx
  await writeSnapshot(
    ctx,
    sink,
    PROD_EU,
    concat(
      baseline.prodEu,
      extraEksNodes(clock, plan.extraNodes.eks),
      awsFillerItems(seed, clock, { place: PROD_EU, net: PROD_NET, internalSg: PROD_SGS.internal, env: 'prod', stream: 'aws-prod-main', lambdaRole: 'order-events-exec' }, plan.filler['aws-prod-main']),
    ),
  )
  await writeSnapshot(
    ctx,
    sink,
    PROD_US,
    concat(
      baseline.prodUs,
      awsFillerItems(seed, clock, { place: PROD_US, net: PROD_DR_NET, internalSg: PROD_DR_SGS.internal, env: 'prod', stream: 'aws-prod-extra', lambdaRole: 'order-events-exec' }, plan.filler['aws-prod-extra']),
    ),
  )
  await writeSnapshot(
    ctx,
    sink,
    DEV_US,
    concat(
      baseline.dev,
      awsFillerItems(seed, clock, { place: DEV_US, net: DEV_NET, internalSg: DEV_SGS.internal, env: 'dev', stream: 'aws-dev', lambdaRole: 'legacy-sync-v2-exec' }, plan.filler['aws-dev']),
    ),
  )
  const iamFiller = plan.filler['aws-iam']
  const prodRoles = Math.ceil(iamFiller * 0.7)
  await writeAuthz(ctx, sink, PROD_IAM, { urlEncoded: false, dates: 'cli' }, awsFillerRoles(seed, 'aws-iam-prod', AWS_PROD.accountId, AWS_PROD.region, prodRoles), 'cli-decoded')
  await writeAuthz(ctx, sink, DEV_IAM, { urlEncoded: true, dates: 'python' }, awsFillerRoles(seed, 'aws-iam-dev', AWS_DEV.accountId, AWS_DEV.region, iamFiller - prodRoles), 'raw-url-encoded')
  for (const account of [PROD_IAM, DEV_IAM]) {
    const report = await sink.open(`aws/iam/${account.accountId}-credential-report.csv`)
    report.write(credentialReport(clock, account))
    await sink.close(report, { format: 'aws-iam-credential-report', variant: 'decoded-csv', provider: 'aws', records: account.users.length + 1 })
  }
  const file = await sink.open(`aws/eks/${EKS_CLUSTER.name}.describe-cluster.json`)
  file.write(`${JSON.stringify(describeCluster(clock), null, 4)}\n`)
  await sink.close(file, { format: 'aws-eks-cluster', variant: 'cli', provider: 'aws', records: 1 })
}
