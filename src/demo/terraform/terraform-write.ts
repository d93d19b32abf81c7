/**
 * @module Terraform `show -json` documents (formats.md §A5): the state of the dev account's IAM stack, which
 * records which IAM user owns the access key planted on a GCP instance, and a plan for the prod account that
 * would add an SSH-open security group (a guardrail finding) beside the state of the legacy sync user.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { AWS_DEV, AWS_PROD, companyTags } from '../demo-company.js'
import type { DemoClock } from '../demo-company.js'
import type { DemoContext } from '../demo-plan.js'
import type { DemoSink } from '../demo-sink.js'
import { iamUniqueId, instanceProfileArn, roleArn, userArn } from '../aws/aws-iam-model.js'
import { DEV_INSTANCES, LEAKED_KEYS, placeholderSecret, PROD_NET, DEV_SGS, devInstanceArn } from '../aws/aws-planted-resources.js'
import { BUCKETS } from '../aws/aws-planted-iam.js'

const PROVIDER = 'registry.terraform.io/hashicorp/aws'
const VERSION = '1.7.5'

interface TfResource {
  readonly address: string
  readonly type: string
  readonly name: string
  readonly index?: string | number
  readonly values: JsonObject
  readonly sensitive?: JsonObject
  readonly dependsOn?: readonly string[]
}

function resource(r: TfResource): JsonObject {
  return {
    address: r.address,
    mode: 'managed',
    type: r.type,
    name: r.name,
    ...(r.index === undefined ? {} : { index: r.index }),
    provider_name: PROVIDER,
    schema_version: 0,
    values: r.values,
    sensitive_values: r.sensitive ?? {},
    ...(r.dependsOn ? { depends_on: [...r.dependsOn] } : {}),
  }
}

function accessKey(clock: DemoClock, address: string, name: string, key: { keyId: string; user: string }, secretName: string, dependsOn: string): TfResource {
  return {
    address,
    type: 'aws_iam_access_key',
    name,
    values: {
      create_date: clock.isoSeconds(-400 * 1440),
      encrypted_secret: null,
      encrypted_ses_smtp_password_v4: null,
      id: key.keyId,
      key_fingerprint: null,
      pgp_key: null,
      // `show -json` prints sensitive values in clear; readers must drop them (this one is a placeholder).
      secret: placeholderSecret(secretName),
      ses_smtp_password_v4: placeholderSecret(`${secretName}-smtp`),
      status: 'Active',
      user: key.user,
    },
    sensitive: { secret: true, ses_smtp_password_v4: true },
    dependsOn: [dependsOn],
  }
}

function iamUser(accountId: string, address: string, name: string, userName: string, tags: Record<string, string>): TfResource {
  const arn = userArn(accountId, userName)
  return {
    address,
    type: 'aws_iam_user',
    name,
    values: { arn, force_destroy: false, id: userName, name: userName, path: '/', permissions_boundary: null, tags, tags_all: tags, unique_id: iamUniqueId('AIDA', arn) },
    sensitive: { tags: {}, tags_all: {} },
  }
}

export function devState(clock: DemoClock): JsonObject {
  const tags = companyTags('platform', 'high', { env: 'dev' })
  const jump = DEV_INSTANCES.jumpHost01
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })
  return {
    format_version: '1.0',
    terraform_version: VERSION,
    values: {
      outputs: { ci_deployer_key_id: { sensitive: false, value: LEAKED_KEYS.ciDeployer.keyId, type: 'string' } },
      root_module: {
        resources: [
          resource(iamUser(AWS_DEV.accountId, 'aws_iam_user.ci_deployer', 'ci_deployer', 'ci-deployer', tags)),
          resource(accessKey(clock, 'aws_iam_access_key.ci_deployer', 'ci_deployer', LEAKED_KEYS.ciDeployer, 'ci-deployer', 'aws_iam_user.ci_deployer')),
          resource({
            address: 'aws_iam_user_policy_attachment.ci_deployer_admin',
            type: 'aws_iam_user_policy_attachment',
            name: 'ci_deployer_admin',
            values: { id: 'ci-deployer-20230115103000000000000001', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess', user: 'ci-deployer' },
            dependsOn: ['aws_iam_user.ci_deployer'],
          }),
          resource({
            address: 'aws_s3_bucket.terraform_state',
            type: 'aws_s3_bucket',
            name: 'terraform_state',
            values: { arn: `arn:aws:s3:::${BUCKETS.devState}`, bucket: BUCKETS.devState, id: BUCKETS.devState, force_destroy: false, object_lock_enabled: false, region: AWS_DEV.region, tags: { ...tags, 'data-classification': 'internal' }, tags_all: { ...tags, 'data-classification': 'internal' } },
            sensitive: { tags: {}, tags_all: {} },
          }),
        ],
        child_modules: [
          {
            address: 'module.jump_host',
            resources: [
              resource({
                address: 'module.jump_host.aws_iam_role.this',
                type: 'aws_iam_role',
                name: 'this',
                values: { arn: roleArn(AWS_DEV.accountId, 'ops-jump'), assume_role_policy: trust, id: 'ops-jump', name: 'ops-jump', path: '/', max_session_duration: 3600, tags: jump.tags, tags_all: jump.tags, unique_id: iamUniqueId('AROA', roleArn(AWS_DEV.accountId, 'ops-jump')) },
                sensitive: { tags: {}, tags_all: {} },
              }),
              resource({
                address: 'module.jump_host.aws_iam_instance_profile.this',
                type: 'aws_iam_instance_profile',
                name: 'this',
                values: { arn: instanceProfileArn(AWS_DEV.accountId, 'ops-jump'), id: 'ops-jump', name: 'ops-jump', path: '/', role: 'ops-jump', tags: {}, tags_all: {} },
                dependsOn: ['module.jump_host.aws_iam_role.this'],
              }),
              resource({
                address: 'module.jump_host.aws_instance.this[0]',
                type: 'aws_instance',
                name: 'this',
                index: 0,
                values: {
                  ami: jump.ami,
                  arn: devInstanceArn(jump),
                  associate_public_ip_address: true,
                  iam_instance_profile: 'ops-jump',
                  id: jump.id,
                  instance_type: jump.type,
                  key_name: jump.keyName ?? null,
                  private_ip: jump.privateIp,
                  public_ip: jump.publicIp ?? null,
                  subnet_id: jump.subnet.id,
                  vpc_security_group_ids: [DEV_SGS.jumpSshOpen.id],
                  metadata_options: [{ http_endpoint: 'enabled', http_put_response_hop_limit: 2, http_tokens: 'required', instance_metadata_tags: 'disabled' }],
                  tags: jump.tags,
                  tags_all: jump.tags,
                },
                sensitive: { metadata_options: [{}], tags: {}, tags_all: {} },
                dependsOn: ['module.jump_host.aws_iam_instance_profile.this'],
              }),
            ],
          },
        ],
      },
    },
  }
}

/** Planned values carry no `depends_on` (only state values do). */
function withoutDependsOn(r: JsonObject): JsonObject {
  const copy = { ...r }
  delete copy.depends_on
  return copy
}

