/**
 * @module The ground truth of the demo estate (`expected.json`): every planted weakness with the canonical ids
 * of the nodes involved, what analyses must find, and its safe look-alike with what they must not find.
 * Ids come from the same constants the writers use, so the truth cannot drift from the data.
 */
import { awsAccountNodeId, azureNodeId, imageNodeId, k8sClusterNodeId, k8sNodeId } from '../providers/ids.js'
import { AWS_DEV, AWS_EXTERNAL_ACCOUNT, CLUSTERS, COMPANY, DemoClock, SCOPES } from './demo-company.js'
import { IMAGES } from './demo-images.js'
import type { DemoExpected, PlantedItem } from './demo-types.js'
import { DEMO_FAMILIES } from './demo-types.js'
import { bucketArn, ec2Arn, lambdaArn, rdsArn } from './aws/aws-config-items.js'
import { instanceProfileArn, roleArn, userArn } from './aws/aws-iam-model.js'
import { BUCKETS } from './aws/aws-planted-iam.js'
import { DEV_INSTANCES, DEV_SGS, DEV_US, devInstanceArn, eksNode, LEAKED_KEYS, PROD_EU, PROD_INSTANCES, PROD_SGS, prodInstanceArn } from './aws/aws-planted-resources.js'
import { AKS, aksIdOf, aksNode, containerAppIdOf, CONTAINER_APPS, KEY_VAULTS, keyVaultIdOf, MI, openAiId, POSTGRES, STORAGE, VMS } from './azure/azure-planted.js'
import { idOf, postgresIdOf, storageIdOf, vmIdOf } from './azure/azure-resources.js'
import { bucketName, clusterName, firewallName, instanceName, sqlName } from './gcp/gcp-assets.js'
import { CLOUD_SQL, GCS, GKE, gkeNode, INSTANCES, PROD as GCP_PROD, SA } from './gcp/gcp-planted.js'
import { LEDGER_SECRET, ORDERS_DB_SECRET } from './kubernetes/k8s-clusters.js'
import { buildK8sBaseline } from './kubernetes/k8s-write.js'
import { imageDigest, repositoryOf } from './kubernetes/k8s-objects.js'

const names = new Map<string, string>()
const n = (id: string, name: string): string => {
  names.set(id, name)
  return id
}

// ---- AWS ----
const awsProd = n(SCOPES.awsProd, 'AWS account 111122223333 (ridgeline-prod)')
const awsDev = n(SCOPES.awsDev, 'AWS account 444455556666 (ridgeline-dev)')
const awsExternal = n(awsAccountNodeId(AWS_EXTERNAL_ACCOUNT), 'AWS account 999988887777 (audit vendor, outside the estate)')
const ec2 = (spec: { id: string; tags: Readonly<Record<string, string>> }, arn: string): string => n(arn, `EC2 ${spec.tags.Name ?? spec.id}`)
const webLegacy01 = ec2(PROD_INSTANCES.webLegacy01, prodInstanceArn(PROD_INSTANCES.webLegacy01))
const webLegacy02 = ec2(PROD_INSTANCES.webLegacy02, prodInstanceArn(PROD_INSTANCES.webLegacy02))
const reporting01 = ec2(PROD_INSTANCES.reportingApi01, prodInstanceArn(PROD_INSTANCES.reportingApi01))
const reporting02 = ec2(PROD_INSTANCES.reportingApi02, prodInstanceArn(PROD_INSTANCES.reportingApi02))
const sftp01 = ec2(PROD_INSTANCES.partnerSftp01, prodInstanceArn(PROD_INSTANCES.partnerSftp01))
const sftp02 = ec2(PROD_INSTANCES.partnerSftp02, prodInstanceArn(PROD_INSTANCES.partnerSftp02))
const jumpHost = ec2(DEV_INSTANCES.jumpHost01, devInstanceArn(DEV_INSTANCES.jumpHost01))
const sg = (spec: { id: string; name: string }, place = PROD_EU): string => n(ec2Arn(place, 'security-group', spec.id), `security group ${spec.name}`)
const P = PROD_EU.accountId
const D = AWS_DEV.accountId
const role = (account: string, name: string): string => n(roleArn(account, name), `IAM role ${name}`)
const user = (account: string, name: string): string => n(userArn(account, name), `IAM user ${name}`)
const profile = (account: string, name: string): string => n(instanceProfileArn(account, name), `instance profile ${name}`)
const s3 = (name: string): string => n(bucketArn(name), `S3 bucket ${name}`)

// ---- Azure ----
const az = (armId: string, name: string): string => n(azureNodeId(armId), name)
const azureProd = n(SCOPES.azureProd, 'Azure subscription ridgeline-prod')
const azVm = (vm: { where: { subscriptionId: string; resourceGroup: string; location: string }; name: string }): string => az(vmIdOf(vm), `Azure VM ${vm.name}`)
const azMi = (mi: { id: string; name: string }): string => az(mi.id, `managed identity ${mi.name}`)
const azStorage = (s: { where: { subscriptionId: string; resourceGroup: string; location: string }; name: string }): string => az(storageIdOf(s), `storage account ${s.name}`)
const azKv = (kv: { where: { subscriptionId: string; resourceGroup: string; location: string }; name: string }): string => az(keyVaultIdOf(kv), `key vault ${kv.name}`)

// ---- GCP ----
const gcpProject = n(SCOPES.gcpProd, 'GCP project ridgeline-prod (112233445566)')
const gce = (name: string): string => n(instanceName(GCP_PROD, GCP_PROD.zone, name), `GCE instance ${name}`)
/** Service accounts are keyed by email, as everything that refers to them does (the CAI asset name is numeric). */
const gsa = (email: string): string => n(`//iam.googleapis.com/projects/${GCP_PROD.projectId}/serviceAccounts/${email}`, `service account ${email}`)
const gcs = (bucket: string): string => n(bucketName(bucket), `GCS bucket ${bucket}`)
const fw = (name: string): string => n(firewallName(GCP_PROD, name), `firewall rule ${name}`)

// ---- Kubernetes ----
const k8s = buildK8sBaseline(new DemoClock(0))
function pod(cluster: 'eks' | 'aks' | 'gke', namespace: string, app: string, index = 0): string {
  const podName = k8s.planted[cluster].pods[`${namespace}/${app}`]?.[index]
  if (podName === undefined) throw new Error(`no planted pod ${namespace}/${app}`)
  const clusterId = CLUSTERS[cluster]
  return n(k8sNodeId(clusterId, namespace, 'Pod', podName), `pod ${namespace}/${podName} (${clusterId})`)
}
const k8sSa = (cluster: 'eks' | 'aks' | 'gke', namespace: string, name: string): string =>
  n(k8sNodeId(CLUSTERS[cluster], namespace, 'ServiceAccount', name), `Kubernetes service account ${namespace}/${name} (${CLUSTERS[cluster]})`)
const k8sSvc = (cluster: 'eks' | 'aks' | 'gke', namespace: string, name: string): string =>
  n(k8sNodeId(CLUSTERS[cluster], namespace, 'Service', name), `LoadBalancer service ${namespace}/${name} (${CLUSTERS[cluster]})`)
const k8sSecret = (cluster: 'eks' | 'aks' | 'gke', namespace: string, name: string): string =>
  n(k8sNodeId(CLUSTERS[cluster], namespace, 'Secret', name), `Kubernetes Secret ${namespace}/${name} (${CLUSTERS[cluster]})`)
const k8sNode = (cluster: 'eks' | 'aks' | 'gke', nodeName: string): string => n(k8sNodeId(CLUSTERS[cluster], undefined, 'Node', nodeName), `Kubernetes node ${nodeName}`)
const image = (ref: string): string => n(imageNodeId(repositoryOf(ref), imageDigest(ref)), `image ${ref}`)
const eksCluster = n(k8sClusterNodeId(CLUSTERS.eks), `Kubernetes cluster ${CLUSTERS.eks}`)

const wide = 'wide' as const

