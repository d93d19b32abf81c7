/**
 * Benchmarks of the cloud-permissions and kubernetes-escape analyses on a generated graph shaped like
 * the Azure, GCP and Kubernetes adapters' output (seeded, deterministic): a third of the resources
 * each, role assignments and IAM bindings at every level of the hierarchy, RBAC bindings, pods with a
 * share of privileged ones. Reports time, heap growth and output size per analysis.
 */
import { GraphBuilder } from '../../src/graph/graph-builder.js'
import type { EdgeInput, JsonObject, NodeInput } from '../../src/model/graph-types.js'
import { cloudPermissionsAnalysis } from '../../src/analyses/cloud-permissions/cloud-permissions.js'
import { kubernetesEscapeAnalysis } from '../../src/analyses/kubernetes-escape/kubernetes-escape.js'

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`
const ROLES = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  blob: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  kv: '4633458b-17de-408a-b874-0445c86b69e6',
}

export interface CloudAnalysesBenchOptions {
  readonly resources: number
}

export function benchCloudAnalyses(o: CloudAnalysesBenchOptions): Record<string, number> {
  const random = mulberry32(11)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const nodes: NodeInput[] = []
  const edges: EdgeInput[] = []
  const contains = (from: string, to: string): void => void edges.push({ from, to, kind: 'contains' })
  const third = Math.floor(o.resources / 3)

  // ---- Azure: 1 management group, subscriptions of 2,000 resources, 20 resource groups each.
  const mg = '/providers/microsoft.management/managementgroups/mg-root'
  nodes.push({ id: mg, kind: 'azure.management.managementgroup', family: 'organization', provider: 'azure' })
  const identities: { id: string; principalId: string }[] = []
  const subscriptions = Math.max(1, Math.floor(third / 2000))
  let azureCount = 0
  let assignment = 0
  const assign = (scope: string, role: string, principal: { id: string; principalId: string }, subscription: string): void => {
    const id = `${scope}/providers/microsoft.authorization/roleassignments/a-${assignment++}`
    nodes.push({ id, kind: 'azure.authorization.roleassignment', family: 'policy', provider: 'azure', scope: subscription, props: { principalId: principal.principalId, scope, roleDefinitionId: `/providers/microsoft.authorization/roledefinitions/${role}`, roleDefinitionGuid: role } })
    edges.push({ from: id, to: principal.id, kind: 'attached-to', props: { role: 'principal' } })
  }
  for (let s = 0; s < subscriptions && azureCount < third; s++) {
    const sub = `/subscriptions/00000000-0000-4000-8000-${String(s).padStart(12, '0')}`
    nodes.push({ id: sub, kind: 'azure.resources.subscription', family: 'account', provider: 'azure', scope: sub })
    contains(mg, sub)
    for (let g = 0; g < 20; g++) {
      const rg = `${sub}/resourcegroups/rg-${g}`
      nodes.push({ id: rg, kind: 'azure.resources.resourcegroup', family: 'resource-group', provider: 'azure', scope: sub })
      contains(sub, rg)
      for (let r = 0; r < 100; r++, azureCount++) {
        const roll = random()
        const [type, kind, family] =
          roll < 0.2 ? ['microsoft.storage/storageaccounts', 'azure.storage.storageaccount', 'object-storage'] as const
            : roll < 0.3 ? ['microsoft.keyvault/vaults', 'azure.keyvault.vault', 'secret-store'] as const
              : roll < 0.5 ? ['microsoft.compute/virtualmachines', 'azure.compute.virtualmachine', 'vm'] as const
                : roll < 0.6 ? ['microsoft.managedidentity/userassignedidentities', 'azure.managedidentity.userassignedidentity', 'identity'] as const
                  : ['microsoft.network/networkinterfaces', 'azure.network.networkinterface', 'network-interface'] as const
        const id = `${rg}/providers/${type}/r-${r}`
        const props: JsonObject = { armType: type }
        if (kind === 'azure.managedidentity.userassignedidentity') {
          const principalId = `p-${s}-${g}-${r}`
          props['principalId'] = principalId
          identities.push({ id, principalId })
        }
        if (kind === 'azure.keyvault.vault') props['rbacAuthorization'] = true
        nodes.push({ id, kind, family, provider: 'azure', scope: sub, props })
        contains(rg, id)
        if (kind === 'azure.compute.virtualmachine' && identities.length > 0) edges.push({ from: id, to: pick(identities).id, kind: 'can-authenticate-as' })
        // 2% of resources carry a resource-scoped data role.
        if (identities.length > 0 && random() < 0.02) assign(id, kind === 'azure.keyvault.vault' ? ROLES.kv : ROLES.blob, pick(identities), sub)
      }
      if (identities.length > 0) {
        assign(rg, pick([ROLES.reader, ROLES.contributor]), pick(identities), sub)
      }
    }
    for (let a = 0; a < 5 && identities.length > 0; a++) assign(sub, pick([ROLES.owner, ROLES.reader, ROLES.reader, ROLES.contributor]), pick(identities), sub)
  }

  // ---- GCP: one organization, projects of 2,000 resources, bindings on projects and 2% of resources.
  const org = '//cloudresourcemanager.googleapis.com/organizations/1'
  nodes.push({ id: org, kind: 'gcp.resourcemanager.organization', family: 'organization', provider: 'gcp', props: { iamBindings: [{ role: 'roles/viewer', members: ['group:auditors@example.com'] }] } })
  const projects = Math.max(1, Math.floor(third / 2000))
  let gcpCount = 0
  for (let p = 0; p < projects && gcpCount < third; p++) {
    const projectId = `proj-${p}`
    const project = `//cloudresourcemanager.googleapis.com/projects/${100000 + p}`
    const accounts: string[] = []
    for (let a = 0; a < 40; a++) {
      const email = `sa-${a}@${projectId}.iam.gserviceaccount.com`
      const id = `//iam.googleapis.com/projects/${projectId}/serviceAccounts/${email}`
      accounts.push(email)
      nodes.push({ id, kind: 'gcp.iam.serviceaccount', family: 'identity', provider: 'gcp', scope: project, props: { email, projectId, ...(a % 10 === 0 ? { iamBindings: [{ role: 'roles/iam.serviceAccountTokenCreator', members: [`serviceAccount:${accounts[0]!}`] }] } : {}) } })
      contains(project, id)
      gcpCount++
    }
    nodes.push({
      id: project,
      kind: 'gcp.resourcemanager.project',
      family: 'account',
      provider: 'gcp',
      scope: project,
      props: {
        projectId,
        iamBindings: [
          { role: 'roles/owner', members: [`serviceAccount:${accounts[1]!}`, 'user:admin@example.com'] },
          { role: 'roles/editor', members: [`serviceAccount:${accounts[2]!}`] },
          { role: 'roles/storage.objectViewer', members: accounts.slice(3, 8).map((e) => `serviceAccount:${e}`) },
          { role: 'roles/logging.logWriter', members: accounts.map((e) => `serviceAccount:${e}`) },
        ],
      },
    })
    contains(org, project)
    for (let r = 0; r < 1960 && gcpCount < third; r++, gcpCount++) {
      const roll = random()
      const [kind, family, id] =
        roll < 0.3 ? ['gcp.storage.bucket', 'object-storage', `//storage.googleapis.com/${projectId}-b-${r}`] as const
          : roll < 0.4 ? ['gcp.secretmanager.secret', 'secret', `//secretmanager.googleapis.com/projects/${100000 + p}/secrets/s-${r}`] as const
            : roll < 0.7 ? ['gcp.compute.instance', 'vm', `//compute.googleapis.com/projects/${projectId}/zones/europe-west1-b/instances/i-${r}`] as const
              : ['gcp.compute.disk', 'disk', `//compute.googleapis.com/projects/${projectId}/zones/europe-west1-b/disks/d-${r}`] as const
      const props: JsonObject = random() < 0.02 ? { iamBindings: [{ role: 'roles/storage.objectAdmin', members: [`serviceAccount:${pick(accounts)}`] }] } : {}
      nodes.push({ id, kind, family, provider: 'gcp', scope: project, props })
      contains(project, id)
      if (kind === 'gcp.compute.instance') edges.push({ from: id, to: `//iam.googleapis.com/projects/${projectId}/serviceAccounts/${pick(accounts)}`, kind: 'can-authenticate-as' })
    }
  }

  // ---- Kubernetes: clusters of ~20,000 objects, 50 namespaces, pods, service accounts, secrets, RBAC.
  const clusters = Math.max(1, Math.floor(third / 20000))
  let k8sCount = 0
  for (let c = 0; c < clusters && k8sCount < third; c++) {
    const cluster = `c-${c}`
    const cid = `k8s://${cluster}`
    nodes.push({ id: cid, kind: 'k8s.cluster', family: 'k8s-cluster', provider: 'kubernetes', scope: cid, props: { clusterName: cluster } })
    const base = (ns: string | undefined, kind: string, name: string): string => `k8s://${cluster}/${ns ?? '_'}/${kind}/${name}`
    const k8s = (ns: string | undefined, kind: string, k: string, family: NodeInput['family'], name: string, props: JsonObject, tags?: Record<string, string>): string => {
      const id = base(ns, kind, name)
      nodes.push({ id, kind: k, family, provider: 'kubernetes', scope: cid, name: ns === undefined ? name : `${ns}/${name}`, props: { cluster, ...(ns === undefined ? {} : { namespace: ns }), ...props }, ...(tags === undefined ? {} : { tags }) })
      contains(ns === undefined ? cid : base(undefined, 'namespace', ns), id)
      k8sCount++
      return id
    }
    for (let n = 0; n < 50; n++) k8s(undefined, 'node', 'k8s.node', 'k8s-node', `node-${n}`, {})
    k8s(undefined, 'clusterrolebinding', 'k8s.clusterrolebinding', 'k8s-rbac', 'admins', { roleRef: { kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'Group', name: 'system:masters', id: base(undefined, 'group', 'system:masters') }] })
    nodes.push({ id: base(undefined, 'group', 'system:masters'), kind: 'k8s.group', family: 'group', provider: 'kubernetes', scope: cid, name: 'system:masters', props: { cluster } })
    const perNamespace = Math.floor(20000 / 50)
    for (let s = 0; s < 50; s++) {
      const ns = `ns-${s}`
      nodes.push({ id: base(undefined, 'namespace', ns), kind: 'k8s.namespace', family: 'k8s-namespace', provider: 'kubernetes', scope: cid, name: ns, props: { cluster } })
      contains(cid, base(undefined, 'namespace', ns))
      const accounts = Array.from({ length: 10 }, (_, a) => k8s(ns, 'serviceaccount', 'k8s.serviceaccount', 'identity', `sa-${a}`, {}))
      k8s(ns, 'role', 'k8s.role', 'role-definition', 'deployer', { rules: [{ apiGroups: ['', 'apps'], resources: ['pods', 'deployments', 'secrets'], verbs: ['get', 'list', 'create'] }] })
      k8s(ns, 'rolebinding', 'k8s.rolebinding', 'k8s-rbac', 'deployer', { roleRef: { kind: 'Role', name: 'deployer' }, roleRefId: base(ns, 'role', 'deployer'), subjects: [{ kind: 'ServiceAccount', name: 'sa-0', namespace: ns, id: accounts[0]! }] })
      k8s(ns, 'rolebinding', 'k8s.rolebinding', 'k8s-rbac', 'viewers', { roleRef: { kind: 'ClusterRole', name: 'view' }, subjects: [{ kind: 'ServiceAccount', name: 'sa-1', namespace: ns, id: accounts[1]! }] })
      k8s(ns, 'service', 'k8s.service', 'k8s-service', 'web', { selector: { app: 'web' }, ports: [{ port: 443, targetPort: 8443, protocol: 'TCP' }] })
      k8s(ns, 'networkpolicy', 'k8s.networkpolicy', 'network-security-group', 'default-deny', { podSelector: {}, policyTypes: ['Ingress'], ingress: [] })
      for (let i = 0; i < 20; i++) k8s(ns, 'secret', 'k8s.secret', 'secret', `secret-${i}`, { type: 'Opaque' })
      for (let i = 0; k8sCount < third && i < perNamespace - 35; i++) {
        const privileged = random() < 0.02
        const sa = pick(accounts)
        const pod = k8s(ns, 'pod', 'k8s.pod', 'pod', `pod-${i}`, {
          serviceAccountName: sa.split('/').pop()!,
          nodeName: `node-${i % 50}`,
          privileged,
          hostPID: privileged,
          hostNetwork: false,
          hostPathVolumes: privileged ? [{ name: 'root', path: '/' }] : [],
          containers: [{ name: 'app', privileged, capabilitiesAdd: [], ports: [{ containerPort: 8443 }] }],
        }, { app: i % 5 === 0 ? 'web' : 'worker' })
        edges.push({ from: pod, to: sa, kind: 'can-authenticate-as' }, { from: pod, to: base(undefined, 'node', `node-${i % 50}`), kind: 'runs-on' })
      }
    }
  }

  const builder = new GraphBuilder()
  builder.addFragment({ nodes, edges })
  const { graph } = builder.build()
  const resources = nodes.length
  nodes.length = 0
  edges.length = 0
  const result: Record<string, number> = { nodes: graph.nodeCount, edges: graph.edgeCount, azure: azureCount, gcp: gcpCount, kubernetes: k8sCount }
  for (const analysis of [cloudPermissionsAnalysis, kubernetesEscapeAnalysis]) {
    global.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    const t0 = performance.now()
    const cpu0 = process.cpuUsage()
    const derivation = analysis.run(graph, { options: {} })
    const cpu = process.cpuUsage(cpu0)
    const ms = performance.now() - t0
    const cpuMs = (cpu.user + cpu.system) / 1000
    const heapAfter = process.memoryUsage().heapUsed
    const out = derivation.edges?.length ?? 0
    result[`${analysis.id}.ms`] = Math.round(ms)
    result[`${analysis.id}.cpuMs`] = Math.round(cpuMs)
    result[`${analysis.id}.edges`] = out
    result[`${analysis.id}.insights`] = derivation.insights?.length ?? 0
    console.log(
      `${analysis.id}: ${resources} nodes (azure ${azureCount}, gcp ${gcpCount}, kubernetes ${k8sCount}) → ${out} edges, ` +
        `${derivation.insights?.length ?? 0} insights in ${Math.round(ms)} ms (cpu ${Math.round(cpuMs)} ms), heap +${mb(heapAfter - heapBefore)} (rss ${mb(process.memoryUsage().rss)})`,
    )
  }
  return result
}
