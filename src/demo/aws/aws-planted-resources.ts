/**
 * @module Planted AWS resources (networks, instances, buckets, databases, functions, the EKS cluster) of both
 * accounts, as Config item specs. Ids are fixed (seed-independent) because `expected.json` names them.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { AWS_DEV, AWS_PROD, awsAccessKeyId, companyTags, CLUSTERS } from '../demo-company.js'
import type { DemoClock } from '../demo-company.js'
import { stableHex } from '../demo-random.js'
import type {
  BucketSpec,
  Ec2Spec,
  EksSpec,
  KmsSpec,
  LambdaSpec,
  Placement,
  RdsSpec,
  RouteTableSpec,
  SecurityGroupSpec,
  SubnetSpec,
  VpcSpec,
} from './aws-config-items.js'
import { configItem, ec2Arn, rdsEndpoint } from './aws-config-items.js'
import { doc } from './aws-iam-model.js'
import { BUCKETS, EKS_OIDC_ID, KMS_KEYS } from './aws-planted-iam.js'

export const PROD_EU: Placement = { accountId: AWS_PROD.accountId, region: AWS_PROD.region }
export const PROD_US: Placement = { accountId: AWS_PROD.accountId, region: AWS_PROD.extraRegion }
export const DEV_US: Placement = { accountId: AWS_DEV.accountId, region: AWS_DEV.region }

const hexId = (prefix: string, name: string): string => `${prefix}-0${stableHex(name, 16)}`
export const instanceId = (name: string): string => hexId('i', `instance:${name}`)
export const volumeIdOf = (name: string): string => hexId('vol', `volume:${name}`)

/** Plaintext credentials planted in configuration data (the secret half is an obvious placeholder). */
export const LEAKED_KEYS = {
  ciDeployer: { keyId: awsAccessKeyId(AWS_DEV.accountId, 'ci-deployer'), user: 'ci-deployer', accountId: AWS_DEV.accountId },
  legacySync: { keyId: awsAccessKeyId(AWS_PROD.accountId, 'svc-legacy-sync'), user: 'svc-legacy-sync', accountId: AWS_PROD.accountId },
} as const
export const placeholderSecret = (name: string): string => `${stableHex(name, 24)}DEMOONLYEXAMPLEK`

// ---- networks ----

export interface AwsNetwork {
  readonly vpc: VpcSpec
  readonly subnets: Readonly<Record<string, SubnetSpec>>
  readonly routeTables: readonly RouteTableSpec[]
  readonly internetGateway: string
  readonly natGateway?: { readonly id: string; readonly subnetId: string; readonly publicIp: string }
}

function network(
  name: string,
  cidrPrefix: string,
  region: string,
  subnets: readonly { key: string; cidr: string; az: string; public: boolean }[],
  withNat: boolean,
): AwsNetwork {
  const vpcId = hexId('vpc', `vpc:${name}`)
  const vpcCidr = `${cidrPrefix}.0.0/16`
  const tags = companyTags('platform', 'high', { Name: name })
  const specs: Record<string, SubnetSpec> = {}
  for (const s of subnets) {
    specs[s.key] = { id: hexId('subnet', `subnet:${name}:${s.key}`), vpcId, cidr: s.cidr, az: `${region}${s.az}`, public: s.public, tags: { ...tags, Name: `${name}-${s.key}` } }
  }
  const igw = hexId('igw', `igw:${name}`)
  const publicSubnets = Object.values(specs).filter((s) => s.public)
  const privateSubnets = Object.values(specs).filter((s) => !s.public)
  const nat = withNat && publicSubnets[0] ? { id: hexId('nat', `nat:${name}`), subnetId: publicSubnets[0].id, publicIp: `203.0.113.${cidrPrefix.endsWith('20') ? 250 : 251}` } : undefined
  return {
    vpc: { id: vpcId, cidr: vpcCidr, tags },
    subnets: specs,
    internetGateway: igw,
    ...(nat ? { natGateway: nat } : {}),
    routeTables: [
      { id: hexId('rtb', `rtb:${name}:public`), vpcId, vpcCidr, routes: [{ cidr: '0.0.0.0/0', target: igw }], subnetIds: publicSubnets.map((s) => s.id), tags: { ...tags, Name: `${name}-public` } },
      { id: hexId('rtb', `rtb:${name}:private`), vpcId, vpcCidr, routes: nat ? [{ cidr: '0.0.0.0/0', target: nat.id }] : [], subnetIds: privateSubnets.map((s) => s.id), tags: { ...tags, Name: `${name}-private` } },
    ],
  }
}

