/**
 * @module `aws_*` types → the ARNs, kinds and props the AWS Config/IAM adapters produce, so a
 * resource seen in Config and in Terraform is one node. Attachment resources (bucket policy,
 * security group rules, policy attachments) add props and edges to the node they configure.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import type { Family } from '../../model/vocabulary.js'
import { awsAccessKeyNodeId, awsAccountNodeId, awsInstanceAlias } from '../ids.js'
import { bool, compact, num, objects, str, strings } from '../shared/json-values.js'
import type { MapContext, TfLink, TfMapped, TfMapping } from './tf-mapping.js'
import { block, policyDocument, tagMap } from './tf-mapping.js'

const ARN = /^arn:([^:]+):([^:]+):([^:]*):(\d{12})?:/

export function arnParts(arn: string | undefined): { partition: string; region: string; account?: string } | undefined {
  const m = arn === undefined ? null : ARN.exec(arn)
  if (m === null) return undefined
  return { partition: m[1]!, region: m[3]!, ...(m[4] === undefined ? {} : { account: m[4] }) }
}

/** ARN of an EC2 object named by id: exact when the file holds it, else built from `near`'s region/account. */
export function ec2Ref(ctx: MapContext, segment: string, id: string, near?: string): string | undefined {
  if (id.startsWith('arn:')) return id
  const known = ctx.awsArnById.get(id)
  if (known !== undefined) return known
  const parts = arnParts(near)
  const account = parts?.account ?? ctx.awsAccount
  const region = parts?.region || ctx.awsRegion
  if (account === undefined || region === undefined) return undefined
  return `arn:${parts?.partition ?? 'aws'}:ec2:${region}:${account}:${segment}/${id}`
}

function iamRef(ctx: MapContext, kind: 'role' | 'user' | 'group' | 'instance-profile', nameOrArn: string | undefined): string | undefined {
  if (nameOrArn === undefined) return undefined
  if (nameOrArn.startsWith('arn:')) return nameOrArn
  return ctx.iamArnByName.get(`${kind}:${nameOrArn}`) ?? (ctx.awsAccount === undefined ? undefined : `arn:aws:iam::${ctx.awsAccount}:${kind}/${nameOrArn}`)
}

const PROTOCOLS: Readonly<Record<string, string>> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' }
const protocolName = (value: JsonValue | undefined): string => {
  const text = typeof value === 'string' ? value.toLowerCase() : typeof value === 'number' ? String(value) : 'all'
  return PROTOCOLS[text] ?? text
}

function portRange(protocol: string, from: number | undefined, to: number | undefined): { fromPort: number; toPort: number } {
  if (protocol === 'icmp' || protocol === 'icmpv6') return { fromPort: from ?? -1, toPort: to ?? -1 }
  if (protocol === 'all' || from === undefined || from < 0) return { fromPort: 0, toPort: 65535 }
  return { fromPort: from, toPort: to === undefined || to < 0 ? from : to }
}

/** One rule as the AWS adapter normalizes `ipPermissions`. */
function sgRule(ctx: MapContext, direction: 'ingress' | 'egress', r: JsonObject, near: string | undefined): JsonObject {
  const protocol = protocolName(r.protocol ?? r.ip_protocol)
  const groups = [...strings(r.security_groups), ...[str(r.source_security_group_id), str(r.referenced_security_group_id)].filter((g): g is string => g !== undefined)]
  return compact({
    direction,
    protocol,
    ...portRange(protocol, num(r.from_port), num(r.to_port)),
    cidrs: [...strings(r.cidr_blocks), ...strings(r.ipv6_cidr_blocks), ...[str(r.cidr_ipv4), str(r.cidr_ipv6)].filter((c): c is string => c !== undefined)],
    securityGroups: groups.map((g) => ec2Ref(ctx, 'security-group', g, near) ?? g),
    prefixListIds: [...strings(r.prefix_list_ids), ...[str(r.prefix_list_id)].filter((p): p is string => p !== undefined)],
    description: str(r.description),
  })
}

