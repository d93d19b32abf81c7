/**
 * @module AWS Config configuration items (schema 1.3, S3-delivery key names) built from small specs.
 * Casing follows the real recorder: EC2/S3/RDS/Lambda/IAM types are camelCase describe output, the
 * CloudFormation-registry type AWS::EKS::Cluster is PascalCase, IAM documents are URL-encoded strings and
 * S3 supplementary values such as the bucket policy are JSON strings.
 */
import { createHash } from 'node:crypto'
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import type { IamAccount, IamGroup, IamRole, IamUser, ManagedPolicy, PolicyDocument } from './aws-iam-model.js'
import { groupArn, iamUniqueId, instanceProfileArn, managedPolicy, roleArn, urlEncodeDocument, userArn, attachmentCount } from './aws-iam-model.js'

export interface Placement {
  readonly accountId: string
  readonly region: string
}

export type Tags = Readonly<Record<string, string>>

interface Relationship {
  readonly resourceType: string
  readonly resourceId: string
  readonly resourceName?: string | null
  readonly name: string
}

interface CiInput {
  readonly place: Placement
  readonly resourceType: string
  readonly resourceId: string
  readonly resourceName: string | null
  readonly arn: string
  readonly availabilityZone: string
  readonly tags: Tags
  readonly relationships: readonly Relationship[]
  readonly configuration: JsonObject
  readonly supplementaryConfiguration?: JsonObject
  readonly createdDaysAgo: number
  /** IAM items are recorded with `awsRegion: "global"`. */
  readonly global?: boolean
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex')
const tagList = (tags: Tags): JsonObject[] => Object.entries(tags).map(([key, value]) => ({ key, value }))

export function configItem(clock: DemoClock, input: CiInput): JsonObject {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: clock.iso(-30),
    configurationStateId: clock.epoch - 1_800_000,
    awsAccountId: input.place.accountId,
    configurationItemStatus: 'OK',
    resourceType: input.resourceType,
    resourceId: input.resourceId,
    resourceName: input.resourceName,
    ARN: input.arn,
    awsRegion: input.global ? 'global' : input.place.region,
    availabilityZone: input.availabilityZone,
    configurationStateMd5Hash: md5(`${input.arn}|${clock.epoch}`),
    resourceCreationTime: clock.daysAgo(input.createdDaysAgo),
    tags: { ...input.tags },
    relatedEvents: [],
    relationships: input.relationships.map((r) => ({
      resourceType: r.resourceType,
      resourceId: r.resourceId,
      resourceName: r.resourceName ?? null,
      name: r.name,
    })),
    configuration: input.configuration,
    supplementaryConfiguration: input.supplementaryConfiguration ?? {},
  }
}

export const ec2Arn = (place: Placement, kind: string, id: string): string => `arn:aws:ec2:${place.region}:${place.accountId}:${kind}/${id}`

export interface VpcSpec {
  readonly id: string
  readonly cidr: string
  readonly tags: Tags
}

export function vpcItem(clock: DemoClock, place: Placement, vpc: VpcSpec): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::VPC',
    resourceId: vpc.id,
    resourceName: null,
    arn: ec2Arn(place, 'vpc', vpc.id),
    availabilityZone: 'Multiple Availability Zones',
    tags: vpc.tags,
    relationships: [],
    createdDaysAgo: 900,
    configuration: {
      cidrBlock: vpc.cidr,
      dhcpOptionsId: 'dopt-0c8a7f1e2d3b4a596',
      state: 'available',
      vpcId: vpc.id,
      ownerId: place.accountId,
      instanceTenancy: 'default',
      ipv6CidrBlockAssociationSet: [],
      cidrBlockAssociationSet: [{ associationId: `vpc-cidr-assoc-${vpc.id.slice(4)}`, cidrBlock: vpc.cidr, cidrBlockState: { state: 'associated' } }],
      isDefault: false,
      tags: tagList(vpc.tags),
    },
  })
}

export interface SubnetSpec {
  readonly id: string
  readonly vpcId: string
  readonly cidr: string
  readonly az: string
  readonly public: boolean
  readonly tags: Tags
}

export function subnetItem(clock: DemoClock, place: Placement, subnet: SubnetSpec): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::Subnet',
    resourceId: subnet.id,
    resourceName: null,
    arn: ec2Arn(place, 'subnet', subnet.id),
    availabilityZone: subnet.az,
    tags: subnet.tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: subnet.vpcId, name: 'Is contained in Vpc' }],
    createdDaysAgo: 900,
    configuration: {
      availabilityZone: subnet.az,
      availabilityZoneId: `${subnet.az.slice(0, 3)}${subnet.az.endsWith('a') ? '1' : '2'}-az${subnet.az.endsWith('a') ? '1' : '2'}`,
      availableIpAddressCount: 240,
      cidrBlock: subnet.cidr,
      defaultForAz: false,
      mapPublicIpOnLaunch: subnet.public,
      state: 'available',
      subnetId: subnet.id,
      vpcId: subnet.vpcId,
      ownerId: place.accountId,
      assignIpv6AddressOnCreation: false,
      ipv6CidrBlockAssociationSet: [],
      tags: tagList(subnet.tags),
      subnetArn: ec2Arn(place, 'subnet', subnet.id),
    },
  })
}