export const PROD_NET = network('ridgeline-prod-vpc', '10.20', PROD_EU.region, [
  { key: 'public-a', cidr: '10.20.0.0/24', az: 'a', public: true },
  { key: 'public-b', cidr: '10.20.1.0/24', az: 'b', public: true },
  { key: 'private-a', cidr: '10.20.16.0/20', az: 'a', public: false },
  { key: 'private-b', cidr: '10.20.32.0/20', az: 'b', public: false },
  { key: 'nodes-a', cidr: '10.20.128.0/18', az: 'a', public: false },
  { key: 'nodes-b', cidr: '10.20.192.0/18', az: 'b', public: false },
], true)
export const PROD_DR_NET = network('ridgeline-dr-vpc', '10.30', PROD_US.region, [
  { key: 'private-a', cidr: '10.30.10.0/20', az: 'a', public: false },
  { key: 'private-b', cidr: '10.30.32.0/20', az: 'b', public: false },
], false)
export const DEV_NET = network('ridgeline-dev-vpc', '10.40', DEV_US.region, [
  { key: 'public-a', cidr: '10.40.0.0/24', az: 'a', public: true },
  { key: 'private-a', cidr: '10.40.16.0/20', az: 'a', public: false },
  { key: 'private-b', cidr: '10.40.32.0/20', az: 'b', public: false },
], false)

export const subnet = (net: AwsNetwork, key: string): SubnetSpec => {
  const found = net.subnets[key]
  if (!found) throw new Error(`no subnet ${key} in ${net.vpc.id}`)
  return found
}

// ---- security groups ----

const sg = (name: string, net: AwsNetwork, description: string, ingress: SecurityGroupSpec['ingress'], team = 'platform'): SecurityGroupSpec => ({
  id: hexId('sg', `sg:${net.vpc.id}:${name}`),
  name,
  description,
  vpcId: net.vpc.id,
  ingress,
  tags: companyTags(team, 'medium'),
})

export const PROD_SGS = {
  webLegacyOpen: sg('web-legacy-open', PROD_NET, 'legacy web app (temporary, opened for a vendor demo)', [
    { protocol: 'tcp', from: 22, to: 22, cidrs: ['0.0.0.0/0'] },
    { protocol: 'tcp', from: 8080, to: 8080, cidrs: ['0.0.0.0/0'] },
  ], 'shop'),
  webLegacyInternal: sg('web-legacy-internal', PROD_NET, 'legacy web app, VPC only', [
    { protocol: 'tcp', from: 22, to: 22, cidrs: ['10.20.0.0/16'] },
    { protocol: 'tcp', from: 8080, to: 8080, cidrs: ['10.20.0.0/16'] },
  ], 'shop'),
  reportingHttps: sg('reporting-https', PROD_NET, 'reporting API over HTTPS', [{ protocol: 'tcp', from: 443, to: 443, cidrs: ['0.0.0.0/0'] }], 'analytics'),
  partnerSftp: sg('partner-sftp', PROD_NET, 'SFTP for the logistics partner only', [
    { protocol: 'tcp', from: 22, to: 22, cidrs: ['198.51.100.0/24'], description: 'logistics partner' },
  ], 'supply-chain'),
  ordersDbPublic: sg('orders-db-public', PROD_NET, 'orders database', [{ protocol: 'tcp', from: 5432, to: 5432, cidrs: ['0.0.0.0/0'] }], 'data'),
  internal: sg('internal-services', PROD_NET, 'east-west traffic inside the VPC', [{ protocol: 'tcp', from: 0, to: 65535, cidrs: ['10.20.0.0/16'] }]),
  eksCluster: sg('eks-cluster-sg-ridgeline-eks-prod', PROD_NET, 'EKS created security group applied to ENI that is attached to EKS Control Plane master nodes, as well as any managed workloads.', [
    { protocol: '-1', cidrs: ['10.20.0.0/16'] },
  ]),
  eksNodes: sg('ridgeline-eks-prod-nodes', PROD_NET, 'EKS worker nodes', [{ protocol: '-1', cidrs: ['10.20.0.0/16'] }]),
} as const

export const PROD_DR_SGS = { internal: sg('dr-internal', PROD_DR_NET, 'DR VPC internal', [{ protocol: 'tcp', from: 0, to: 65535, cidrs: ['10.30.0.0/16'] }]) } as const