/** Scope and region from the node's own ARN. */
function located(id: string | undefined, values: JsonObject, ctx: MapContext): Pick<TfMapped, 'scope' | 'region' | 'tags'> {
  const parts = arnParts(id)
  const account = parts?.account ?? ctx.awsAccount
  const region = parts?.region || undefined
  return compact({
    scope: account === undefined ? undefined : awsAccountNodeId(account),
    region,
    tags: tagMap(values.tags),
  })
}

type PropsOf = (v: JsonObject, ctx: MapContext, id: string | undefined) => Partial<Pick<TfMapped, 'props' | 'links' | 'name' | 'aliases' | 'scope'>>

/** A resource whose `arn` attribute is its id. */
function byArn(kind: string, family: Family, propsOf: PropsOf = () => ({}), idOf: (v: JsonObject, ctx: MapContext) => string | undefined = (v) => str(v.arn)): TfMapping {
  return {
    kind,
    family,
    provider: 'aws',
    map(values, ctx) {
      const id = idOf(values, ctx)
      const extra = propsOf(values, ctx, id)
      return { id, ...located(id, values, ctx), ...extra }
    },
  }
}

/** A resource that configures another node (`target`), adding props and links to it. */
function attaching(kind: string, family: Family, target: (v: JsonObject, ctx: MapContext) => string | undefined, propsOf: PropsOf): TfMapping {
  return { kind, family, provider: 'aws', attaches: true, map: (values, ctx) => {
    const id = target(values, ctx)
    return { id, ...located(id, {}, ctx), ...propsOf(values, ctx, id) }
  } }
}

const bucketArn = (v: JsonObject): string | undefined => {
  const bucket = str(v.bucket)
  return bucket === undefined ? undefined : bucket.startsWith('arn:') ? bucket : `arn:aws:s3:::${bucket}`
}

const sgTarget = (v: JsonObject, ctx: MapContext): string | undefined => {
  const id = str(v.security_group_id)
  return id === undefined ? undefined : ec2Ref(ctx, 'security-group', id)
}