export function prodPlan(clock: DemoClock): JsonObject {
  const tags = companyTags('data', 'high')
  const sgValues: JsonObject = {
    description: 'bastion SSH',
    egress: [{ cidr_blocks: ['0.0.0.0/0'], description: '', from_port: 0, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: '-1', security_groups: [], self: false, to_port: 0 }],
    ingress: [{ cidr_blocks: ['0.0.0.0/0'], description: 'ssh from anywhere', from_port: 22, ipv6_cidr_blocks: [], prefix_list_ids: [], protocol: 'tcp', security_groups: [], self: false, to_port: 22 }],
    name: 'bastion-ssh',
    revoke_rules_on_delete: false,
    tags: companyTags('ops', 'medium'),
    tags_all: companyTags('ops', 'medium'),
    timeouts: null,
    vpc_id: PROD_NET.vpc.id,
  }
  const user = iamUser(AWS_PROD.accountId, 'aws_iam_user.legacy_sync', 'legacy_sync', 'svc-legacy-sync', tags)
  const key = accessKey(clock, 'aws_iam_access_key.legacy_sync', 'legacy_sync', LEAKED_KEYS.legacySync, 'legacy-sync', 'aws_iam_user.legacy_sync')
  const prior = [resource(user), resource(key)]
  return {
    format_version: '1.2',
    terraform_version: VERSION,
    variables: { region: { value: AWS_PROD.region } },
    planned_values: {
      root_module: {
        resources: [
          ...prior.map(withoutDependsOn),
          { address: 'aws_security_group.bastion_ssh', mode: 'managed', type: 'aws_security_group', name: 'bastion_ssh', provider_name: PROVIDER, schema_version: 1, values: sgValues, sensitive_values: { egress: [{ cidr_blocks: [false] }], ingress: [{ cidr_blocks: [false] }], tags: {}, tags_all: {} } },
        ],
      },
    },
    resource_changes: [
      { address: 'aws_iam_user.legacy_sync', mode: 'managed', type: 'aws_iam_user', name: 'legacy_sync', provider_name: PROVIDER, change: { actions: ['no-op'], before: user.values, after: user.values, after_unknown: {}, before_sensitive: { tags: {}, tags_all: {} }, after_sensitive: { tags: {}, tags_all: {} } } },
      {
        address: 'aws_security_group.bastion_ssh',
        mode: 'managed',
        type: 'aws_security_group',
        name: 'bastion_ssh',
        provider_name: PROVIDER,
        change: {
          actions: ['create'],
          before: null,
          after: sgValues,
          after_unknown: { arn: true, id: true, owner_id: true, egress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [], prefix_list_ids: [], security_groups: [] }], tags: {}, tags_all: {} },
          before_sensitive: false,
          after_sensitive: { egress: [{ cidr_blocks: [false] }], ingress: [{ cidr_blocks: [false] }], tags: {}, tags_all: {} },
        },
      },
    ],
    prior_state: { format_version: '1.0', terraform_version: VERSION, values: { root_module: { resources: prior } } },
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: PROVIDER, version_constraint: '~> 5.40', expressions: { region: { references: ['var.region'] } } } },
      root_module: {
        resources: [
          { address: 'aws_iam_user.legacy_sync', mode: 'managed', type: 'aws_iam_user', name: 'legacy_sync', provider_config_key: 'aws', expressions: { name: { constant_value: 'svc-legacy-sync' } }, schema_version: 0 },
          { address: 'aws_iam_access_key.legacy_sync', mode: 'managed', type: 'aws_iam_access_key', name: 'legacy_sync', provider_config_key: 'aws', expressions: { user: { references: ['aws_iam_user.legacy_sync.name', 'aws_iam_user.legacy_sync'] } }, schema_version: 0 },
          {
            address: 'aws_security_group.bastion_ssh',
            mode: 'managed',
            type: 'aws_security_group',
            name: 'bastion_ssh',
            provider_config_key: 'aws',
            expressions: {
              name: { constant_value: 'bastion-ssh' },
              description: { constant_value: 'bastion SSH' },
              vpc_id: { constant_value: PROD_NET.vpc.id },
              ingress: { constant_value: [{ cidr_blocks: ['0.0.0.0/0'], description: 'ssh from anywhere', from_port: 22, protocol: 'tcp', to_port: 22 }] },
            },
            schema_version: 1,
          },
        ],
        variables: { region: { default: AWS_PROD.region } },
      },
    },
    relevant_attributes: [{ resource: 'aws_iam_user.legacy_sync', attribute: ['name'] }],
    timestamp: clock.isoSeconds(),
    applyable: true,
    complete: true,
    errored: false,
  }
}

export async function writeTerraform(ctx: DemoContext, sink: DemoSink): Promise<void> {
  let file = await sink.open('terraform/ridgeline-dev-iam.state.json')
  file.write(`${JSON.stringify(devState(ctx.clock))}\n`)
  await sink.close(file, { format: 'terraform-state', variant: 'show-json', provider: 'terraform', records: 7 })
  file = await sink.open('terraform/ridgeline-prod-iam.plan.json')
  file.write(`${JSON.stringify(prodPlan(ctx.clock))}\n`)
  await sink.close(file, { format: 'terraform-plan', variant: 'show-json', provider: 'terraform', records: 3 })
}