export interface RouteTableSpec {
  readonly id: string
  readonly vpcId: string
  readonly vpcCidr: string
  readonly routes: readonly { readonly cidr: string; readonly target: string }[]
  readonly subnetIds: readonly string[]
  readonly tags: Tags
}

export function routeTableItem(clock: DemoClock, place: Placement, table: RouteTableSpec): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::RouteTable',
    resourceId: table.id,
    resourceName: null,
    arn: ec2Arn(place, 'route-table', table.id),
    availabilityZone: 'Not Applicable',
    tags: table.tags,
    relationships: [
      { resourceType: 'AWS::EC2::VPC', resourceId: table.vpcId, name: 'Is contained in Vpc' },
      ...table.subnetIds.map((id) => ({ resourceType: 'AWS::EC2::Subnet', resourceId: id, name: 'Contains Subnet' })),
    ],
    createdDaysAgo: 900,
    configuration: {
      associations: table.subnetIds.map((subnetId, i) => ({
        main: false,
        routeTableAssociationId: `rtbassoc-${table.id.slice(4, 12)}${String(i).padStart(9, '0')}`,
        routeTableId: table.id,
        subnetId,
        associationState: { state: 'associated' },
      })),
      propagatingVgws: [],
      routeTableId: table.id,
      routes: [
        { destinationCidrBlock: table.vpcCidr, gatewayId: 'local', origin: 'CreateRouteTable', state: 'active' },
        ...table.routes.map((route) => ({
          destinationCidrBlock: route.cidr,
          ...(route.target.startsWith('nat-') ? { natGatewayId: route.target } : { gatewayId: route.target }),
          origin: 'CreateRoute',
          state: 'active',
        })),
      ],
      tags: tagList(table.tags),
      vpcId: table.vpcId,
      ownerId: place.accountId,
    },
  })
}

export function internetGatewayItem(clock: DemoClock, place: Placement, id: string, vpcId: string, tags: Tags): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::InternetGateway',
    resourceId: id,
    resourceName: null,
    arn: ec2Arn(place, 'internet-gateway', id),
    availabilityZone: 'Not Applicable',
    tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: vpcId, name: 'Is attached to Vpc' }],
    createdDaysAgo: 900,
    configuration: { attachments: [{ state: 'available', vpcId }], internetGatewayId: id, ownerId: place.accountId, tags: tagList(tags) },
  })
}

export interface SgRule {
  readonly protocol: 'tcp' | 'udp' | '-1'
  readonly from?: number
  readonly to?: number
  readonly cidrs: readonly string[]
  readonly description?: string
}

export interface SecurityGroupSpec {
  readonly id: string
  readonly name: string
  readonly description: string
  readonly vpcId: string
  readonly ingress: readonly SgRule[]
  readonly tags: Tags
}

function permission(rule: SgRule): JsonObject {
  return {
    ...(rule.protocol === '-1' ? {} : { fromPort: rule.from ?? 0 }),
    ipProtocol: rule.protocol,
    ipv6Ranges: [],
    prefixListIds: [],
    ...(rule.protocol === '-1' ? {} : { toPort: rule.to ?? rule.from ?? 65535 }),
    userIdGroupPairs: [],
    ipv4Ranges: rule.cidrs.map((cidrIp): JsonObject => (rule.description ? { cidrIp, description: rule.description } : { cidrIp })),
    ipRanges: [...rule.cidrs],
  }
}

export function securityGroupItem(clock: DemoClock, place: Placement, sg: SecurityGroupSpec): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: sg.id,
    resourceName: sg.name,
    arn: ec2Arn(place, 'security-group', sg.id),
    availabilityZone: 'Not Applicable',
    tags: sg.tags,
    relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: sg.vpcId, name: 'Is contained in Vpc' }],
    createdDaysAgo: 400,
    configuration: {
      description: sg.description,
      groupName: sg.name,
      ipPermissions: sg.ingress.map(permission),
      ownerId: place.accountId,
      groupId: sg.id,
      ipPermissionsEgress: [permission({ protocol: '-1', cidrs: ['0.0.0.0/0'] })],
      tags: tagList(sg.tags),
      vpcId: sg.vpcId,
    },
  })
}