export const DEV_SGS = {
  jumpSshOpen: sg('jump-ssh-open', DEV_NET, 'jump host SSH', [{ protocol: 'tcp', from: 22, to: 22, cidrs: ['0.0.0.0/0'] }], 'ops'),
  internal: sg('dev-internal', DEV_NET, 'dev VPC internal', [{ protocol: 'tcp', from: 0, to: 65535, cidrs: ['10.40.0.0/16'] }]),
} as const

// ---- instances ----

const ref = (group: SecurityGroupSpec): { id: string; name: string } => ({ id: group.id, name: group.name })

function instance(
  name: string,
  net: AwsNetwork,
  subnetKey: string,
  privateIp: string,
  groups: readonly SecurityGroupSpec[],
  tags: Record<string, string>,
  extra: Partial<Ec2Spec> = {},
): Ec2Spec {
  return {
    id: instanceId(name),
    type: 't3.large',
    ami: 'ami-0c1c30571d2dae5c9',
    subnet: subnet(net, subnetKey),
    privateIp,
    securityGroups: groups.map(ref),
    volumeId: volumeIdOf(name),
    tags: { Name: name, ...tags },
    launchedDaysAgo: 120,
    ...extra,
  }
}

export const PROD_INSTANCES = {
  webLegacy01: instance('web-legacy-01', PROD_NET, 'public-a', '10.20.0.10', [PROD_SGS.webLegacyOpen], companyTags('shop', 'high'), {
    publicIp: '203.0.113.10',
    instanceProfile: 'legacy-app-profile',
    imdsV1: true,
    keyName: 'legacy-ops',
    launchedDaysAgo: 840,
  }),
  webLegacy02: instance('web-legacy-02', PROD_NET, 'public-b', '10.20.1.10', [PROD_SGS.webLegacyInternal], companyTags('shop', 'high'), {
    publicIp: '203.0.113.11',
    instanceProfile: 'legacy-app-profile',
    imdsV1: true,
    keyName: 'legacy-ops',
    launchedDaysAgo: 840,
  }),
  reportingApi01: instance('reporting-api-01', PROD_NET, 'public-a', '10.20.0.20', [PROD_SGS.reportingHttps], companyTags('analytics', 'high'), {
    publicIp: '203.0.113.20',
    instanceProfile: 'reporting-profile',
  }),
  reportingApi02: instance('reporting-api-02', PROD_NET, 'public-b', '10.20.1.20', [PROD_SGS.reportingHttps], companyTags('analytics', 'high'), {
    publicIp: '203.0.113.21',
    instanceProfile: 'reporting-profile',
  }),
  partnerSftp01: instance('partner-sftp-01', PROD_NET, 'public-a', '10.20.0.30', [PROD_SGS.partnerSftp], companyTags('supply-chain', 'medium'), {
    publicIp: '203.0.113.30',
    instanceProfile: 'app-worker',
  }),
  partnerSftp02: instance('partner-sftp-02', PROD_NET, 'private-a', '10.20.16.30', [PROD_SGS.partnerSftp], companyTags('supply-chain', 'medium'), {
    instanceProfile: 'app-worker',
  }),
} as const

export const DEV_INSTANCES = {
  jumpHost01: instance('jump-host-01', DEV_NET, 'public-a', '10.40.0.10', [DEV_SGS.jumpSshOpen], companyTags('ops', 'high', { env: 'dev' }), {
    publicIp: '203.0.113.40',
    instanceProfile: 'ops-jump',
    keyName: 'ops-admin',
    launchedDaysAgo: 610,
  }),
} as const

// ---- EKS nodes (shared with the Kubernetes export through their providerID) ----

export interface EksNode {
  readonly name: string
  readonly spec: Ec2Spec
}

/** Node `index` of the EKS cluster; 0–2 are planted, higher ones are filler added with scale. */
export function eksNode(index: number): EksNode {
  const subnetKey = index % 2 === 0 ? 'nodes-a' : 'nodes-b'
  const third = (index % 2 === 0 ? 128 : 192) + Math.floor(index / 2 / 250)
  const fourth = ((index >> 1) % 250) + 4
  const privateIp = `10.20.${third}.${fourth}`
  const name = `ip-10-20-${third}-${fourth}.${PROD_EU.region}.compute.internal`
  const spec = instance(`eks-node-${index}`, PROD_NET, subnetKey, privateIp, [PROD_SGS.eksNodes], companyTags('platform', 'high'), {
    type: 'm6i.xlarge',
    ami: 'ami-0a4e1f3a0f1b2c3d4',
    instanceProfile: 'ridgeline-eks-node-profile',
    launchedDaysAgo: 20,
  })
  return {
    name,
    spec: {
      ...spec,
      tags: {
        ...spec.tags,
        Name: `${CLUSTERS.eks}-general-node`,
        [`kubernetes.io/cluster/${CLUSTERS.eks}`]: 'owned',
        'eks:cluster-name': CLUSTERS.eks,
        'eks:nodegroup-name': 'general',
      },
    },
  }
}
export const EKS_PLANTED_NODES = 3