const MAPPINGS: Readonly<Record<string, TfMapping>> = {
  aws_s3_bucket: byArn('aws.s3.bucket', 'object-storage', (v) => ({ name: str(v.bucket), props: compact({ bucketName: str(v.bucket), forceDestroy: bool(v.force_destroy) }) }), (v) => str(v.arn) ?? bucketArn(v)),
  aws_s3_bucket_policy: attaching('aws.s3.bucket', 'object-storage', bucketArn, (v) => ({ props: compact({ resourcePolicy: policyDocument(v.policy) }) })),
  aws_s3_bucket_public_access_block: attaching('aws.s3.bucket', 'object-storage', bucketArn, (v) => ({ props: { publicAccessBlock: {
    blockPublicAcls: bool(v.block_public_acls) ?? false,
    ignorePublicAcls: bool(v.ignore_public_acls) ?? false,
    blockPublicPolicy: bool(v.block_public_policy) ?? false,
    restrictPublicBuckets: bool(v.restrict_public_buckets) ?? false,
  } } })),
  aws_s3_bucket_versioning: attaching('aws.s3.bucket', 'object-storage', bucketArn, (v) => ({ props: { versioning: compact({ status: str(block(v.versioning_configuration)?.status) ?? 'Off' }) } })),
  aws_s3_bucket_server_side_encryption_configuration: attaching('aws.s3.bucket', 'object-storage', bucketArn, (v) => {
    const byDefault = block(block(v.rule)?.apply_server_side_encryption_by_default)
    return { props: { encryption: compact({ enabled: byDefault !== undefined, algorithm: str(byDefault?.sse_algorithm), kmsKeyId: str(byDefault?.kms_master_key_id) }) } }
  }),
  aws_s3_bucket_acl: attaching('aws.s3.bucket', 'object-storage', bucketArn, (v) => ({ props: compact({ cannedAcl: str(v.acl) }) })),
  aws_instance: byArn('aws.ec2.instance', 'vm', (v, ctx, id) => {
    const subnet = str(v.subnet_id) === undefined ? undefined : ec2Ref(ctx, 'subnet', str(v.subnet_id)!, id)
    const groups = strings(v.vpc_security_group_ids).map((g) => ec2Ref(ctx, 'security-group', g, id)).filter((g): g is string => g !== undefined)
    const profile = iamRef(ctx, 'instance-profile', str(v.iam_instance_profile))
    const tokens = str(block(v.metadata_options)?.http_tokens)
    const links: TfLink[] = [
      ...(subnet === undefined ? [] : [{ from: subnet, kind: 'contains' as const }]),
      ...groups.map((g) => ({ to: g, kind: 'protected-by' as const })),
      ...(profile === undefined ? [] : [{ to: profile, kind: 'can-authenticate-as' as const, props: { via: 'instance-profile' } }]),
    ]
    const instanceId = str(v.id)
    return { name: tagMap(v.tags).Name ?? instanceId, links, aliases: instanceId === undefined ? [] : [awsInstanceAlias(instanceId)], props: compact({
      instanceId,
      instanceType: str(v.instance_type),
      imageId: str(v.ami),
      publicIp: str(v.public_ip),
      publicIps: str(v.public_ip) === undefined ? undefined : [str(v.public_ip)!],
      privateIp: str(v.private_ip),
      associatePublicIpAddress: bool(v.associate_public_ip_address),
      subnetId: subnet,
      securityGroupIds: groups,
      instanceProfileArn: profile,
      imdsV2Required: tokens === undefined ? undefined : tokens === 'required',
      metadataEndpointEnabled: block(v.metadata_options) === undefined ? undefined : str(block(v.metadata_options)?.http_endpoint) !== 'disabled',
    }) }
  }),
  aws_security_group: byArn('aws.ec2.security-group', 'network-security-group', (v, ctx, id) => ({
    name: str(v.name),
    props: compact({
      groupId: str(v.id),
      groupName: str(v.name),
      description: str(v.description),
      vpcId: str(v.vpc_id) === undefined ? undefined : ec2Ref(ctx, 'vpc', str(v.vpc_id)!, id),
      ingressRules: objects(v.ingress).map((r) => sgRule(ctx, 'ingress', r, id)),
      egressRules: objects(v.egress).map((r) => sgRule(ctx, 'egress', r, id)),
    }),
  })),
  aws_security_group_rule: attaching('aws.ec2.security-group', 'network-security-group', sgTarget, (v, ctx, id) => {
    const direction = str(v.type) === 'egress' ? 'egress' : 'ingress'
    return { props: { [`${direction}Rules`]: [sgRule(ctx, direction, v, id)] } }
  }),
  aws_vpc_security_group_ingress_rule: attaching('aws.ec2.security-group', 'network-security-group', sgTarget, (v, ctx, id) => ({ props: { ingressRules: [sgRule(ctx, 'ingress', v, id)] } })),
  aws_vpc_security_group_egress_rule: attaching('aws.ec2.security-group', 'network-security-group', sgTarget, (v, ctx, id) => ({ props: { egressRules: [sgRule(ctx, 'egress', v, id)] } })),
  aws_vpc: byArn('aws.ec2.vpc', 'network', (v) => ({ props: compact({ vpcId: str(v.id), cidrBlock: str(v.cidr_block), isDefault: bool(v.default) }) })),
  aws_subnet: byArn('aws.ec2.subnet', 'subnet', (v, ctx, id) => {
    const vpc = str(v.vpc_id) === undefined ? undefined : ec2Ref(ctx, 'vpc', str(v.vpc_id)!, id)
    return { links: vpc === undefined ? [] : [{ from: vpc, kind: 'contains' }], props: compact({ subnetId: str(v.id), cidrBlock: str(v.cidr_block), availabilityZone: str(v.availability_zone), mapPublicIpOnLaunch: bool(v.map_public_ip_on_launch), vpcId: vpc }) }
  }),
  aws_network_interface: byArn('aws.ec2.network-interface', 'network-interface'),
  aws_route_table: byArn('aws.ec2.route-table', 'route-table'),
  aws_internet_gateway: byArn('aws.ec2.internet-gateway', 'gateway'),
  aws_nat_gateway: byArn('aws.ec2.nat-gateway', 'gateway', () => ({}), (v, ctx) => str(v.arn) ?? (str(v.id) === undefined ? undefined : ec2Ref(ctx, 'natgateway', str(v.id)!))),
  aws_eip: byArn('aws.ec2.elastic-ip', 'public-ip', (v) => ({ props: compact({ publicIp: str(v.public_ip), allocationId: str(v.allocation_id) }) }), (v, ctx) => str(v.arn) ?? (str(v.allocation_id) === undefined ? undefined : ec2Ref(ctx, 'elastic-ip', str(v.allocation_id)!))),
  aws_ebs_volume: byArn('aws.ec2.volume', 'disk', (v) => ({ props: compact({ encrypted: bool(v.encrypted), kmsKeyId: str(v.kms_key_id) }) })),
  aws_iam_role: byArn('aws.iam.role', 'identity', (v) => ({ name: str(v.name), props: compact({
    roleName: str(v.name),
    roleId: str(v.unique_id),
    path: str(v.path),
    trustPolicy: policyDocument(v.assume_role_policy),
    permissionsBoundaryArn: str(v.permissions_boundary),
    maxSessionDuration: num(v.max_session_duration),
    attachedPolicyArns: strings(v.managed_policy_arns).length > 0 ? strings(v.managed_policy_arns) : undefined,
  }) })),
  aws_iam_user: byArn('aws.iam.user', 'identity', (v) => ({ name: str(v.name), props: compact({ userName: str(v.name), userId: str(v.unique_id), path: str(v.path), permissionsBoundaryArn: str(v.permissions_boundary) }) })),
  // The key id names the key (not secret); `secret` and the SES password are never read (tf-sensitive masks them in config).
  aws_iam_access_key: byArn('aws.iam.access-key', 'secret', (v, ctx) => {
    const user = iamRef(ctx, 'user', str(v.user))
    const userAccount = arnParts(user)?.account
    return {
      name: str(v.id),
      ...(userAccount === undefined ? {} : { scope: awsAccountNodeId(userAccount) }),
      links: user === undefined ? [] : [{ to: user, kind: 'attached-to' }],
      props: compact({ accessKeyId: str(v.id), status: str(v.status), userName: str(v.user), userArn: user, createdAt: str(v.create_date) }),
    }
  }, (v) => (str(v.id) === undefined ? undefined : awsAccessKeyNodeId(str(v.id)!))),
  aws_iam_group: byArn('aws.iam.group', 'group', (v) => ({ name: str(v.name), props: compact({ groupName: str(v.name), groupId: str(v.unique_id), path: str(v.path) }) })),
  aws_iam_policy: byArn('aws.iam.policy', 'policy', (v) => ({ name: str(v.name), props: compact({ policyName: str(v.name), path: str(v.path), document: policyDocument(v.policy) }) })),
  aws_iam_instance_profile: byArn('aws.iam.instance-profile', 'identity', (v, ctx) => {
    const role = iamRef(ctx, 'role', str(v.role))
    return { name: str(v.name), links: role === undefined ? [] : [{ to: role, kind: 'can-authenticate-as', props: { via: 'instance-profile' } }], props: compact({ instanceProfileName: str(v.name), path: str(v.path), roleArns: role === undefined ? undefined : [role] }) }
  }),
  aws_iam_role_policy_attachment: attaching('aws.iam.role', 'identity', (v, ctx) => iamRef(ctx, 'role', str(v.role)), (v) => {
    const policy = str(v.policy_arn)
    return { props: compact({ attachedPolicyArns: policy === undefined ? undefined : [policy] }), links: policy === undefined ? [] : [{ from: policy, kind: 'attached-to', props: { via: 'managed' } }] }
  }),
  aws_iam_user_policy_attachment: attaching('aws.iam.user', 'identity', (v, ctx) => iamRef(ctx, 'user', str(v.user)), (v) => {
    const policy = str(v.policy_arn)
    return { props: compact({ attachedPolicyArns: policy === undefined ? undefined : [policy] }), links: policy === undefined ? [] : [{ from: policy, kind: 'attached-to', props: { via: 'managed' } }] }
  }),
  aws_iam_role_policy: attaching('aws.iam.role', 'identity', (v, ctx) => iamRef(ctx, 'role', str(v.role)), (v) => ({ props: { inlinePolicies: [compact({ name: str(v.name), document: policyDocument(v.policy) })] } })),
  aws_lambda_function: byArn('aws.lambda.function', 'function', (v, ctx) => {
    const role = iamRef(ctx, 'role', str(v.role))
    return { name: str(v.function_name), links: role === undefined ? [] : [{ to: role, kind: 'can-authenticate-as', props: { via: 'execution-role' } }], props: compact({ functionName: str(v.function_name), runtime: str(v.runtime), handler: str(v.handler), roleArn: role }) }
  }),
  aws_db_instance: byArn('aws.rds.db-instance', 'managed-database', (v, ctx, id) => {
    const groups = strings(v.vpc_security_group_ids).map((g) => ec2Ref(ctx, 'security-group', g, id)).filter((g): g is string => g !== undefined)
    return { name: str(v.identifier), links: groups.map((g) => ({ to: g, kind: 'protected-by' as const })), props: compact({ dbInstanceIdentifier: str(v.identifier), engine: str(v.engine), engineVersion: str(v.engine_version), publiclyAccessible: bool(v.publicly_accessible), storageEncrypted: bool(v.storage_encrypted), iamDatabaseAuthenticationEnabled: bool(v.iam_database_authentication_enabled), securityGroupIds: groups }) }
  }),
  aws_rds_cluster: byArn('aws.rds.db-cluster', 'managed-database', (v) => ({ name: str(v.cluster_identifier), props: compact({ dbClusterIdentifier: str(v.cluster_identifier), engine: str(v.engine), storageEncrypted: bool(v.storage_encrypted) }) })),
  aws_dynamodb_table: byArn('aws.dynamodb.table', 'managed-database', (v) => ({ name: str(v.name) })),
  aws_eks_cluster: byArn('aws.eks.cluster', 'k8s-cluster', (v) => {
    const vpc = block(v.vpc_config)
    return { name: str(v.name), props: compact({ clusterName: str(v.name), version: str(v.version), roleArn: str(v.role_arn), endpointPublicAccess: bool(vpc?.endpoint_public_access), endpointPrivateAccess: bool(vpc?.endpoint_private_access), publicAccessCidrs: strings(vpc?.public_access_cidrs) }) }
  }),
  aws_ecr_repository: byArn('aws.ecr.repository', 'container-registry', (v) => ({ name: str(v.name), props: compact({ repositoryName: str(v.name), imageTagMutability: str(v.image_tag_mutability), scanOnPush: bool(block(v.image_scanning_configuration)?.scan_on_push) }) })),
  aws_kms_key: byArn('aws.kms.key', 'kms-key', (v) => ({ props: compact({ keyId: str(v.key_id), keyRotationEnabled: bool(v.enable_key_rotation), keyPolicy: policyDocument(v.policy) }) })),
  aws_secretsmanager_secret: byArn('aws.secretsmanager.secret', 'secret-store', (v) => ({ name: str(v.name), props: compact({ secretName: str(v.name), kmsKeyId: str(v.kms_key_id), resourcePolicy: policyDocument(v.policy) }) })),
  aws_lb: byArn('aws.elbv2.load-balancer', 'load-balancer', (v, ctx, id) => {
    const groups = strings(v.security_groups).map((g) => ec2Ref(ctx, 'security-group', g, id)).filter((g): g is string => g !== undefined)
    return { name: str(v.name), links: groups.map((g) => ({ to: g, kind: 'protected-by' as const })), props: compact({ scheme: bool(v.internal) === true ? 'internal' : 'internet-facing', type: str(v.load_balancer_type), dnsName: str(v.dns_name), securityGroupIds: groups }) }
  }),
  aws_cloudtrail: byArn('aws.cloudtrail.trail', 'logging', (v) => ({ name: str(v.name), props: compact({ isMultiRegionTrail: bool(v.is_multi_region_trail), logFileValidationEnabled: bool(v.enable_log_file_validation) }) })),
  aws_sns_topic: byArn('aws.sns.topic', 'other', (v) => ({ name: str(v.name), props: compact({ resourcePolicy: policyDocument(v.policy) }) })),
  aws_sqs_queue: byArn('aws.sqs.queue', 'other', (v) => ({ name: str(v.name), props: compact({ resourcePolicy: policyDocument(v.policy) }) })),
}

/** `aws_alb` is the older name of `aws_lb`. */
export const AWS_RESOURCES: Readonly<Record<string, TfMapping>> = { ...MAPPINGS, aws_alb: MAPPINGS.aws_lb! }