export interface Ec2Spec {
  readonly id: string
  readonly type: string
  readonly ami: string
  readonly subnet: SubnetSpec
  readonly privateIp: string
  readonly publicIp?: string
  readonly securityGroups: readonly { readonly id: string; readonly name: string }[]
  /** Instance profile name (its ARN is built in the instance's account). */
  readonly instanceProfile?: string
  /** IMDSv1 left enabled (`httpTokens: optional`). */
  readonly imdsV1?: boolean
  readonly keyName?: string
  readonly volumeId: string
  readonly tags: Tags
  readonly launchedDaysAgo: number
}

export const ec2InstanceArn = (place: Placement, id: string): string => ec2Arn(place, 'instance', id)

/** The primary network interface of an instance, named after it. */
export const instanceEniId = (ec2: Ec2Spec): string => `eni-${ec2.id.slice(2)}`
const privateDnsOf = (place: Placement, ip: string): string =>
  `ip-${ip.replace(/\./g, '-')}.${place.region === 'us-east-1' ? 'ec2.internal' : `${place.region}.compute.internal`}`

export function ec2InstanceItem(clock: DemoClock, place: Placement, ec2: Ec2Spec): JsonObject {
  const privateDns = privateDnsOf(place, ec2.privateIp)
  const profileArn = ec2.instanceProfile === undefined ? undefined : instanceProfileArn(place.accountId, ec2.instanceProfile)
  const launch = clock.daysAgo(ec2.launchedDaysAgo)
  const eni = instanceEniId(ec2)
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::Instance',
    resourceId: ec2.id,
    resourceName: null,
    arn: ec2InstanceArn(place, ec2.id),
    availabilityZone: ec2.subnet.az,
    tags: ec2.tags,
    relationships: [
      ...ec2.securityGroups.map((sg) => ({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: sg.id, name: 'Is associated with SecurityGroup' })),
      { resourceType: 'AWS::EC2::Subnet', resourceId: ec2.subnet.id, name: 'Is contained in Subnet' },
      { resourceType: 'AWS::EC2::VPC', resourceId: ec2.subnet.vpcId, name: 'Is contained in Vpc' },
      { resourceType: 'AWS::EC2::Volume', resourceId: ec2.volumeId, name: 'Is attached to Volume' },
      { resourceType: 'AWS::EC2::NetworkInterface', resourceId: eni, name: 'Contains NetworkInterface' },
    ],
    createdDaysAgo: ec2.launchedDaysAgo,
    configuration: {
      amiLaunchIndex: 0,
      imageId: ec2.ami,
      instanceId: ec2.id,
      instanceType: ec2.type,
      ...(ec2.keyName ? { keyName: ec2.keyName } : {}),
      launchTime: launch,
      monitoring: { state: 'disabled' },
      placement: { availabilityZone: ec2.subnet.az, groupName: '', tenancy: 'default' },
      privateDnsName: privateDns,
      privateIpAddress: ec2.privateIp,
      productCodes: [],
      publicDnsName: ec2.publicIp ? `ec2-${ec2.publicIp.replace(/\./g, '-')}.${place.region}.compute.amazonaws.com` : '',
      ...(ec2.publicIp ? { publicIpAddress: ec2.publicIp } : {}),
      state: { code: 16, name: 'running' },
      subnetId: ec2.subnet.id,
      vpcId: ec2.subnet.vpcId,
      architecture: 'x86_64',
      blockDeviceMappings: [
        { deviceName: '/dev/xvda', ebs: { attachTime: launch, deleteOnTermination: true, status: 'attached', volumeId: ec2.volumeId } },
      ],
      ebsOptimized: true,
      enaSupport: true,
      hypervisor: 'xen',
      ...(profileArn ? { iamInstanceProfile: { arn: profileArn, id: iamUniqueId('AIPA', profileArn) } } : {}),
      networkInterfaces: [
        {
          ...(ec2.publicIp ? { association: { ipOwnerId: 'amazon', publicDnsName: '', publicIp: ec2.publicIp } } : {}),
          attachment: { attachTime: launch, attachmentId: `eni-attach-${ec2.id.slice(2)}`, deleteOnTermination: true, deviceIndex: 0, status: 'attached' },
          description: '',
          groups: ec2.securityGroups.map((sg) => ({ groupName: sg.name, groupId: sg.id })),
          macAddress: '0a:1b:2c:3d:4e:5f',
          networkInterfaceId: eni,
          ownerId: place.accountId,
          privateDnsName: privateDns,
          privateIpAddress: ec2.privateIp,
          sourceDestCheck: true,
          status: 'in-use',
          subnetId: ec2.subnet.id,
          vpcId: ec2.subnet.vpcId,
          interfaceType: 'interface',
        },
      ],
      rootDeviceName: '/dev/xvda',
      rootDeviceType: 'ebs',
      securityGroups: ec2.securityGroups.map((sg) => ({ groupName: sg.name, groupId: sg.id })),
      sourceDestCheck: true,
      tags: tagList(ec2.tags),
      virtualizationType: 'hvm',
      metadataOptions: {
        state: 'applied',
        httpTokens: ec2.imdsV1 ? 'optional' : 'required',
        httpPutResponseHopLimit: ec2.imdsV1 ? 1 : 2,
        httpEndpoint: 'enabled',
        httpProtocolIpv6: 'disabled',
        instanceMetadataTags: 'disabled',
      },
      platformDetails: 'Linux/UNIX',
      usageOperation: 'RunInstances',
    },
  })
}