export const EKS_CLUSTER: EksSpec = {
  name: CLUSTERS.eks,
  version: '1.29',
  roleName: 'ridgeline-eks-cluster-role',
  subnetIds: [subnet(PROD_NET, 'private-a').id, subnet(PROD_NET, 'private-b').id],
  clusterSecurityGroupId: PROD_SGS.eksCluster.id,
  securityGroupIds: [PROD_SGS.eksCluster.id],
  vpcId: PROD_NET.vpc.id,
  publicAccess: true,
  publicAccessCidrs: ['192.0.2.0/24'],
  oidcId: EKS_OIDC_ID,
  endpointId: stableHex('eks-endpoint', 32).toUpperCase(),
  tags: companyTags('platform', 'critical'),
}

// ---- data ----

const secureTransportOnly = (bucket: string): JsonObject =>
  ({ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } })
const publicRead = (bucket: string): JsonObject => ({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` })
const confidential = (team: string, criticality: 'critical' | 'high' | 'medium' = 'high'): Record<string, string> =>
  companyTags(team, criticality, { 'data-classification': 'confidential' })
const publicData = (team: string): Record<string, string> => companyTags(team, 'medium', { 'data-classification': 'public' })

function privateBucket(name: string, tags: Record<string, string>, extra: Partial<BucketSpec> = {}): BucketSpec {
  return { name, tags, policy: doc(secureTransportOnly(name)), blockPublicAccess: true, versioning: true, createdDaysAgo: 700, ...extra }
}
function publicBucket(name: string, tags: Record<string, string>): BucketSpec {
  return { name, tags, policy: doc(publicRead(name), secureTransportOnly(name)), blockPublicAccess: false, versioning: false, createdDaysAgo: 500 }
}

export const PROD_EU_BUCKETS: readonly BucketSpec[] = [
  privateBucket(BUCKETS.pii, confidential('data', 'critical'), { kmsKeyArn: `arn:aws:kms:${PROD_EU.region}:${PROD_EU.accountId}:key/${KMS_KEYS.pii}` }),
  publicBucket(BUCKETS.exports, confidential('analytics')),
  publicBucket(BUCKETS.website, publicData('shop')),
  privateBucket(BUCKETS.orders, confidential('shop'), { replication: { roleArn: `arn:aws:iam::${PROD_EU.accountId}:role/s3-replication-role`, destinationBucket: BUCKETS.drReplica } }),
  privateBucket(BUCKETS.invoices, confidential('payments'), { replication: { roleArn: `arn:aws:iam::${PROD_EU.accountId}:role/s3-replication-role`, destinationBucket: BUCKETS.drInvoices } }),
  privateBucket(BUCKETS.paymentsArchive, confidential('payments', 'critical'), { kmsKeyArn: `arn:aws:kms:${PROD_EU.region}:${PROD_EU.accountId}:key/${KMS_KEYS.payments}` }),
  privateBucket(BUCKETS.artifacts, companyTags('platform', 'medium', { 'data-classification': 'internal' })),
]
export const PROD_US_BUCKETS: readonly BucketSpec[] = [
  // Labelled "public" by the team that created it for static assets; replication later pointed orders here.
  publicBucket(BUCKETS.drReplica, publicData('shop')),
  privateBucket(BUCKETS.drInvoices, confidential('payments')),
]
export const DEV_BUCKETS: readonly BucketSpec[] = [
  privateBucket(BUCKETS.devState, companyTags('platform', 'high', { env: 'dev', 'data-classification': 'internal' })),
  privateBucket(BUCKETS.devScratch, companyTags('data', 'low', { env: 'dev', 'data-classification': 'internal' })),
]

export const PROD_KMS: readonly KmsSpec[] = [
  { keyId: KMS_KEYS.pii, description: 'customer PII bucket key', tags: companyTags('data', 'critical') },
  { keyId: KMS_KEYS.payments, description: 'payments archive key', tags: companyTags('payments', 'critical') },
]

const dbSubnets = [subnet(PROD_NET, 'public-a'), subnet(PROD_NET, 'public-b')]
export const PROD_RDS: readonly RdsSpec[] = [
  {
    identifier: 'orders-db',
    resourceId: `db-${stableHex('rds:orders-db', 26).toUpperCase()}`,
    engineVersion: '15.5',
    instanceClass: 'db.r6g.large',
    publiclyAccessible: true,
    securityGroupIds: [PROD_SGS.ordersDbPublic.id],
    subnets: dbSubnets,
    iamAuth: false,
    kmsKeyArn: `arn:aws:kms:${PROD_EU.region}:${PROD_EU.accountId}:key/${KMS_KEYS.pii}`,
    masterUsername: 'postgres',
    dbName: 'orders',
    tags: confidential('shop', 'critical'),
  },
  {
    identifier: 'orders-db-staging',
    resourceId: `db-${stableHex('rds:orders-db-staging', 26).toUpperCase()}`,
    engineVersion: '15.5',
    instanceClass: 'db.t4g.medium',
    publiclyAccessible: false,
    securityGroupIds: [PROD_SGS.ordersDbPublic.id],
    subnets: dbSubnets,
    iamAuth: false,
    kmsKeyArn: `arn:aws:kms:${PROD_EU.region}:${PROD_EU.accountId}:key/${KMS_KEYS.pii}`,
    masterUsername: 'postgres',
    dbName: 'orders',
    tags: confidential('shop', 'high'),
  },
]

export const PROD_LAMBDAS: readonly LambdaSpec[] = [
  { name: 'order-events', runtime: 'python3.12', roleName: 'order-events-exec', handler: 'app.handler', environment: { LOG_LEVEL: 'info', QUEUE: 'orders-events' }, description: 'order event fan-out', tags: companyTags('shop', 'medium') },
  // The reporting user's password pasted into the connection string (planted) …
  {
    name: 'orders-report',
    runtime: 'python3.12',
    roleName: 'order-events-exec',
    handler: 'report.handler',
    environment: { DATABASE_URL: `postgres://reporting:${placeholderSecret('orders-report-db')}@${rdsEndpoint(PROD_EU, 'orders-db')}:5432/orders`, LOG_LEVEL: 'info' },
    description: 'daily order report',
    tags: companyTags('shop', 'medium'),
  },
  // … and its rewrite, which fetches the password from Secrets Manager at run time (look-alike).
  {
    name: 'orders-report-v2',
    runtime: 'python3.12',
    roleName: 'order-events-exec',
    handler: 'report.handler',
    environment: {
      DATABASE_URL: `postgres://reporting@${rdsEndpoint(PROD_EU, 'orders-db')}:5432/orders`,
      DATABASE_SECRET_ARN: `arn:aws:secretsmanager:${PROD_EU.region}:${PROD_EU.accountId}:secret:orders-db/reporting-AbCdEf`,
    },
    description: 'daily order report, password from Secrets Manager',
    tags: companyTags('shop', 'medium'),
  },
]