const ITEMS: PlantedItem[] = [
  {
    id: 'aws-ec2-exposed-rce-account-admin',
    family: 'aws-ec2',
    templates: [15, 20],
    title: 'Internet exposed EC2 instance has high severity vulnerabilities and high permission to an account',
    description:
      'web-legacy-01 has a public IP and a security group open to 0.0.0.0/0 on 22 and 8080; its disk scan finds log4shell (CVE-2021-44228) in the app; its instance profile role has AdministratorAccess. IMDSv1 is also left on.',
    nodes: [webLegacy01, sg(PROD_SGS.webLegacyOpen), profile(P, 'legacy-app-profile'), role(P, 'legacy-app-role'), awsProd],
    names: {},
    expect: {
      exposure: { node: webLegacy01, ports: [22, 8080], width: wide },
      insights: [
        { node: webLegacy01, insight: 'exposed-to-internet' },
        { node: webLegacy01, insight: 'vulnerable-to-rce' },
        { node: webLegacy01, insight: 'has-high-severity-vulnerabilities' },
        { node: role(P, 'legacy-app-role'), insight: 'has-admin-permissions' },
      ],
      attackPath: { entry: webLegacy01, target: awsProd, via: [role(P, 'legacy-app-role')] },
      findings: [
        { node: webLegacy01, topic: 'ec2-imdsv1-enabled' },
        { node: sg(PROD_SGS.webLegacyOpen), topic: 'security-group-ssh-open-to-internet' },
      ],
    },
    control: {
      id: 'aws-ec2-exposed-rce-account-admin-control',
      description: 'web-legacy-02: same image, CVEs, public IP and admin instance profile.',
      nodes: [webLegacy02, sg(PROD_SGS.webLegacyInternal)],
      whyNot: 'its security group admits 22 and 8080 only from 10.20.0.0/16 (inside the VPC), so the public IP leads nowhere',
      mustNot: { notExposed: [webLegacy02], attackPath: { entry: webLegacy02, target: awsProd } },
    },
  },
  {
    id: 'aws-ec2-exposed-rce-sensitive-bucket',
    family: 'aws-ec2',
    templates: [17, 18],
    title: 'Internet exposed EC2 instance has high severity vulnerabilities and read permission to a S3 bucket with sensitive data',
    description:
      'reporting-api-01 serves 443 to 0.0.0.0/0 from a public IP and runs spring4shell (CVE-2022-22965); reporting-role reads the confidential, critical bucket ridgeline-prod-customer-pii and can decrypt its KMS key.',
    nodes: [reporting01, sg(PROD_SGS.reportingHttps), profile(P, 'reporting-profile'), role(P, 'reporting-role'), s3(BUCKETS.pii)],
    names: {},
    expect: {
      exposure: { node: reporting01, ports: [443], width: wide },
      insights: [
        { node: reporting01, insight: 'exposed-to-internet' },
        { node: reporting01, insight: 'vulnerable-to-rce' },
        { node: s3(BUCKETS.pii), insight: 'contains-sensitive-data' },
        { node: s3(BUCKETS.pii), insight: 'critical-resource' },
      ],
      attackPath: { entry: reporting01, target: s3(BUCKETS.pii), via: [role(P, 'reporting-role')] },
    },
    control: {
      id: 'aws-ec2-exposed-rce-sensitive-bucket-control',
      description: 'reporting-api-02: same security group, public IP and instance profile.',
      nodes: [reporting02],
      whyNot: 'its scan shows only local or low findings (spring-beans patched): nothing remotely exploitable',
      mustNot: {
        insights: [
          { node: reporting02, insight: 'vulnerable-to-rce' },
          { node: reporting02, insight: 'has-high-severity-vulnerabilities' },
        ],
        attackPath: { entry: reporting02, target: s3(BUCKETS.pii) },
      },
    },
  },
  {
    id: 'aws-ec2-narrow-exposure',
    family: 'exposure-width',
    title: 'EC2 instance exposed to one partner range only (narrow exposure)',
    description: 'partner-sftp-01 has a public IP; its security group admits 22 from 198.51.100.0/24 only (the logistics partner).',
    nodes: [sftp01, sg(PROD_SGS.partnerSftp)],
    names: {},
    expect: { exposure: { node: sftp01, ports: [22], width: 'narrow' }, insights: [{ node: sftp01, insight: 'exposed-to-internet' }] },
    control: {
      id: 'aws-ec2-narrow-exposure-control',
      description: 'partner-sftp-02: same security group.',
      nodes: [sftp02],
      whyNot: 'it sits in a private subnet without a public IP',
      mustNot: { notExposed: [sftp02] },
    },
  },
  {
    id: 'aws-iam-passrole-runinstances',
    family: 'identity-lateral-movement',
    title: 'IAM user can launch an instance with an administrator role (iam:PassRole + ec2:RunInstances)',
    description: 'dev-alice may pass any role and run instances, so she can start an instance with the ec2-admin instance profile (AdministratorAccess) and act as it.',
    nodes: [user(P, 'dev-alice'), role(P, 'ec2-admin'), profile(P, 'ec2-admin')],
    names: {},
    expect: {
      edges: [{ from: user(P, 'dev-alice'), to: role(P, 'ec2-admin'), kind: 'can-assume' }],
      insights: [{ node: role(P, 'ec2-admin'), insight: 'has-admin-permissions' }],
    },
    control: {
      id: 'aws-iam-passrole-runinstances-control',
      description: 'dev-bob: also iam:PassRole + ec2:RunInstances.',
      nodes: [user(P, 'dev-bob')],
      whyNot: 'his iam:PassRole is limited to arn:aws:iam::111122223333:role/app-*, which ec2-admin does not match',
      mustNot: { edges: [{ from: user(P, 'dev-bob'), to: role(P, 'ec2-admin'), kind: 'can-assume' }] },
    },
  },
  {
    id: 'aws-iam-create-policy-version',
    family: 'identity-lateral-movement',
    title: 'IAM user can rewrite its own managed policy (iam:CreatePolicyVersion)',
    description: 'ci-policy-bot has ci-deploy-policy attached and may create new versions of it (set as default): it can grant itself anything.',
    nodes: [user(P, 'ci-policy-bot'), n(`arn:aws:iam::${P}:policy/ci-deploy-policy`, 'managed policy ci-deploy-policy')],
    names: {},
    expect: { insights: [{ node: user(P, 'ci-policy-bot'), insight: 'has-admin-permissions' }] },
    control: {
      id: 'aws-iam-create-policy-version-control',
      description: 'ci-policy-reader: same policy attached.',
      nodes: [user(P, 'ci-policy-reader')],
      whyNot: 'it may only read the policy versions (iam:GetPolicyVersion, iam:ListPolicyVersions)',
      mustNot: { insights: [{ node: user(P, 'ci-policy-reader'), insight: 'has-admin-permissions' }] },
    },
  },
  {
    id: 'aws-iam-role-chain-cross-account',
    family: 'identity-lateral-movement',
    templates: [15],
    title: 'Internet exposed EC2 instance reaches account admin through a cross-account role chain',
    description:
      'jump-host-01 (dev account) is open on 22 to the internet and vulnerable to regreSSHion (CVE-2024-6387); its role ops-jump may assume prod ops-deploy (which trusts it), which may assume ops-break-glass (AdministratorAccess, trusts ops-deploy).',
    nodes: [jumpHost, sg(DEV_SGS.jumpSshOpen, DEV_US), role(D, 'ops-jump'), role(P, 'ops-deploy'), role(P, 'ops-break-glass'), awsProd],
    names: {},
    expect: {
      exposure: { node: jumpHost, ports: [22], width: wide },
      insights: [
        { node: jumpHost, insight: 'vulnerable-to-rce' },
        { node: role(P, 'ops-break-glass'), insight: 'has-admin-permissions' },
      ],
      edges: [
        { from: role(D, 'ops-jump'), to: role(P, 'ops-deploy'), kind: 'can-assume' },
        { from: role(P, 'ops-deploy'), to: role(P, 'ops-break-glass'), kind: 'can-assume' },
      ],
      attackPath: { entry: jumpHost, target: awsProd, via: [role(D, 'ops-jump'), role(P, 'ops-deploy'), role(P, 'ops-break-glass')] },
    },
    control: {
      id: 'aws-iam-role-chain-cross-account-control',
      description: 'ops-staging-deploy (prod) also trusts ops-jump by ARN.',
      nodes: [role(P, 'ops-staging-deploy')],
      whyNot: 'ops-jump has no identity policy allowing sts:AssumeRole on it; a cross-account assumption needs both the trust and the caller policy',
      mustNot: { edges: [{ from: role(D, 'ops-jump'), to: role(P, 'ops-staging-deploy'), kind: 'can-assume' }] },
    },
  },
  {
    id: 'aws-external-account-trust',
    family: 'identity-lateral-movement',
    title: 'Role trusted by an external account reads sensitive data',
    description: 'vendor-audit trusts the whole external account 999988887777 (no condition) and has ReadOnlyAccess, which includes s3:GetObject on every bucket.',
    nodes: [role(P, 'vendor-audit'), s3(BUCKETS.pii)],
    names: {},
    expect: {
      edges: [{ from: awsExternal, to: role(P, 'vendor-audit'), kind: 'can-assume' }],
      attackPath: { entry: role(P, 'vendor-audit'), target: s3(BUCKETS.pii) },
    },
    control: {
      id: 'aws-external-account-trust-control',
      description: 'partner-sso: same ReadOnlyAccess, trusts a whole account as well.',
      nodes: [role(P, 'partner-sso'), awsDev],
      whyNot: 'the trusted account 444455556666 is the company dev account, part of the estate, not an external party',
      mustNot: { edges: [{ from: awsExternal, to: role(P, 'partner-sso'), kind: 'can-assume' }], attackPath: { entry: role(P, 'partner-sso'), target: s3(BUCKETS.pii) } },
    },
  },
  {
    id: 'aws-admin-user-without-mfa',
    family: 'identity-lateral-movement',
    title: 'Administrator signs in to the console without MFA',
    description:
      'ops-admin-jdoe has AdministratorAccess and a console password but no MFA device (the credential report says mfa_active false): a phished or reused password takes over the account.',
    nodes: [user(P, 'ops-admin-jdoe'), awsProd],
    names: {},
    expect: {
      insights: [
        { node: user(P, 'ops-admin-jdoe'), insight: 'no-mfa' },
        { node: user(P, 'ops-admin-jdoe'), insight: 'has-admin-permissions' },
      ],
    },
    control: {
      id: 'aws-admin-user-without-mfa-control',
      description: 'ops-admin-asmith: the same AdministratorAccess and console password.',
      nodes: [user(P, 'ops-admin-asmith')],
      whyNot: 'an MFA device is assigned (mfa_active true)',
      mustNot: { insights: [{ node: user(P, 'ops-admin-asmith'), insight: 'no-mfa' }] },
    },
  },
  {
    id: 'aws-s3-public-sensitive',
    family: 'aws-data',
    templates: [51],
    title: 'Internet exposed AWS S3 Bucket with sensitive data is publicly accessible',
    description: 'ridgeline-prod-exports (data-classification=confidential) has a bucket policy granting s3:GetObject to Principal * and no public access block.',
    nodes: [s3(BUCKETS.exports)],
    names: {},
    expect: {
      insights: [
        { node: s3(BUCKETS.exports), insight: 'allows-public-access' },
        { node: s3(BUCKETS.exports), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: s3(BUCKETS.exports), target: s3(BUCKETS.exports) },
      findings: [{ node: s3(BUCKETS.exports), topic: 's3-bucket-public-read' }],
    },
    control: {
      id: 'aws-s3-public-sensitive-control',
      description: 'ridgeline-prod-website: public the same way (a static site).',
      nodes: [s3(BUCKETS.website)],
      whyNot: 'it is classified data-classification=public: nothing sensitive is exposed',
      mustNot: { insights: [{ node: s3(BUCKETS.website), insight: 'contains-sensitive-data' }], attackPath: { entry: s3(BUCKETS.website), target: s3(BUCKETS.website) } },
    },
  },
  {
    id: 'aws-s3-replication-to-public',
    family: 'aws-data',
    templates: [59, 60],
    title: 'Private AWS S3 bucket with sensitive data replicates data to internet exposed and publicly accessible AWS S3 bucket',
    description:
      'ridgeline-prod-orders (private, confidential, eu-west-1) replicates every object to ridgeline-dr-replica (us-east-1), whose bucket policy is public. As in the catalogue, the private source is the entry and the public copy the target.',
    nodes: [s3(BUCKETS.orders), s3(BUCKETS.drReplica), role(P, 's3-replication-role')],
    names: {},
    expect: {
      edges: [{ from: s3(BUCKETS.orders), to: s3(BUCKETS.drReplica), kind: 'moves-data-to' }],
      insights: [
        { node: s3(BUCKETS.orders), insight: 'contains-sensitive-data' },
        { node: s3(BUCKETS.drReplica), insight: 'allows-public-access' },
      ],
      attackPath: { entry: s3(BUCKETS.orders), target: s3(BUCKETS.drReplica) },
    },
    control: {
      id: 'aws-s3-replication-to-public-control',
      description: 'ridgeline-prod-invoices replicates to ridgeline-dr-invoices.',
      nodes: [s3(BUCKETS.invoices), s3(BUCKETS.drInvoices)],
      whyNot: 'the destination blocks all public access',
      mustNot: { insights: [{ node: s3(BUCKETS.drInvoices), insight: 'allows-public-access' }], attackPath: { entry: s3(BUCKETS.invoices), target: s3(BUCKETS.drInvoices) } },
    },
  },
  {
    id: 'aws-rds-public-password',
    family: 'aws-data',
    templates: [56, 57],
    title: 'Managed database with excessive internet exposure and sensitive data allows basic authentication',
    description: 'orders-db is publiclyAccessible, its security group admits 5432 from 0.0.0.0/0, IAM database authentication is off (password only) and it is tagged confidential.',
    nodes: [n(rdsArn(PROD_EU, 'orders-db'), 'RDS orders-db'), sg(PROD_SGS.ordersDbPublic)],
    names: {},
    expect: {
      exposure: { node: rdsArn(PROD_EU, 'orders-db'), ports: [5432], width: wide },
      insights: [
        { node: rdsArn(PROD_EU, 'orders-db'), insight: 'exposed-to-internet' },
        { node: rdsArn(PROD_EU, 'orders-db'), insight: 'allows-basic-authentication' },
        { node: rdsArn(PROD_EU, 'orders-db'), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: rdsArn(PROD_EU, 'orders-db'), target: rdsArn(PROD_EU, 'orders-db') },
      findings: [{ node: rdsArn(PROD_EU, 'orders-db'), topic: 'rds-publicly-accessible' }],
    },
    control: {
      id: 'aws-rds-public-password-control',
      description: 'orders-db-staging: same security group, subnets and password authentication.',
      nodes: [n(rdsArn(PROD_EU, 'orders-db-staging'), 'RDS orders-db-staging')],
      whyNot: 'publiclyAccessible is false: the endpoint resolves to a private address only',
      mustNot: { notExposed: [rdsArn(PROD_EU, 'orders-db-staging')] },
    },
  },
  {
    id: 'aws-lambda-env-database-password',
    family: 'aws-data',
    title: 'Function holds a plaintext connection string that signs in to a managed database',
    description:
      "orders-report's DATABASE_URL environment variable carries the reporting user's password for orders-db (postgres://reporting:…@orders-db…): whoever reads the function configuration can sign in to the database.",
    nodes: [n(lambdaArn(PROD_EU, 'orders-report'), 'Lambda orders-report'), rdsArn(PROD_EU, 'orders-db')],
    names: {},
    expect: {
      edges: [{ from: lambdaArn(PROD_EU, 'orders-report'), to: rdsArn(PROD_EU, 'orders-db'), kind: 'can-authenticate-to' }],
    },
    control: {
      id: 'aws-lambda-env-database-password-control',
      description: 'orders-report-v2: the same DATABASE_URL to orders-db.',
      nodes: [n(lambdaArn(PROD_EU, 'orders-report-v2'), 'Lambda orders-report-v2')],
      whyNot: 'the URL has no password: the function reads it from Secrets Manager at run time (DATABASE_SECRET_ARN)',
      mustNot: {
        secretOn: [lambdaArn(PROD_EU, 'orders-report-v2')],
        edges: [{ from: lambdaArn(PROD_EU, 'orders-report-v2'), to: rdsArn(PROD_EU, 'orders-db'), kind: 'can-authenticate-to' }],
      },
    },
  },
  {
    id: 'k8s-secret-database-password',
    family: 'aws-data',
    title: 'Kubernetes Secret holds a connection string that signs in to a managed database',
    description:
      'Secret payments/orders-db-url in the EKS cluster holds a DATABASE_URL with the password of orders-db; anyone who may read Secrets in payments (the secret-reader role of payments-api) can sign in to the database.',
    nodes: [k8sSecret('eks', 'payments', ORDERS_DB_SECRET.planted), rdsArn(PROD_EU, 'orders-db')],
    names: {},
    expect: {
      edges: [{ from: k8sSecret('eks', 'payments', ORDERS_DB_SECRET.planted), to: rdsArn(PROD_EU, 'orders-db'), kind: 'can-authenticate-to' }],
    },
    control: {
      id: 'k8s-secret-database-password-control',
      description: 'Secret payments/orders-db-readonly-url names the same database.',
      nodes: [k8sSecret('eks', 'payments', ORDERS_DB_SECRET.control)],
      whyNot: 'its DATABASE_URL has no password (the client signs in with a certificate: PGSSLMODE verify-full)',
      mustNot: { edges: [{ from: k8sSecret('eks', 'payments', ORDERS_DB_SECRET.control), to: rdsArn(PROD_EU, 'orders-db'), kind: 'can-authenticate-to' }] },
    },
  },
  {
    id: 'k8s-secret-storage-account-key',
    family: 'azure-data',
    title: 'Kubernetes Secret holds a storage account key',
    description:
      'Secret checkout/ledger-export-key in the AKS cluster holds a connection string with the account key of stridgelineledger (confidential): the key signs in to the whole account, whatever its RBAC says.',
    nodes: [k8sSecret('aks', 'checkout', LEDGER_SECRET.planted), azStorage(STORAGE.ledger)],
    names: {},
    expect: {
      edges: [{ from: k8sSecret('aks', 'checkout', LEDGER_SECRET.planted), to: azureNodeId(storageIdOf(STORAGE.ledger)), kind: 'can-authenticate-to' }],
    },
    control: {
      id: 'k8s-secret-storage-account-key-control',
      description: 'Secret checkout/ledger-export-url names the same account.',
      nodes: [k8sSecret('aks', 'checkout', LEDGER_SECRET.control)],
      whyNot: 'it holds only the container URL, without a key or SAS signature (the workload signs in with its identity)',
      mustNot: { edges: [{ from: k8sSecret('aks', 'checkout', LEDGER_SECRET.control), to: azureNodeId(storageIdOf(STORAGE.ledger)), kind: 'can-authenticate-to' }] },
    },
  },
  {
    id: 'cross-cloud-gcp-startup-script-aws-key',
    family: 'cross-cloud',
    templates: [28],
    title: 'Internet exposed GCP VM with high severity vulnerabilities holds an AWS access key with account admin permission',
    description:
      'batch-runner-1 is open on 22 to the internet (firewall allow-ssh-any, external IP) and vulnerable to CVE-2024-6387; its startup-script metadata exports the access key of ci-deployer, an AdministratorAccess user of the AWS dev account (the key id decodes to 444455556666; the Terraform state of the dev account records it as ci-deployer\'s key).',
    nodes: [gce(INSTANCES.batchRunner1.name), fw('allow-ssh-any'), user(D, 'ci-deployer'), awsDev],
    names: {},
    expect: {
      exposure: { node: gce(INSTANCES.batchRunner1.name), ports: [22], width: wide },
      insights: [
        { node: gce(INSTANCES.batchRunner1.name), insight: 'vulnerable-to-rce' },
        { node: gce(INSTANCES.batchRunner1.name), insight: 'has-plaintext-secret' },
        { node: user(D, 'ci-deployer'), insight: 'has-admin-permissions' },
      ],
      secret: { holder: gce(INSTANCES.batchRunner1.name), kind: 'aws-access-key', keyId: LEAKED_KEYS.ciDeployer.keyId, authenticatesAs: user(D, 'ci-deployer') },
      attackPath: { entry: gce(INSTANCES.batchRunner1.name), target: awsDev, via: [user(D, 'ci-deployer')] },
    },
    control: {
      id: 'cross-cloud-gcp-startup-script-aws-key-control',
      description: 'batch-runner-2: same exposure, vulnerabilities and service account.',
      nodes: [gce(INSTANCES.batchRunner2.name)],
      whyNot: 'its startup script fetches credentials from Secret Manager at run time: no key in metadata',
      mustNot: {
        secretOn: [gce(INSTANCES.batchRunner2.name)],
        insights: [{ node: gce(INSTANCES.batchRunner2.name), insight: 'has-plaintext-secret' }],
        attackPath: { entry: gce(INSTANCES.batchRunner2.name), target: awsDev },
      },
    },
  },
  {
    id: 'cross-account-lambda-env-aws-key',
    family: 'cross-cloud',
    title: 'Function in one account holds a plaintext access key of another account',
    description: 'The dev Lambda legacy-sync has AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY of the prod user svc-legacy-sync (reads ridgeline-prod-customer-pii) in its environment.',
    nodes: [n(lambdaArn(DEV_US, 'legacy-sync'), 'Lambda legacy-sync (dev)'), user(P, 'svc-legacy-sync'), s3(BUCKETS.pii)],
    names: {},
    expect: {
      insights: [{ node: lambdaArn(DEV_US, 'legacy-sync'), insight: 'has-plaintext-secret' }],
      secret: { holder: lambdaArn(DEV_US, 'legacy-sync'), kind: 'aws-access-key', keyId: LEAKED_KEYS.legacySync.keyId, authenticatesAs: user(P, 'svc-legacy-sync') },
    },
    control: {
      id: 'cross-account-lambda-env-aws-key-control',
      description: 'legacy-sync-v2: the rewritten function.',
      nodes: [n(lambdaArn(DEV_US, 'legacy-sync-v2'), 'Lambda legacy-sync-v2 (dev)')],
      whyNot: 'its environment holds only a bucket name and a region; it uses its execution role',
      mustNot: { secretOn: [lambdaArn(DEV_US, 'legacy-sync-v2')], insights: [{ node: lambdaArn(DEV_US, 'legacy-sync-v2'), insight: 'has-plaintext-secret' }] },
    },
  },
  {
    id: 'azure-vm-exposed-rce-keyvault',
    family: 'azure-vm',
    templates: [5],
    title: 'Internet exposed VM has high severity vulnerabilities and read permission to a Key Vault',
    description: 'vm-shop-web-01 has a public IP; nsg-shop-web allows 443 from Internet and 22 from *; regreSSHion on disk; its user-assigned identity id-shop-web is Key Vault Secrets User on kv-ridgeline-prod.',
    nodes: [azVm(VMS.shopWeb01), az(idOf(VMS.shopWeb01.where, 'Microsoft.Network/networkSecurityGroups', 'nsg-shop-web'), 'NSG nsg-shop-web'), azMi(MI.shopWeb), azKv(KEY_VAULTS.prod)],
    names: {},
    expect: {
      exposure: { node: azVm(VMS.shopWeb01), ports: [22, 443], width: wide },
      insights: [
        { node: azVm(VMS.shopWeb01), insight: 'exposed-to-internet' },
        { node: azVm(VMS.shopWeb01), insight: 'vulnerable-to-rce' },
        { node: azKv(KEY_VAULTS.prod), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: azVm(VMS.shopWeb01), target: azKv(KEY_VAULTS.prod), via: [azMi(MI.shopWeb)] },
    },
    control: {
      id: 'azure-vm-exposed-rce-keyvault-control',
      description: 'vm-shop-web-02: same NSG, image, vulnerabilities and identity.',
      nodes: [azVm(VMS.shopWeb02)],
      whyNot: 'its NIC has no public IP and no load balancer routes to it',
      mustNot: { notExposed: [azVm(VMS.shopWeb02)], attackPath: { entry: azVm(VMS.shopWeb02), target: azKv(KEY_VAULTS.prod) } },
    },
  },
  {
    id: 'azure-vm-exposed-rce-subscription-owner',
    family: 'azure-vm',
    templates: [2],
    title: 'Internet exposed VM has high severity vulnerabilities and high permission to a subscription',
    description: 'vm-ops-runner is open on 22 to any source with a public IP and vulnerable; its identity id-ops-runner is Owner of the prod subscription.',
    nodes: [azVm(VMS.opsRunner), azMi(MI.opsRunner), azureProd],
    names: {},
    expect: {
      exposure: { node: azVm(VMS.opsRunner), ports: [22], width: wide },
      insights: [
        { node: azVm(VMS.opsRunner), insight: 'vulnerable-to-rce' },
        { node: azMi(MI.opsRunner), insight: 'has-admin-permissions' },
      ],
      attackPath: { entry: azVm(VMS.opsRunner), target: azureProd, via: [azMi(MI.opsRunner)] },
    },
    control: {
      id: 'azure-vm-exposed-rce-subscription-owner-control',
      description: 'vm-ops-runner-dr: same exposure and vulnerabilities.',
      nodes: [azVm(VMS.opsRunnerDr), azMi(MI.opsRunnerDr)],
      whyNot: 'its identity is only Reader of the subscription (no write, no data actions)',
      mustNot: { insights: [{ node: azMi(MI.opsRunnerDr), insight: 'has-admin-permissions' }], attackPath: { entry: azVm(VMS.opsRunnerDr), target: azureProd } },
    },
  },
  {
    id: 'azure-vm-plaintext-secret-on-disk',
    family: 'azure-vm',
    templates: [14],
    title: 'VM disk holds a plaintext cloud credential',
    description:
      'The Trivy disk scan of vm-ops-runner reports an AWS access key id and secret key in /home/azureuser/.aws/credentials. Trivy masks the values, so the key cannot be attributed: expect the insight, not a can-authenticate-to edge.',
    nodes: [azVm(VMS.opsRunner)],
    names: {},
    expect: { insights: [{ node: azVm(VMS.opsRunner), insight: 'has-plaintext-secret' }], findings: [{ node: azVm(VMS.opsRunner), topic: 'plaintext-cloud-credential-on-disk' }] },
    control: {
      id: 'azure-vm-plaintext-secret-on-disk-control',
      description: 'vm-ops-runner-dr: scanned the same way.',
      nodes: [azVm(VMS.opsRunnerDr)],
      whyNot: 'its scan has no secret results',
      mustNot: { secretOn: [azVm(VMS.opsRunnerDr)], insights: [{ node: azVm(VMS.opsRunnerDr), insight: 'has-plaintext-secret' }] },
    },
  },
  {
    id: 'azure-postgres-open-password',
    family: 'azure-data',
    templates: [45, 46],
    title: 'Managed database with excessive internet exposure and sensitive data allows basic authentication',
    description: 'psql-ridgeline-orders (PostgreSQL flexible server, confidential) has firewall rule AllowAll 0.0.0.0–255.255.255.255 and password authentication enabled.',
    nodes: [az(postgresIdOf(POSTGRES.orders), 'PostgreSQL psql-ridgeline-orders')],
    names: {},
    expect: {
      exposure: { node: azureNodeId(postgresIdOf(POSTGRES.orders)), ports: [5432], width: wide },
      insights: [
        { node: azureNodeId(postgresIdOf(POSTGRES.orders)), insight: 'exposed-to-internet' },
        { node: azureNodeId(postgresIdOf(POSTGRES.orders)), insight: 'allows-basic-authentication' },
        { node: azureNodeId(postgresIdOf(POSTGRES.orders)), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: azureNodeId(postgresIdOf(POSTGRES.orders)), target: azureNodeId(postgresIdOf(POSTGRES.orders)) },
    },
    control: {
      id: 'azure-postgres-open-password-control',
      description: 'psql-ridgeline-analytics: same AllowAll firewall rule and classification.',
      nodes: [az(postgresIdOf(POSTGRES.analytics), 'PostgreSQL psql-ridgeline-analytics')],
      whyNot: 'password authentication is disabled (Microsoft Entra authentication only)',
      mustNot: {
        insights: [{ node: azureNodeId(postgresIdOf(POSTGRES.analytics)), insight: 'allows-basic-authentication' }],
        attackPath: { entry: azureNodeId(postgresIdOf(POSTGRES.analytics)), target: azureNodeId(postgresIdOf(POSTGRES.analytics)) },
      },
    },
  },
  {
    id: 'azure-storage-public-sensitive',
    family: 'azure-data',
    templates: [50],
    title: 'Internet exposed Azure Blob Storage container with sensitive data is publicly accessible',
    description: 'stridgelineexports (confidential) allows blob public access from all networks; its container exports has public access level Blob.',
    nodes: [azStorage(STORAGE.exports), az(`${storageIdOf(STORAGE.exports)}/blobServices/default/containers/exports`, 'blob container exports')],
    names: {},
    expect: {
      insights: [
        { node: azStorage(STORAGE.exports), insight: 'allows-public-access' },
        { node: azStorage(STORAGE.exports), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: azStorage(STORAGE.exports), target: azStorage(STORAGE.exports) },
    },
    control: {
      id: 'azure-storage-public-sensitive-control',
      description: 'stridgelineassets: public the same way (site assets).',
      nodes: [azStorage(STORAGE.assets)],
      whyNot: 'it is classified data-classification=public',
      mustNot: { insights: [{ node: azStorage(STORAGE.assets), insight: 'contains-sensitive-data' }], attackPath: { entry: azStorage(STORAGE.assets), target: azStorage(STORAGE.assets) } },
    },
  },
  {
    id: 'azure-blob-replication-to-public',
    family: 'azure-data',
    templates: [49],
    title: 'Private Azure blob storage container replicates data to internet exposed and publicly accessible Azure blob storage container',
    description: 'An object replication policy copies container returns of stridgelinereturns (private, confidential) to stridgelinecdn, whose returns container is public (Blob).',
    nodes: [azStorage(STORAGE.returns), azStorage(STORAGE.cdn)],
    names: {},
    expect: {
      edges: [{ from: azureNodeId(storageIdOf(STORAGE.returns)), to: azureNodeId(storageIdOf(STORAGE.cdn)), kind: 'moves-data-to' }],
      insights: [{ node: azStorage(STORAGE.cdn), insight: 'allows-public-access' }],
      attackPath: { entry: azStorage(STORAGE.returns), target: azStorage(STORAGE.cdn) },
    },
    control: {
      id: 'azure-blob-replication-to-public-control',
      description: 'stridgelineledger replicates to stridgelineledgerdr the same way.',
      nodes: [azStorage(STORAGE.ledger), azStorage(STORAGE.ledgerDr)],
      whyNot: 'the destination forbids public blob access and denies public networks',
      mustNot: { insights: [{ node: azStorage(STORAGE.ledgerDr), insight: 'allows-public-access' }], attackPath: { entry: azStorage(STORAGE.ledger), target: azStorage(STORAGE.ledgerDr) } },
    },
  },
  {
    id: 'aks-no-rbac-public-api',
    family: 'kubernetes-rbac',
    title: 'Kubernetes cluster without RBAC whose API server is open to any IP',
    description: 'aks-ridgeline-legacy (dev subscription) has enableRBAC=false, no Entra integration, local accounts on and no authorized IP ranges on a public API server.',
    nodes: [az(aksIdOf(AKS.legacy), 'AKS aks-ridgeline-legacy')],
    names: {},
    expect: {
      insights: [
        { node: azureNodeId(aksIdOf(AKS.legacy)), insight: 'rbac-disabled' },
        { node: azureNodeId(aksIdOf(AKS.legacy)), insight: 'exposed-to-internet' },
      ],
      exposure: { node: azureNodeId(aksIdOf(AKS.legacy)), ports: [443], width: wide },
    },
    control: {
      id: 'aks-no-rbac-public-api-control',
      description: 'aks-ridgeline-prod: public API server as well.',
      nodes: [az(aksIdOf(AKS.prod), 'AKS aks-ridgeline-prod')],
      whyNot: 'RBAC with Entra ID is on and the API server only accepts 192.0.2.0/24 (authorized IP ranges)',
      mustNot: { insights: [{ node: azureNodeId(aksIdOf(AKS.prod)), insight: 'rbac-disabled' }], notWidelyExposed: [azureNodeId(aksIdOf(AKS.prod))] },
    },
  },
  {
    id: 'gke-legacy-abac-public-api',
    family: 'kubernetes-rbac',
    title: 'Kubernetes cluster with legacy ABAC whose API server is open to any IP',
    description: 'gke-ridgeline-sandbox (dev project) has legacyAbac enabled, no master authorized networks and a public endpoint.',
    nodes: [n(clusterName(GKE.sandbox.project, GKE.sandbox.location, GKE.sandbox.name), 'GKE gke-ridgeline-sandbox')],
    names: {},
    expect: {
      insights: [
        { node: clusterName(GKE.sandbox.project, GKE.sandbox.location, GKE.sandbox.name), insight: 'rbac-disabled' },
        { node: clusterName(GKE.sandbox.project, GKE.sandbox.location, GKE.sandbox.name), insight: 'exposed-to-internet' },
      ],
      exposure: { node: clusterName(GKE.sandbox.project, GKE.sandbox.location, GKE.sandbox.name), ports: [443], width: wide },
    },
    control: {
      id: 'gke-legacy-abac-public-api-control',
      description: 'gke-ridgeline-prod: public endpoint as well.',
      nodes: [n(clusterName(GKE.prod.project, GKE.prod.location, GKE.prod.name), 'GKE gke-ridgeline-prod')],
      whyNot: 'legacy ABAC is off and master authorized networks admit 192.0.2.0/24 only',
      mustNot: {
        insights: [{ node: clusterName(GKE.prod.project, GKE.prod.location, GKE.prod.name), insight: 'rbac-disabled' }],
        notWidelyExposed: [clusterName(GKE.prod.project, GKE.prod.location, GKE.prod.name)],
      },
    },
  },
  {
    id: 'k8s-exposed-pod-rce-eks',
    family: 'containers',
    templates: [63],
    title: 'Internet exposed Kubernetes pod is running a container with RCE vulnerabilities',
    description: 'shop/storefront pods sit behind a LoadBalancer service (no source ranges) on 443 and run storefront:2.3.1, whose Trivy scan finds log4shell.',
    nodes: [k8sSvc('eks', 'shop', 'storefront'), pod('eks', 'shop', 'storefront'), pod('eks', 'shop', 'storefront', 1), image(IMAGES.storefront)],
    names: {},
    expect: {
      exposure: { node: pod('eks', 'shop', 'storefront'), ports: [443], width: wide },
      insights: [
        { node: pod('eks', 'shop', 'storefront'), insight: 'exposed-to-internet' },
        { node: image(IMAGES.storefront), insight: 'vulnerable-to-rce' },
      ],
      edges: [{ from: pod('eks', 'shop', 'storefront'), to: image(IMAGES.storefront), kind: 'is-running' }],
    },
    control: {
      id: 'k8s-exposed-pod-rce-eks-control',
      description: 'shop/storefront-canary: the same image.',
      nodes: [pod('eks', 'shop', 'storefront-canary')],
      whyNot: 'only a ClusterIP service selects it',
      mustNot: { notExposed: [pod('eks', 'shop', 'storefront-canary')] },
    },
  },
  {
    id: 'k8s-privileged-pod-node-role-eks',
    family: 'container-to-cloud',
    title: 'Exposed privileged pod escapes to its node and uses the node role to read sensitive data',
    description:
      'ops/log-shipper is exposed (LoadBalancer 6514), vulnerable (curl CVE-2023-38545), privileged with hostPID and the node root mounted; its node (providerID → EC2 instance) has the instance profile ridgeline-eks-node-role, which may read ridgeline-prod-customer-pii.',
    nodes: [
      pod('eks', 'ops', 'log-shipper'),
      k8sNode('eks', eksNode(1).name),
      n(prodInstanceArn(eksNode(1).spec), `EC2 EKS node ${eksNode(1).name}`),
      profile(P, 'ridgeline-eks-node-profile'),
      role(P, 'ridgeline-eks-node-role'),
      s3(BUCKETS.pii),
    ],
    names: {},
    expect: {
      exposure: { node: pod('eks', 'ops', 'log-shipper'), ports: [6514], width: wide },
      insights: [
        { node: pod('eks', 'ops', 'log-shipper'), insight: 'privileged-container' },
        { node: pod('eks', 'ops', 'log-shipper'), insight: 'uses-host-pid' },
        { node: pod('eks', 'ops', 'log-shipper'), insight: 'mounts-host-path' },
        { node: image(IMAGES.logShipper), insight: 'vulnerable-to-rce' },
      ],
      edges: [{ from: pod('eks', 'ops', 'log-shipper'), to: k8sNode('eks', eksNode(1).name), kind: 'runs-on' }],
      attackPath: { entry: pod('eks', 'ops', 'log-shipper'), target: s3(BUCKETS.pii), via: [k8sNode('eks', eksNode(1).name), role(P, 'ridgeline-eks-node-role')] },
    },
    control: {
      id: 'k8s-privileged-pod-node-role-eks-control',
      description: 'ops/log-shipper-restricted: same image, exposed the same way, on a node with the same role.',
      nodes: [pod('eks', 'ops', 'log-shipper-restricted')],
      whyNot: 'it runs non-root, without privileges, host namespaces or host paths: no escape to the node',
      mustNot: {
        insights: [{ node: pod('eks', 'ops', 'log-shipper-restricted'), insight: 'privileged-container' }],
        attackPath: { entry: pod('eks', 'ops', 'log-shipper-restricted'), target: s3(BUCKETS.pii) },
      },
    },
  },
  {
    id: 'k8s-service-account-cluster-admin-eks',
    family: 'kubernetes-rbac',
    title: 'Exposed vulnerable pod runs as a service account bound to cluster-admin',
    description: 'ci/deploy-agent is exposed (LoadBalancer 443) and vulnerable (spring4shell); its service account ci/deployer is bound to cluster-admin by ClusterRoleBinding ci-deployer-admin.',
    nodes: [pod('eks', 'ci', 'deploy-agent'), k8sSa('eks', 'ci', 'deployer'), eksCluster],
    names: {},
    expect: {
      exposure: { node: pod('eks', 'ci', 'deploy-agent'), ports: [443], width: wide },
      insights: [{ node: k8sSa('eks', 'ci', 'deployer'), insight: 'has-admin-permissions' }],
      attackPath: { entry: pod('eks', 'ci', 'deploy-agent'), target: eksCluster, via: [k8sSa('eks', 'ci', 'deployer')] },
    },
    control: {
      id: 'k8s-service-account-cluster-admin-eks-control',
      description: 'ci/status-page: same image, exposed the same way.',
      nodes: [pod('eks', 'ci', 'status-page'), k8sSa('eks', 'ci', 'viewer')],
      whyNot: 'its service account ci/viewer is bound to the read-only view ClusterRole',
      mustNot: { insights: [{ node: k8sSa('eks', 'ci', 'viewer'), insight: 'has-admin-permissions' }], attackPath: { entry: pod('eks', 'ci', 'status-page'), target: eksCluster } },
    },
  },
  {
    id: 'k8s-irsa-to-sensitive-bucket-eks',
    family: 'container-to-cloud',
    title: 'Exposed vulnerable pod assumes an IAM role through IRSA and reads sensitive data',
    description: 'payments/payments-api is exposed and vulnerable; its service account is annotated with payments-irsa, whose trust admits exactly system:serviceaccount:payments:payments-api from the cluster OIDC provider; the role reads ridgeline-prod-payments-archive.',
    nodes: [pod('eks', 'payments', 'payments-api'), k8sSa('eks', 'payments', 'payments-api'), role(P, 'payments-irsa'), s3(BUCKETS.paymentsArchive)],
    names: {},
    expect: {
      exposure: { node: pod('eks', 'payments', 'payments-api'), ports: [443], width: wide },
      edges: [{ from: k8sSa('eks', 'payments', 'payments-api'), to: role(P, 'payments-irsa'), kind: 'can-assume' }],
      attackPath: { entry: pod('eks', 'payments', 'payments-api'), target: s3(BUCKETS.paymentsArchive), via: [k8sSa('eks', 'payments', 'payments-api'), role(P, 'payments-irsa')] },
    },
    control: {
      id: 'k8s-irsa-to-sensitive-bucket-eks-control',
      description: 'payments/payments-batch: same image and exposure; its service account is annotated with payments-batch-irsa, which has the same permissions.',
      nodes: [pod('eks', 'payments', 'payments-batch'), k8sSa('eks', 'payments', 'payments-batch'), role(P, 'payments-batch-irsa')],
      whyNot: 'the role trust only admits system:serviceaccount:payments:payments-reconciler, not payments-batch',
      mustNot: {
        edges: [{ from: k8sSa('eks', 'payments', 'payments-batch'), to: role(P, 'payments-batch-irsa'), kind: 'can-assume' }],
        attackPath: { entry: pod('eks', 'payments', 'payments-batch'), target: s3(BUCKETS.paymentsArchive) },
      },
    },
  },
  {
    id: 'k8s-privileged-pod-kubelet-identity-aks',
    family: 'container-to-cloud',
    title: 'Exposed privileged pod escapes to its AKS node and uses the kubelet identity to read sensitive data',
    description: 'tools/debug-console is exposed, vulnerable and privileged (hostPID, host root mounted); its node is a scale-set instance whose kubelet identity is Storage Blob Data Reader on stridgelineorders (confidential, critical).',
    nodes: [pod('aks', 'tools', 'debug-console'), k8sNode('aks', aksNode(0).name), az(aksNode(0).vmId, `VMSS instance ${aksNode(0).name}`), azMi(MI.kubelet), azStorage(STORAGE.orders)],
    names: {},
    expect: {
      exposure: { node: pod('aks', 'tools', 'debug-console'), ports: [443], width: wide },
      insights: [
        { node: pod('aks', 'tools', 'debug-console'), insight: 'privileged-container' },
        { node: azStorage(STORAGE.orders), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: pod('aks', 'tools', 'debug-console'), target: azStorage(STORAGE.orders), via: [k8sNode('aks', aksNode(0).name), azMi(MI.kubelet)] },
    },
    control: {
      id: 'k8s-privileged-pod-kubelet-identity-aks-control',
      description: 'tools/debug-console-safe: same image and exposure, on a node with the same kubelet identity.',
      nodes: [pod('aks', 'tools', 'debug-console-safe')],
      whyNot: 'it runs hardened (non-root, no privileges, no host namespaces or paths)',
      mustNot: {
        insights: [{ node: pod('aks', 'tools', 'debug-console-safe'), insight: 'privileged-container' }],
        attackPath: { entry: pod('aks', 'tools', 'debug-console-safe'), target: azStorage(STORAGE.orders) },
      },
    },
  },
  {
    id: 'k8s-workload-identity-aks',
    family: 'container-to-cloud',
    title: 'Exposed vulnerable pod uses Azure workload identity to read a key vault',
    description: 'checkout/checkout-api is exposed and vulnerable; its service account carries azure.workload.identity/client-id of id-checkout (federated for system:serviceaccount:checkout:checkout-api), which is Key Vault Secrets User on kv-ridgeline-payments.',
    nodes: [pod('aks', 'checkout', 'checkout-api'), k8sSa('aks', 'checkout', 'checkout-api'), azMi(MI.checkout), azKv(KEY_VAULTS.payments)],
    names: {},
    expect: {
      edges: [{ from: k8sSa('aks', 'checkout', 'checkout-api'), to: azMi(MI.checkout), kind: 'can-assume' }],
      attackPath: { entry: pod('aks', 'checkout', 'checkout-api'), target: azKv(KEY_VAULTS.payments), via: [k8sSa('aks', 'checkout', 'checkout-api'), azMi(MI.checkout)] },
    },
    control: {
      id: 'k8s-workload-identity-aks-control',
      description: 'checkout/checkout-worker: same image and exposure, workload identity id-checkout-worker.',
      nodes: [pod('aks', 'checkout', 'checkout-worker'), azMi(MI.checkoutWorker)],
      whyNot: 'id-checkout-worker is only Reader of the shop resource group: no key vault data access',
      mustNot: { attackPath: { entry: pod('aks', 'checkout', 'checkout-worker'), target: azKv(KEY_VAULTS.payments) } },
    },
  },
  {
    id: 'k8s-workload-identity-gke',
    family: 'container-to-cloud',
    title: 'Exposed vulnerable pod impersonates a Google service account through workload identity',
    description: 'analytics/report-builder (multi-document YAML manifest) is exposed and vulnerable; its service account is annotated with report-builder@, whose IAM policy grants roles/iam.workloadIdentityUser to ridgeline-prod.svc.id.goog[analytics/report-builder]; that account reads ridgeline-prod-customer-exports.',
    nodes: [pod('gke', 'analytics', 'report-builder'), k8sSa('gke', 'analytics', 'report-builder'), gsa(SA.reportBuilder), gcs(GCS.customerExports)],
    names: {},
    expect: {
      edges: [{ from: k8sSa('gke', 'analytics', 'report-builder'), to: gsa(SA.reportBuilder), kind: 'can-assume' }],
      attackPath: { entry: pod('gke', 'analytics', 'report-builder'), target: gcs(GCS.customerExports), via: [k8sSa('gke', 'analytics', 'report-builder'), gsa(SA.reportBuilder)] },
    },
    control: {
      id: 'k8s-workload-identity-gke-control',
      description: 'analytics/report-viewer: same image and exposure; annotated with report-viewer@, which reads the same bucket.',
      nodes: [pod('gke', 'analytics', 'report-viewer'), k8sSa('gke', 'analytics', 'report-viewer'), gsa(SA.reportViewer)],
      whyNot: 'report-viewer@ grants workloadIdentityUser to [analytics/report-exporter], not to this service account',
      mustNot: {
        edges: [{ from: k8sSa('gke', 'analytics', 'report-viewer'), to: gsa(SA.reportViewer), kind: 'can-assume' }],
        attackPath: { entry: pod('gke', 'analytics', 'report-viewer'), target: gcs(GCS.customerExports) },
      },
    },
  },
  {
    id: 'k8s-privileged-pod-node-sa-gke',
    family: 'container-to-cloud',
    title: 'Exposed privileged pod escapes to its GKE node and uses the node service account to read sensitive data',
    description: 'ingress/edge-proxy is exposed, vulnerable and privileged; its node (providerID → GCE instance) runs as gke-nodes@, which reads ridgeline-prod-ml-training (confidential).',
    nodes: [pod('gke', 'ingress', 'edge-proxy'), k8sNode('gke', gkeNode(0).name), gce(gkeNode(0).name), gsa(SA.gkeNodes), gcs(GCS.mlTraining)],
    names: {},
    expect: {
      exposure: { node: pod('gke', 'ingress', 'edge-proxy'), ports: [443], width: wide },
      insights: [{ node: pod('gke', 'ingress', 'edge-proxy'), insight: 'privileged-container' }],
      attackPath: { entry: pod('gke', 'ingress', 'edge-proxy'), target: gcs(GCS.mlTraining), via: [k8sNode('gke', gkeNode(0).name), gsa(SA.gkeNodes)] },
    },
    control: {
      id: 'k8s-privileged-pod-node-sa-gke-control',
      description: 'ingress/edge-proxy-restricted: same image and exposure.',
      nodes: [pod('gke', 'ingress', 'edge-proxy-restricted')],
      whyNot: 'it runs hardened: no privileges, host namespaces or host paths',
      mustNot: {
        insights: [{ node: pod('gke', 'ingress', 'edge-proxy-restricted'), insight: 'privileged-container' }],
        attackPath: { entry: pod('gke', 'ingress', 'edge-proxy-restricted'), target: gcs(GCS.mlTraining) },
      },
    },
  },
  {
    id: 'gcp-vm-exposed-rce-sensitive-bucket',
    family: 'gcp-vm',
    templates: [30, 31],
    title: 'Internet exposed VM instance with high severity vulnerabilities has read permissions to a data store with sensitive data',
    description: 'web-frontend-1 has an external IP, firewall allow-web-any opens 80/443/8080 to 0.0.0.0/0 for tag web, CVE-2021-42013 on disk; its service account web-frontend@ is objectViewer on ridgeline-prod-customer-exports (confidential).',
    nodes: [gce(INSTANCES.webFrontend1.name), fw('allow-web-any'), gsa(SA.webFrontend), gcs(GCS.customerExports)],
    names: {},
    expect: {
      exposure: { node: gce(INSTANCES.webFrontend1.name), ports: [80, 443, 8080], width: wide },
      insights: [
        { node: gce(INSTANCES.webFrontend1.name), insight: 'vulnerable-to-rce' },
        { node: gcs(GCS.customerExports), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: gce(INSTANCES.webFrontend1.name), target: gcs(GCS.customerExports), via: [gsa(SA.webFrontend)] },
    },
    control: {
      id: 'gcp-vm-exposed-rce-sensitive-bucket-control',
      description: 'web-frontend-2: same tags, firewall, image and service account.',
      nodes: [gce(INSTANCES.webFrontend2.name)],
      whyNot: 'it has no access config (no external IP)',
      mustNot: { notExposed: [gce(INSTANCES.webFrontend2.name)], attackPath: { entry: gce(INSTANCES.webFrontend2.name), target: gcs(GCS.customerExports) } },
    },
  },
  {
    id: 'gcp-vm-exposed-default-sa-project-editor',
    family: 'gcp-vm',
    templates: [32],
    title: 'Internet exposed VM instance has high severity vulnerabilities and high permission to a project',
    description: 'legacy-cron-1 is open on 22 to the internet and vulnerable; it runs as the default compute service account with the cloud-platform scope, which holds roles/editor on the project.',
    nodes: [gce(INSTANCES.legacyCron1.name), gsa(SA.defaultCompute), gcpProject],
    names: {},
    expect: {
      exposure: { node: gce(INSTANCES.legacyCron1.name), ports: [22], width: wide },
      attackPath: { entry: gce(INSTANCES.legacyCron1.name), target: gcpProject, via: [gsa(SA.defaultCompute)] },
    },
    control: {
      id: 'gcp-vm-exposed-default-sa-project-editor-control',
      description: 'legacy-cron-2: same exposure and vulnerabilities.',
      nodes: [gce(INSTANCES.legacyCron2.name), gsa(SA.cronRunner)],
      whyNot: 'it runs as the dedicated cron-runner@ account, which only writes logs',
      mustNot: { attackPath: { entry: gce(INSTANCES.legacyCron2.name), target: gcpProject } },
    },
  },
  {
    id: 'gcp-cloudsql-open-any-ip',
    family: 'gcp-data',
    title: 'Managed database with excessive internet exposure and sensitive data allows basic authentication',
    description: 'Cloud SQL orders-pg has a public IPv4 address with authorized network 0.0.0.0/0, SSL optional and built-in (password) users; it is labelled confidential.',
    nodes: [n(sqlName(GCP_PROD, CLOUD_SQL.orders), 'Cloud SQL orders-pg')],
    names: {},
    expect: {
      exposure: { node: sqlName(GCP_PROD, CLOUD_SQL.orders), ports: [5432], width: wide },
      insights: [
        { node: sqlName(GCP_PROD, CLOUD_SQL.orders), insight: 'exposed-to-internet' },
        { node: sqlName(GCP_PROD, CLOUD_SQL.orders), insight: 'allows-basic-authentication' },
        { node: sqlName(GCP_PROD, CLOUD_SQL.orders), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: sqlName(GCP_PROD, CLOUD_SQL.orders), target: sqlName(GCP_PROD, CLOUD_SQL.orders) },
    },
    control: {
      id: 'gcp-cloudsql-open-any-ip-control',
      description: 'Cloud SQL analytics-pg: same engine and classification.',
      nodes: [n(sqlName(GCP_PROD, CLOUD_SQL.analytics), 'Cloud SQL analytics-pg')],
      whyNot: 'it has no public IPv4 address (private IP only)',
      mustNot: { notExposed: [sqlName(GCP_PROD, CLOUD_SQL.analytics)] },
    },
  },
  {
    id: 'gcp-bucket-public-sensitive',
    family: 'gcp-data',
    templates: [62],
    title: 'GCP Storage Bucket with sensitive data is publicly accessible',
    description: 'ridgeline-prod-partner-feeds (confidential) grants roles/storage.objectViewer to allUsers.',
    nodes: [gcs(GCS.partnerFeeds)],
    names: {},
    expect: {
      insights: [
        { node: gcs(GCS.partnerFeeds), insight: 'allows-public-access' },
        { node: gcs(GCS.partnerFeeds), insight: 'contains-sensitive-data' },
      ],
      attackPath: { entry: gcs(GCS.partnerFeeds), target: gcs(GCS.partnerFeeds) },
    },
    control: {
      id: 'gcp-bucket-public-sensitive-control',
      description: 'ridgeline-prod-static-site: allUsers objectViewer as well.',
      nodes: [gcs(GCS.staticSite)],
      whyNot: 'it is classified data-classification=public',
      mustNot: { insights: [{ node: gcs(GCS.staticSite), insight: 'contains-sensitive-data' }], attackPath: { entry: gcs(GCS.staticSite), target: gcs(GCS.staticSite) } },
    },
  },
  {
    id: 'serverless-container-app-exposed',
    family: 'serverless-containers',
    title: 'Internet exposed container app with RCE vulnerabilities reads sensitive data through its identity',
    description: 'ca-returns-api has external ingress (443 → 8080), runs returns-api:1.2.0 (spring4shell, Grype report) and its identity id-returns-api is Storage Blob Data Reader on stridgelinereturns (confidential).',
    nodes: [az(containerAppIdOf(CONTAINER_APPS.returnsApi.name), 'container app ca-returns-api'), image(IMAGES.returnsApi), azMi(MI.returnsApi), azStorage(STORAGE.returns)],
    names: {},
    expect: {
      exposure: { node: azureNodeId(containerAppIdOf(CONTAINER_APPS.returnsApi.name)), ports: [443], width: wide },
      insights: [{ node: image(IMAGES.returnsApi), insight: 'vulnerable-to-rce' }],
      attackPath: { entry: azureNodeId(containerAppIdOf(CONTAINER_APPS.returnsApi.name)), target: azStorage(STORAGE.returns), via: [azMi(MI.returnsApi)] },
    },
    control: {
      id: 'serverless-container-app-exposed-control',
      description: 'ca-returns-worker: same image and identity.',
      nodes: [az(containerAppIdOf(CONTAINER_APPS.returnsWorker.name), 'container app ca-returns-worker')],
      whyNot: 'its ingress is internal to the container apps environment',
      mustNot: {
        notExposed: [azureNodeId(containerAppIdOf(CONTAINER_APPS.returnsWorker.name))],
        attackPath: { entry: azureNodeId(containerAppIdOf(CONTAINER_APPS.returnsWorker.name)), target: azStorage(STORAGE.returns) },
      },
    },
  },
  {
    id: 'ai-vm-to-openai',
    family: 'ai',
    title: 'Internet exposed VM with high severity vulnerabilities can call an Azure OpenAI deployment',
    description: 'vm-assistant-01 is open on 443 from Internet with a public IP and vulnerable; its identity id-assistant is Cognitive Services OpenAI User on oai-ridgeline-assistant (confidential grounding data, key auth still enabled).',
    nodes: [azVm(VMS.assistant01), azMi(MI.assistant), az(openAiId, 'Azure OpenAI oai-ridgeline-assistant')],
    names: {},
    expect: {
      exposure: { node: azVm(VMS.assistant01), ports: [443], width: wide },
      insights: [{ node: azVm(VMS.assistant01), insight: 'vulnerable-to-rce' }],
      attackPath: { entry: azVm(VMS.assistant01), target: azureNodeId(openAiId), via: [azMi(MI.assistant)] },
    },
    control: {
      id: 'ai-vm-to-openai-control',
      description: 'vm-assistant-02: same exposure and vulnerabilities.',
      nodes: [azVm(VMS.assistant02), azMi(MI.assistantDr)],
      whyNot: 'its identity id-assistant-dr has only Monitoring Reader on the resource group',
      mustNot: { attackPath: { entry: azVm(VMS.assistant02), target: azureNodeId(openAiId) } },
    },
  },
]

/** Every string in `value` that is a registered node id. */
function mentioned(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (names.has(value)) out.add(value)
  } else if (Array.isArray(value)) {
    for (const item of value) mentioned(item, out)
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) mentioned(item, out)
  }
  return out
}

export function plantedTruth(): DemoExpected {
  const items = ITEMS.map((item) => {
    const ids = [...mentioned(item, new Set<string>())].sort()
    return { ...item, names: Object.fromEntries(ids.map((id) => [id, names.get(id) ?? id])) }
  })
  return {
    generator: 'skyhound-demo',
    schemaVersion: 1,
    company: COMPANY.name,
    scopes: { ...SCOPES },
    outsideEstate: { [awsExternal]: names.get(awsExternal) ?? awsExternal },
    families: { ...DEMO_FAMILIES },
    items,
  }
}