/** The instance's primary ENI as Config records it: what the instance item says of it, from the interface's side. */
export function instanceEniItem(clock: DemoClock, place: Placement, ec2: Ec2Spec): JsonObject {
  const eni = instanceEniId(ec2)
  const privateDns = privateDnsOf(place, ec2.privateIp)
  const association: JsonObject = ec2.publicIp ? { association: { ipOwnerId: 'amazon', publicDnsName: '', publicIp: ec2.publicIp } } : {}
  const groups = ec2.securityGroups.map((sg) => ({ groupName: sg.name, groupId: sg.id }))
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::NetworkInterface',
    resourceId: eni,
    resourceName: null,
    arn: ec2Arn(place, 'network-interface', eni),
    availabilityZone: ec2.subnet.az,
    tags: {},
    relationships: [
      { resourceType: 'AWS::EC2::Instance', resourceId: ec2.id, name: 'Is attached to Instance' },
      ...ec2.securityGroups.map((sg) => ({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: sg.id, name: 'Is associated with SecurityGroup' })),
      { resourceType: 'AWS::EC2::Subnet', resourceId: ec2.subnet.id, name: 'Is contained in Subnet' },
      { resourceType: 'AWS::EC2::VPC', resourceId: ec2.subnet.vpcId, name: 'Is contained in Vpc' },
    ],
    createdDaysAgo: ec2.launchedDaysAgo,
    configuration: {
      ...association,
      attachment: {
        attachTime: clock.daysAgo(ec2.launchedDaysAgo),
        attachmentId: `eni-attach-${ec2.id.slice(2)}`,
        deleteOnTermination: true,
        deviceIndex: 0,
        instanceId: ec2.id,
        instanceOwnerId: place.accountId,
        status: 'attached',
      },
      availabilityZone: ec2.subnet.az,
      description: '',
      groups,
      interfaceType: 'interface',
      ipv6Addresses: [],
      macAddress: '0a:1b:2c:3d:4e:5f',
      networkInterfaceId: eni,
      ownerId: place.accountId,
      privateDnsName: privateDns,
      privateIpAddress: ec2.privateIp,
      privateIpAddresses: [{ ...association, primary: true, privateDnsName: privateDns, privateIpAddress: ec2.privateIp }],
      requesterManaged: false,
      sourceDestCheck: true,
      status: 'in-use',
      subnetId: ec2.subnet.id,
      tagSet: [],
      vpcId: ec2.subnet.vpcId,
    },
  })
}

export function volumeItem(clock: DemoClock, place: Placement, id: string, az: string, sizeGb: number, instanceId: string | undefined, tags: Tags): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EC2::Volume',
    resourceId: id,
    resourceName: null,
    arn: ec2Arn(place, 'volume', id),
    availabilityZone: az,
    tags,
    relationships: instanceId ? [{ resourceType: 'AWS::EC2::Instance', resourceId: instanceId, name: 'Is attached to Instance' }] : [],
    createdDaysAgo: 200,
    configuration: {
      attachments: instanceId
        ? [{ attachTime: clock.daysAgo(200), device: '/dev/xvda', instanceId, state: 'attached', volumeId: id, deleteOnTermination: true }]
        : [],
      availabilityZone: az,
      createTime: clock.daysAgo(200),
      encrypted: true,
      size: sizeGb,
      snapshotId: '',
      state: instanceId ? 'in-use' : 'available',
      volumeId: id,
      iops: 3000,
      tags: tagList(tags),
      volumeType: 'gp3',
      multiAttachEnabled: false,
      throughput: 125,
    },
  })
}

export interface BucketSpec {
  readonly name: string
  readonly tags: Tags
  readonly policy?: PolicyDocument
  /** All four public access block flags (absent block when false). */
  readonly blockPublicAccess: boolean
  readonly kmsKeyArn?: string
  readonly versioning: boolean
  readonly replication?: { readonly roleArn: string; readonly destinationBucket: string }
  readonly createdDaysAgo: number
}