export const DEV_LAMBDAS: readonly LambdaSpec[] = [
  {
    name: 'legacy-sync',
    runtime: 'python3.9',
    roleName: 'legacy-sync-exec',
    handler: 'sync.handler',
    // Someone pasted the prod service user's key into the dev function "until the migration is done".
    environment: {
      SOURCE_BUCKET: BUCKETS.pii,
      AWS_ACCESS_KEY_ID: LEAKED_KEYS.legacySync.keyId,
      AWS_SECRET_ACCESS_KEY: placeholderSecret('legacy-sync'),
      AWS_DEFAULT_REGION: PROD_EU.region,
    },
    description: 'nightly sync of customer records to the dev sandbox',
    tags: companyTags('data', 'medium', { env: 'dev' }),
  },
  {
    name: 'legacy-sync-v2',
    runtime: 'python3.12',
    roleName: 'legacy-sync-v2-exec',
    handler: 'sync.handler',
    environment: { SOURCE_BUCKET: BUCKETS.devScratch, AWS_DEFAULT_REGION: DEV_US.region },
    description: 'sync rewritten to use its execution role',
    tags: companyTags('data', 'medium', { env: 'dev' }),
  },
]

const natAllocationId = (natId: string): string => `eipalloc-0${stableHex(natId, 16)}`
const natEniId = (natId: string): string => `eni-0${stableHex(`${natId}-eni`, 16)}`
const NAT_PRIVATE_IP = '10.20.0.5'

