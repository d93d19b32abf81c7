import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { detectFixture, readFixture } from '../../../test/helpers/read-fixture.js'
import type { EdgeInput, NodeInput } from '../../model/graph-types.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
const node = (nodes: readonly NodeInput[], id: string): NodeInput => {
  const found = nodes.find((n) => n.id === id)
  if (found === undefined) throw new Error(`no node ${id}`)
  return found
}
const has = (edges: readonly EdgeInput[], from: string, kind: string, to: string): boolean =>
  edges.some((e) => e.from === from && e.kind === kind && e.to === to)

const SG = 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123456789abcdef0'
const ROLE = 'arn:aws:iam::111122223333:role/apps/web-app'

describe('terraform-state', () => {
  it('maps aws_* resources onto the ARNs and kinds the AWS adapter emits, with a provisioned-by edge each', async () => {
    const path = fixture('state-show.json')
    const result = await readFixture(path)
    expect(result.format).toBe('terraform-state')
    const { nodes, edges } = result.fragment
    const bucket = node(nodes, 'arn:aws:s3:::demo-logs')
    expect(bucket).toMatchObject({ kind: 'aws.s3.bucket', family: 'object-storage', provider: 'aws', scope: 'aws://accounts/111122223333', tags: { env: 'prod' } })
    expect(bucket.props).toMatchObject({
      bucketName: 'demo-logs',
      resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false },
    })
    expect(has(edges, bucket.id, 'provisioned-by', `tf://${path}#aws_s3_bucket.logs`)).toBe(true)
    expect(has(edges, bucket.id, 'provisioned-by', `tf://${path}#aws_s3_bucket_policy.logs`)).toBe(true)
    expect(node(nodes, `tf://${path}#aws_s3_bucket.logs`)).toMatchObject({ kind: 'terraform.resource', family: 'iac-resource', provider: 'terraform' })
  })

  it('joins security group rules from separate resources and links instances to groups, subnet and profile', async () => {
    const { fragment } = await readFixture(fixture('state-show.json'))
    const sg = node(fragment.nodes, SG)
    expect(sg.kind).toBe('aws.ec2.security-group')
    expect(sg.props?.ingressRules).toEqual([
      { direction: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, cidrs: ['0.0.0.0/0'], securityGroups: [], prefixListIds: [], description: 'ssh' },
      { direction: 'ingress', protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0'], securityGroups: [], prefixListIds: [] },
    ])
    expect(sg.props?.egressRules).toMatchObject([{ protocol: 'all', fromPort: 0, toPort: 65535 }])
    const instance = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc1234def567890'
    expect(node(fragment.nodes, instance).props).toMatchObject({ publicIp: '203.0.113.10', imdsV2Required: false, securityGroupIds: [SG], instanceProfileArn: 'arn:aws:iam::111122223333:instance-profile/web-profile' })
    expect(has(fragment.edges, instance, 'protected-by', SG)).toBe(true)
    expect(has(fragment.edges, 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0bbb', 'contains', instance)).toBe(true)
    expect(has(fragment.edges, instance, 'can-authenticate-as', 'arn:aws:iam::111122223333:instance-profile/web-profile')).toBe(true)
    expect(has(fragment.edges, 'arn:aws:iam::111122223333:instance-profile/web-profile', 'can-authenticate-as', ROLE)).toBe(true)
    expect(has(fragment.edges, 'arn:aws:rds:eu-west-1:111122223333:db:main', 'protected-by', SG)).toBe(true)
  })

  it('walks nested child modules and keeps for_each and count addresses', async () => {
    const path = fixture('state-show.json')
    const { fragment } = await readFixture(path)
    const role = node(fragment.nodes, ROLE)
    expect(role.props).toMatchObject({ roleName: 'web-app', path: '/apps/', trustPolicy: { Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] }, attachedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] })
    expect(has(fragment.edges, 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'attached-to', ROLE)).toBe(true)
    expect(node(fragment.nodes, `tf://${path}#module.iam.aws_iam_role.app["web"]`).props).toMatchObject({ module: 'module.iam', index: 'web', resourceId: ROLE, dependsOn: ['data.aws_iam_policy_document.trust'] })
    expect(node(fragment.nodes, `tf://${path}#module.iam.module.inner.aws_iam_policy.p[0]`).props).toMatchObject({ module: 'module.iam.module.inner', index: 0 })
    expect(node(fragment.nodes, 'arn:aws:iam::111122223333:policy/inner-p').props?.document).toEqual({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })
  })

  it('keeps unmapped types as generic nodes, skips data sources and reports broken records', async () => {
    const result = await readFixture(fixture('state-show.json'))
    const { nodes } = result.fragment
    expect(node(nodes, 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/acl-1')).toMatchObject({ kind: 'terraform.unmapped.aws_wafv2_web_acl', family: 'other' })
    expect(node(nodes, 'tf-resource://null_resource/123456789').kind).toBe('terraform.unmapped.null_resource')
    expect(nodes.some((n) => n.id.includes('aws_iam_policy_document'))).toBe(false)
    expect(result.issues).toEqual([expect.objectContaining({ kind: 'invalid-record', location: 'values.root_module.child_modules[0].child_modules[0].resources[1]' })])
  })

  it('masks values marked sensitive and credential attributes, and drops outputs', async () => {
    const { fragment } = await readFixture(fixture('state-show.json'))
    const json = JSON.stringify(fragment)
    for (const secret of ['marked-sensitive-db-password', 'output-secret-value', 'c2VjcmV0LXVzZXItZGF0YQ==']) expect(json).not.toContain(secret)
    expect((node(fragment.nodes, 'arn:aws:rds:eu-west-1:111122223333:db:main').props?.config as { password: string }).password).toBe('<sensitive>')
  })

  it('maps azurerm_* onto lowercased ARM ids and google_* onto CAI names (format_version 0.1)', async () => {
    const result = await readFixture(fixture('state-v01-azure-gcp.json'))
    expect(result.format).toBe('terraform-state')
    const { nodes, edges } = result.fragment
    const st = node(nodes, '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stdemo')
    expect(st).toMatchObject({ kind: 'azure.storage.storageaccount', scope: '/subscriptions/00000000-0000-0000-0000-000000000000', region: 'westeurope', tags: { 'data-classification': 'confidential' } })
    expect(st.props).toMatchObject({ allowBlobPublicAccess: true, supportsHttpsTrafficOnly: false, minimumTlsVersion: 'TLS1_0' })
    const nsg = node(nodes, '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-app/providers/microsoft.network/networksecuritygroups/nsg1')
    expect((nsg.props?.securityRules as { name: string }[]).map((r) => r.name)).toEqual(['ssh', 'rdp'])
    const vm = '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-app/providers/microsoft.compute/virtualmachines/vm1'
    expect(node(nodes, vm).kind).toBe('azure.compute.virtualmachine')
    expect(has(edges, '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-app/providers/microsoft.network/networkinterfaces/nic1', 'attached-to', vm)).toBe(true)
    expect(node(nodes, '//storage.googleapis.com/demo-bucket')).toMatchObject({ kind: 'gcp.storage.bucket', scope: '//cloudresourcemanager.googleapis.com/projects/demo-proj', tags: { team: 'data' } })
    const instance = '//compute.googleapis.com/projects/demo-proj/zones/europe-west1-b/instances/vm-1'
    expect(node(nodes, instance).props).toMatchObject({ hasExternalIp: true, externalIps: ['198.51.100.20'], machineType: 'e2-small' })
    expect(has(edges, instance, 'can-authenticate-as', '//iam.googleapis.com/projects/demo-proj/serviceAccounts/app@demo-proj.iam.gserviceaccount.com')).toBe(true)
    const json = JSON.stringify(result.fragment)
    for (const secret of ['unmarked-storage-key==', 'unmarked-conn-key', 'azure-vm-admin-password']) expect(json).not.toContain(secret)
  })

  it('reads raw tfstate v4 with modules, index keys and sensitive_attributes paths', async () => {
    const path = fixture('raw.tfstate')
    const result = await readFixture(path)
    expect(result.format).toBe('terraform-state')
    const db = node(result.fragment.nodes, 'arn:aws:rds:eu-west-1:111122223333:db:orders')
    expect(db.kind).toBe('aws.rds.db-instance')
    expect(node(result.fragment.nodes, `tf://${path}#module.db.aws_db_instance.this[0]`).props).toMatchObject({ dependsOn: ['module.net.aws_security_group.db'], providerName: 'registry.terraform.io/hashicorp/aws' })
    expect(JSON.stringify(result.fragment)).not.toContain('raw-state-db-password')
  })

  it('maps kubernetes_* resources through the Kubernetes mappers into the cluster declared beside them', async () => {
    const path = fixture('raw.tfstate')
    const { fragment } = await readFixture(path)
    const deployment = node(fragment.nodes, 'k8s://prod/shop/deployment/web')
    expect(deployment).toMatchObject({ kind: 'k8s.deployment', family: 'k8s-workload', provider: 'kubernetes', scope: 'k8s://prod' })
    expect(deployment.props?.podTemplate).toMatchObject({ hostPID: true, privileged: true, capabilitiesAdd: ['NET_ADMIN'], serviceAccountName: 'web', hostPathVolumes: [{ name: 'data', path: '/var/lib/web' }], plaintextSecretEnv: ['DB_PASSWORD'] })
    expect(has(fragment.edges, deployment.id, 'is-running', 'image://ghcr.io/example/web:2.1')).toBe(true)
    expect(has(fragment.edges, deployment.id, 'provisioned-by', `tf://${path}#kubernetes_deployment_v1.web`)).toBe(true)
    expect(has(fragment.edges, 'k8s://prod/_/namespace/shop', 'contains', deployment.id)).toBe(true)
    expect(node(fragment.nodes, 'k8s://prod/shop/serviceaccount/web').props).toMatchObject({ awsRoleArn: 'arn:aws:iam::111122223333:role/web' })
    expect(node(fragment.nodes, 'k8s://prod/shop/secret/creds').props).toMatchObject({ keys: ['token'] })
    expect(has(fragment.edges, 'k8s://prod/_/clusterrolebinding/admins', 'attached-to', 'k8s://prod/_/group/ops')).toBe(true)
    expect(node(fragment.nodes, 'k8s://prod').props).toMatchObject({ cloudClusterId: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' })
    const json = JSON.stringify(fragment)
    expect(json).not.toContain('tf-k8s-secret-token')
    expect(json).not.toContain('tf-env-literal-password')
  })

  it('reports a truncated state as a parse error', async () => {
    const result = await readFixture(fixture('state-truncated.json'))
    expect(result).toMatchObject({ format: 'terraform-state', completed: false })
    expect(result.issues[0]).toMatchObject({ kind: 'parse-error' })
  })

  it('is not claimed by other adapters and claims no other provider file', async () => {
    for (const name of ['state-show.json', 'state-v01-azure-gcp.json', 'raw.tfstate', 'state-truncated.json']) {
      expect((await detectFixture(fixture(name)))?.id, name).toBe('terraform-state')
    }
    const others = ['../../kubernetes/__fixtures__/list-mixed.json', '../../kubernetes/__fixtures__/arg-result.json', '../../kubernetes/__fixtures__/cai-assets.json', '../../scanner/__fixtures__/trivy-image.json', '../../scanner/__fixtures__/multi-tool.sarif']
    for (const name of others) expect((await detectFixture(fixture(name)))?.provider, name).not.toBe('terraform')
  })

  it('maps aws_iam_access_key to the access key node, keyed and propped by its key id, attached to its user, secret dropped', async () => {
    const { fragment } = await readFixture(fixture('state-iam-access-key.json'))
    const key = node(fragment.nodes, 'aws://access-keys/AKIAEXAMPLEKEYID0001')
    expect(key).toMatchObject({ kind: 'aws.iam.access-key', family: 'secret', provider: 'aws', scope: 'aws://accounts/444455556666', name: 'AKIAEXAMPLEKEYID0001' })
    expect(key.props).toMatchObject({ accessKeyId: 'AKIAEXAMPLEKEYID0001', status: 'Active', userName: 'ci-bot', userArn: 'arn:aws:iam::444455556666:user/ci-bot' })
    expect(has(fragment.edges, key.id, 'attached-to', 'arn:aws:iam::444455556666:user/ci-bot')).toBe(true)
    expect(JSON.stringify(fragment)).not.toMatch(/ShouldNeverAppear/)
  })

  it('gives an aws_instance the instance id alias the EC2 mapper gives it', async () => {
    const { fragment } = await readFixture(fixture('state-show.json'))
    const instance = fragment.nodes.find((n) => n.kind === 'aws.ec2.instance' && n.provider === 'aws')!
    const instanceId = instance.props?.['instanceId']
    expect(typeof instanceId).toBe('string')
    expect(instance.aliases).toEqual([`aws-instance://${instanceId as string}`])
  })
})