export const bucketArn = (name: string): string => `arn:aws:s3:::${name}`

export function bucketItem(clock: DemoClock, place: Placement, bucket: BucketSpec): JsonObject {
  const owner = createHash('sha256').update(place.accountId).digest('hex')
  const block = bucket.blockPublicAccess
  return configItem(clock, {
    place,
    resourceType: 'AWS::S3::Bucket',
    resourceId: bucket.name,
    resourceName: bucket.name,
    arn: bucketArn(bucket.name),
    availabilityZone: 'Regional',
    tags: bucket.tags,
    relationships: [],
    createdDaysAgo: bucket.createdDaysAgo,
    configuration: { name: bucket.name, owner: { displayName: null, id: owner }, creationDate: clock.daysAgo(bucket.createdDaysAgo) },
    supplementaryConfiguration: {
      AccessControlList: JSON.stringify({
        grantSet: null,
        grantList: [{ grantee: { id: owner, displayName: null }, permission: 'FullControl', type: null }],
        owner: { displayName: null, id: owner },
        isRequesterCharged: false,
      }),
      BucketAccelerateConfiguration: { status: null },
      BucketLoggingConfiguration: { destinationBucketName: null, logFilePrefix: null },
      BucketNotificationConfiguration: { configurations: {} },
      BucketPolicy: { policyText: bucket.policy ? JSON.stringify(bucket.policy) : null },
      BucketVersioningConfiguration: { status: bucket.versioning ? 'Enabled' : 'Off', isMfaDeleteEnabled: null },
      IsRequesterPaysEnabled: false,
      PublicAccessBlockConfiguration: { blockPublicAcls: block, ignorePublicAcls: block, blockPublicPolicy: block, restrictPublicBuckets: block },
      ServerSideEncryptionConfiguration: {
        rules: [
          {
            applyServerSideEncryptionByDefault: bucket.kmsKeyArn
              ? { sseAlgorithm: 'aws:kms', kmsMasterKeyID: bucket.kmsKeyArn }
              : { sseAlgorithm: 'AES256', kmsMasterKeyID: null },
            bucketKeyEnabled: bucket.kmsKeyArn !== undefined,
          },
        ],
      },
      ...(bucket.replication
        ? {
            BucketReplicationConfiguration: {
              roleARN: bucket.replication.roleArn,
              rules: [
                {
                  id: `replicate-to-${bucket.replication.destinationBucket}`,
                  priority: 1,
                  prefix: null,
                  filter: { predicate: { type: 'Prefix', prefix: '' } },
                  status: 'Enabled',
                  sourceSelectionCriteria: null,
                  destinationConfig: { bucketARN: bucketArn(bucket.replication.destinationBucket), storageClass: 'STANDARD', account: null },
                  deleteMarkerReplication: { status: 'Disabled' },
                },
              ],
            },
          }
        : {}),
    },
  })
}

export function accountPublicAccessBlockItem(clock: DemoClock, place: Placement, block: boolean): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::S3::AccountPublicAccessBlock',
    resourceId: place.accountId,
    resourceName: null,
    arn: `arn:aws:s3::${place.accountId}:account-public-access-block`,
    availabilityZone: 'Not Applicable',
    tags: {},
    relationships: [],
    createdDaysAgo: 900,
    configuration: { blockPublicAcls: block, ignorePublicAcls: block, blockPublicPolicy: block, restrictPublicBuckets: block },
  })
}

export interface RdsSpec {
  readonly identifier: string
  readonly resourceId: string
  readonly engineVersion: string
  readonly instanceClass: string
  readonly publiclyAccessible: boolean
  readonly securityGroupIds: readonly string[]
  readonly subnets: readonly SubnetSpec[]
  readonly iamAuth: boolean
  readonly kmsKeyArn: string
  readonly masterUsername: string
  readonly dbName: string
  readonly tags: Tags
}

export const rdsArn = (place: Placement, identifier: string): string => `arn:aws:rds:${place.region}:${place.accountId}:db:${identifier}`