/** The NAT gateway with its Elastic IP and its requester-managed interface (Config records all three). */
export function natGatewayItems(clock: DemoClock, place: Placement, net: AwsNetwork): JsonObject[] {
  const nat = net.natGateway
  if (!nat) return []
  const allocationId = natAllocationId(nat.id)
  const eni = natEniId(nat.id)
  const az = Object.values(net.subnets).find((s) => s.id === nat.subnetId)?.az ?? `${place.region}a`
  const association = { allocationId, associationId: `eipassoc-0${stableHex(`${nat.id}-assoc`, 16)}`, ipOwnerId: place.accountId, publicDnsName: '', publicIp: nat.publicIp }
  const eip = configItem(clock, {
    place,
    resourceType: 'AWS::EC2::EIP',
    resourceId: allocationId,
    resourceName: null,
    arn: ec2Arn(place, 'elastic-ip', allocationId),
    availabilityZone: 'Not Applicable',
    tags: net.vpc.tags,
    relationships: [{ resourceType: 'AWS::EC2::NetworkInterface', resourceId: eni, name: 'Is attached to NetworkInterface' }],
    createdDaysAgo: 900,
    configuration: {
      allocationId,
      associationId: association.associationId,
      domain: 'vpc',
      networkBorderGroup: place.region,
      networkInterfaceId: eni,
      networkInterfaceOwnerId: place.accountId,
      privateIpAddress: NAT_PRIVATE_IP,
      publicIp: nat.publicIp,
      publicIpv4Pool: 'amazon',
      tags: [],
    },
  })
  const natEni = configItem(clock, {
    place,
    resourceType: 'AWS::EC2::NetworkInterface',
    resourceId: eni,
    resourceName: null,
    arn: ec2Arn(place, 'network-interface', eni),
    availabilityZone: az,
    tags: {},
    relationships: [
      { resourceType: 'AWS::EC2::Subnet', resourceId: nat.subnetId, name: 'Is contained in Subnet' },
      { resourceType: 'AWS::EC2::VPC', resourceId: net.vpc.id, name: 'Is contained in Vpc' },
    ],
    createdDaysAgo: 900,
    configuration: {
      association,
      attachment: { attachTime: clock.daysAgo(900), attachmentId: `ela-attach-0${stableHex(`${nat.id}-attach`, 16)}`, deleteOnTermination: false, deviceIndex: 1, instanceOwnerId: 'amazon-aws', status: 'attached' },
      availabilityZone: az,
      description: `Interface for NAT Gateway ${nat.id}`,
      groups: [],
      interfaceType: 'nat_gateway',
      networkInterfaceId: eni,
      ownerId: place.accountId,
      privateIpAddress: NAT_PRIVATE_IP,
      privateIpAddresses: [{ association, primary: true, privateIpAddress: NAT_PRIVATE_IP }],
      requesterId: '441309823145',
      requesterManaged: true,
      sourceDestCheck: false,
      status: 'in-use',
      subnetId: nat.subnetId,
      tagSet: [],
      vpcId: net.vpc.id,
    },
  })
  return [natGatewayItem(clock, place, nat, net), eip, natEni]
}

function natGatewayItem(clock: DemoClock, place: Placement, nat: NonNullable<AwsNetwork['natGateway']>, net: AwsNetwork): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::NatGateway',
    resourceId: nat.id,
    resourceName: null,
    arn: ec2Arn(place, 'natgateway', nat.id),
    availabilityZone: 'Not Applicable',
    tags: net.vpc.tags,
    relationships: [
      { resourceType: 'AWS::EC2::Subnet', resourceId: nat.subnetId, name: 'Is contained in Subnet' },
      { resourceType: 'AWS::EC2::VPC', resourceId: net.vpc.id, name: 'Is contained in Vpc' },
    ],
    createdDaysAgo: 900,
    configuration: {
      natGatewayId: nat.id,
      subnetId: nat.subnetId,
      vpcId: net.vpc.id,
      state: 'available',
      connectivityType: 'public',
      natGatewayAddresses: [{ allocationId: natAllocationId(nat.id), networkInterfaceId: natEniId(nat.id), privateIp: NAT_PRIVATE_IP, publicIp: nat.publicIp }],
    },
  })
}

/** The instance ARN as the graph knows it. */
export const prodInstanceArn = (spec: Ec2Spec): string => ec2Arn(PROD_EU, 'instance', spec.id)
export const devInstanceArn = (spec: Ec2Spec): string => ec2Arn(DEV_US, 'instance', spec.id)

/** Bucket policy statement used by the Terraform plan. */
export const publicReadStatement = publicRead