export function rdsItem(clock: DemoClock, place: Placement, db: RdsSpec): JsonObject {
  const az = db.subnets[0]?.az ?? `${place.region}a`
  const subnetGroup = `${db.identifier}-subnets`
  return configItem(clock, {
    place,
    resourceType: 'AWS::RDS::DBInstance',
    resourceId: db.resourceId,
    resourceName: db.identifier,
    arn: rdsArn(place, db.identifier),
    availabilityZone: az,
    tags: db.tags,
    relationships: [
      ...db.securityGroupIds.map((id) => ({ resourceType: 'AWS::EC2::SecurityGroup', resourceId: id, name: 'Is associated with SecurityGroup' })),
      { resourceType: 'AWS::RDS::DBSubnetGroup', resourceId: subnetGroup, resourceName: subnetGroup, name: 'Is associated with DBSubnetGroup' },
    ],
    createdDaysAgo: 300,
    configuration: {
      dBInstanceIdentifier: db.identifier,
      dBInstanceClass: db.instanceClass,
      engine: 'postgres',
      dBInstanceStatus: 'available',
      masterUsername: db.masterUsername,
      dBName: db.dbName,
      endpoint: { address: rdsEndpoint(place, db.identifier), port: 5432, hostedZoneId: 'Z29XKXDKYMONMX' },
      allocatedStorage: 100,
      instanceCreateTime: clock.daysAgo(300),
      preferredBackupWindow: '02:00-02:30',
      backupRetentionPeriod: 7,
      dBSecurityGroups: [],
      vpcSecurityGroups: db.securityGroupIds.map((vpcSecurityGroupId) => ({ vpcSecurityGroupId, status: 'active' })),
      dBParameterGroups: [{ dBParameterGroupName: 'default.postgres15', parameterApplyStatus: 'in-sync' }],
      availabilityZone: az,
      dBSubnetGroup: {
        dBSubnetGroupName: subnetGroup,
        dBSubnetGroupDescription: `${db.identifier} subnets`,
        vpcId: db.subnets[0]?.vpcId ?? '',
        subnetGroupStatus: 'Complete',
        subnets: db.subnets.map((s) => ({ subnetIdentifier: s.id, subnetAvailabilityZone: { name: s.az }, subnetStatus: 'Active' })),
      },
      multiAZ: false,
      engineVersion: db.engineVersion,
      autoMinorVersionUpgrade: true,
      publiclyAccessible: db.publiclyAccessible,
      storageType: 'gp3',
      dbInstancePort: 0,
      storageEncrypted: true,
      kmsKeyId: db.kmsKeyArn,
      dbiResourceId: db.resourceId,
      caCertificateIdentifier: 'rds-ca-rsa2048-g1',
      copyTagsToSnapshot: true,
      iAMDatabaseAuthenticationEnabled: db.iamAuth,
      deletionProtection: true,
      dBInstanceArn: rdsArn(place, db.identifier),
    },
  })
}

/** The DNS name RDS gives an instance: what connection strings name. */
export const rdsEndpoint = (place: Placement, identifier: string): string => `${identifier}.c1a2b3c4d5e6.${place.region}.rds.amazonaws.com`

export interface LambdaSpec {
  readonly name: string
  readonly runtime: string
  readonly roleName: string
  readonly handler: string
  readonly environment: Readonly<Record<string, string>>
  readonly description: string
  readonly tags: Tags
}

export const lambdaArn = (place: Placement, name: string): string => `arn:aws:lambda:${place.region}:${place.accountId}:function:${name}`

export function lambdaItem(clock: DemoClock, place: Placement, fn: LambdaSpec): JsonObject {
  const role = roleArn(place.accountId, fn.roleName)
  return configItem(clock, {
    place,
    resourceType: 'AWS::Lambda::Function',
    resourceId: fn.name,
    resourceName: fn.name,
    arn: lambdaArn(place, fn.name),
    availabilityZone: 'Not Applicable',
    tags: fn.tags,
    relationships: [{ resourceType: 'AWS::IAM::Role', resourceId: iamUniqueId('AROA', role), resourceName: fn.roleName, name: 'Is associated with Role' }],
    createdDaysAgo: 150,
    configuration: {
      functionName: fn.name,
      functionArn: lambdaArn(place, fn.name),
      runtime: fn.runtime,
      role,
      handler: fn.handler,
      codeSize: 18_432,
      description: fn.description,
      timeout: 60,
      memorySize: 256,
      lastModified: clock.iso(-150 * 1440).replace('Z', '+0000'),
      codeSha256: createHash('sha256').update(fn.name).digest('base64'),
      version: '$LATEST',
      vpcConfig: { subnetIds: [], securityGroupIds: [] },
      environment: { variables: { ...fn.environment } },
      tracingConfig: { mode: 'PassThrough' },
      layers: [],
      packageType: 'Zip',
      architectures: ['x86_64'],
      ephemeralStorage: { size: 512 },
    },
  })
}

export interface KmsSpec {
  readonly keyId: string
  readonly description: string
  readonly tags: Tags
}

export const kmsArn = (place: Placement, keyId: string): string => `arn:aws:kms:${place.region}:${place.accountId}:key/${keyId}`

export function kmsItem(clock: DemoClock, place: Placement, key: KmsSpec): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::KMS::Key',
    resourceId: key.keyId,
    resourceName: null,
    arn: kmsArn(place, key.keyId),
    availabilityZone: 'Not Applicable',
    tags: key.tags,
    relationships: [],
    createdDaysAgo: 600,
    configuration: {
      aWSAccountId: place.accountId,
      keyId: key.keyId,
      arn: kmsArn(place, key.keyId),
      creationDate: clock.daysAgo(600),
      enabled: true,
      description: key.description,
      keyUsage: 'ENCRYPT_DECRYPT',
      keyState: 'Enabled',
      origin: 'AWS_KMS',
      keyManager: 'CUSTOMER',
      customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
      keySpec: 'SYMMETRIC_DEFAULT',
      encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
      multiRegion: false,
    },
  })
}

export interface EksSpec {
  readonly name: string
  readonly version: string
  readonly roleName: string
  readonly subnetIds: readonly string[]
  readonly clusterSecurityGroupId: string
  readonly securityGroupIds: readonly string[]
  readonly vpcId: string
  readonly publicAccess: boolean
  readonly publicAccessCidrs: readonly string[]
  readonly oidcId: string
  readonly endpointId: string
  readonly tags: Tags
}

export const eksArn = (place: Placement, name: string): string => `arn:aws:eks:${place.region}:${place.accountId}:cluster/${name}`
export const eksIssuer = (place: Placement, oidcId: string): string => `https://oidc.eks.${place.region}.amazonaws.com/id/${oidcId}`
export const eksEndpoint = (place: Placement, endpointId: string): string => `https://${endpointId}.gr7.${place.region}.eks.amazonaws.com`

export function eksItem(clock: DemoClock, place: Placement, eks: EksSpec): JsonObject {
  return configItem(clock, {
    place,
    resourceType: 'AWS::EKS::Cluster',
    resourceId: eks.name,
    resourceName: eks.name,
    arn: eksArn(place, eks.name),
    availabilityZone: 'Regional',
    tags: eks.tags,
    relationships: [],
    createdDaysAgo: 500,
    configuration: {
      Name: eks.name,
      Arn: eksArn(place, eks.name),
      Version: eks.version,
      RoleArn: roleArn(place.accountId, eks.roleName),
      Endpoint: eksEndpoint(place, eks.endpointId),
      CertificateAuthorityData: 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCkRFTU8KLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=',
      ClusterSecurityGroupId: eks.clusterSecurityGroupId,
      OpenIdConnectIssuerUrl: eksIssuer(place, eks.oidcId),
      ResourcesVpcConfig: {
        SubnetIds: [...eks.subnetIds],
        SecurityGroupIds: [...eks.securityGroupIds],
        EndpointPublicAccess: eks.publicAccess,
        EndpointPrivateAccess: true,
        PublicAccessCidrs: [...eks.publicAccessCidrs],
      },
      KubernetesNetworkConfig: { ServiceIpv4Cidr: '172.20.0.0/16', IpFamily: 'ipv4' },
      Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }, { Type: 'authenticator' }] } },
      AccessConfig: { AuthenticationMode: 'API_AND_CONFIG_MAP', BootstrapClusterCreatorAdminPermissions: true },
      Tags: Object.entries(eks.tags).map(([Key, Value]) => ({ Key, Value })),
    },
  })
}

// ---- IAM items (awsRegion "global", documents URL-encoded as the recorder delivers them) ----

const encodedInline = (policies: IamRole['inline']): JsonObject[] =>
  (policies ?? []).map((p) => ({ policyName: p.name, policyDocument: urlEncodeDocument(p.document) }))

function attached(account: IamAccount, arns: readonly string[] | undefined): JsonObject[] {
  return (arns ?? []).map((arn) => ({ policyName: managedPolicy(account, arn)?.name ?? arn.split('/').pop() ?? arn, policyArn: arn }))
}

function customerPolicyRelations(account: IamAccount, arns: readonly string[] | undefined): Relationship[] {
  return (arns ?? [])
    .map((arn) => account.policies.find((p) => p.arn === arn))
    .filter((p): p is ManagedPolicy => p !== undefined)
    .map((p) => ({ resourceType: 'AWS::IAM::Policy', resourceId: iamUniqueId('ANPA', p.arn), resourceName: p.name, name: 'Is attached to CustomerManagedPolicy' }))
}

export function iamRoleItem(clock: DemoClock, account: IamAccount, role: IamRole): JsonObject {
  const place = { accountId: account.accountId, region: 'global' }
  const arn = roleArn(account.accountId, role.name, role.path)
  const id = iamUniqueId('AROA', arn)
  const created = clock.daysAgo(role.createdDaysAgo ?? 365)
  const basic = { path: role.path ?? '/', roleName: role.name, roleId: id, arn, createDate: created, assumeRolePolicyDocument: urlEncodeDocument(role.trust) }
  const profile = role.instanceProfile
  return configItem(clock, {
    place,
    global: true,
    resourceType: 'AWS::IAM::Role',
    resourceId: id,
    resourceName: role.name,
    arn,
    availabilityZone: 'Not Applicable',
    tags: role.tags ?? {},
    relationships: customerPolicyRelations(account, role.managed),
    createdDaysAgo: role.createdDaysAgo ?? 365,
    configuration: {
      ...basic,
      instanceProfileList: profile
        ? [
            {
              path: '/',
              instanceProfileName: profile,
              instanceProfileId: iamUniqueId('AIPA', instanceProfileArn(account.accountId, profile)),
              arn: instanceProfileArn(account.accountId, profile),
              createDate: created,
              roles: [{ ...basic, description: null, maxSessionDuration: null, permissionsBoundary: null, tags: [], roleLastUsed: null }],
            },
          ]
        : [],
      rolePolicyList: encodedInline(role.inline),
      attachedManagedPolicies: attached(account, role.managed),
      permissionsBoundary: null,
      tags: Object.entries(role.tags ?? {}).map(([key, value]) => ({ key, value })),
      roleLastUsed: null,
      description: role.description ?? null,
    },
  })
}

export function iamUserItem(clock: DemoClock, account: IamAccount, user: IamUser): JsonObject {
  const arn = userArn(account.accountId, user.name)
  const id = iamUniqueId('AIDA', arn)
  return configItem(clock, {
    place: { accountId: account.accountId, region: 'global' },
    global: true,
    resourceType: 'AWS::IAM::User',
    resourceId: id,
    resourceName: user.name,
    arn,
    availabilityZone: 'Not Applicable',
    tags: user.tags ?? {},
    relationships: [
      ...(user.groups ?? []).map((name) => ({
        resourceType: 'AWS::IAM::Group',
        resourceId: iamUniqueId('AGPA', groupArn(account.accountId, name)),
        resourceName: name,
        name: 'Is attached to Group',
      })),
      ...customerPolicyRelations(account, user.managed),
    ],
    createdDaysAgo: user.createdDaysAgo ?? 500,
    configuration: {
      path: '/',
      userName: user.name,
      userId: id,
      arn,
      createDate: clock.daysAgo(user.createdDaysAgo ?? 500),
      userPolicyList: encodedInline(user.inline),
      groupList: [...(user.groups ?? [])],
      attachedManagedPolicies: attached(account, user.managed),
      permissionsBoundary: null,
      tags: Object.entries(user.tags ?? {}).map(([key, value]) => ({ key, value })),
    },
  })
}

export function iamGroupItem(clock: DemoClock, account: IamAccount, group: IamGroup): JsonObject {
  const arn = groupArn(account.accountId, group.name)
  const id = iamUniqueId('AGPA', arn)
  return configItem(clock, {
    place: { accountId: account.accountId, region: 'global' },
    global: true,
    resourceType: 'AWS::IAM::Group',
    resourceId: id,
    resourceName: group.name,
    arn,
    availabilityZone: 'Not Applicable',
    tags: {},
    relationships: customerPolicyRelations(account, group.managed),
    createdDaysAgo: 700,
    configuration: {
      path: '/',
      groupName: group.name,
      groupId: id,
      arn,
      createDate: clock.daysAgo(700),
      groupPolicyList: encodedInline(group.inline),
      attachedManagedPolicies: attached(account, group.managed),
    },
  })
}

export function iamPolicyItem(clock: DemoClock, account: IamAccount, policy: ManagedPolicy): JsonObject {
  const id = iamUniqueId('ANPA', policy.arn)
  const defaultVersion = policy.versions.find((v) => v.isDefault)?.id ?? 'v1'
  return configItem(clock, {
    place: { accountId: account.accountId, region: 'global' },
    global: true,
    resourceType: 'AWS::IAM::Policy',
    resourceId: id,
    resourceName: policy.name,
    arn: policy.arn,
    availabilityZone: 'Not Applicable',
    tags: {},
    relationships: [],
    createdDaysAgo: 400,
    configuration: {
      policyName: policy.name,
      policyId: id,
      arn: policy.arn,
      path: policy.path,
      defaultVersionId: defaultVersion,
      attachmentCount: attachmentCount(account, policy.arn),
      permissionsBoundaryUsageCount: 0,
      isAttachable: true,
      description: policy.description,
      createDate: clock.daysAgo(400),
      updateDate: clock.daysAgo(30),
      policyVersionList: policy.versions.map((v, i) => ({
        document: urlEncodeDocument(v.document),
        versionId: v.id,
        isDefaultVersion: v.isDefault,
        createDate: clock.daysAgo(30 + i * 60),
      })),
    },
  })
}
