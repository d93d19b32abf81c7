/**
 * @module Kubernetes RBAC effective permissions. Each RoleBinding grants its role in its namespace,
 * each ClusterRoleBinding cluster-wide, to users, groups and service accounts. Output:
 * - `has-permission-to` subject → namespace or cluster node (level from the verbs; admin for `*` on `*`
 *   and for the escalation verbs bind/escalate/impersonate), and → each Secret it may read or write;
 * - `has-admin-permissions` for cluster-wide admin equivalents (cluster-admin, impersonating
 *   system:masters or users, bind or escalate on cluster roles);
 * - `can-assume` subject → service accounts whose tokens it can obtain: create pods or workloads in
 *   their namespace, exec into their pods, read their token secrets, request tokens, impersonate;
 * - `member-of` service accounts and users → the implicit groups bindings name
 *   (`system:serviceaccounts[:<ns>]`, `system:authenticated`), so group grants reach their members.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { Evidence, JsonObject } from '../../../model/graph-types.js'
import type { DerivationSink } from '../derivation-sink.js'
import { nodeEvidence, outTargets } from '../graph-walk.js'
import { obj, objects, str } from '../json-read.js'
import { K8sIndex } from './k8s-index.js'
import { RoleRules } from './k8s-role-rules.js'
import type { Request, Rule } from './k8s-rules.js'
import { allowedNames, escalation, ruleActions, rulesAllow, rulesLevel } from './k8s-rules.js'

/** Resources every authenticated user may touch by default (and discovery URLs): no permission worth an edge. */
const HARMLESS = new Set(['selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'selfsubjectreviews'])
const WORKLOAD_CREATES: readonly Omit<Request, 'verb'>[] = [
  { group: '', resource: 'pods' },
  { group: 'apps', resource: 'deployments' },
  { group: 'apps', resource: 'daemonsets' },
  { group: 'apps', resource: 'statefulsets' },
  { group: 'apps', resource: 'replicasets' },
  { group: 'batch', resource: 'jobs' },
  { group: 'batch', resource: 'cronjobs' },
  { group: '', resource: 'replicationcontrollers' },
]
const SA_USER = /^system:serviceaccount:([^:]+):(.+)$/

interface Binding {
  readonly node: number
  readonly id: string
  readonly cluster: string
  /** Undefined for a ClusterRoleBinding. */
  readonly namespace: string | undefined
  readonly roleLabel: string
  readonly rules: readonly Rule[]
  readonly subjects: readonly number[]
}

export interface K8sRbacSummary {
  readonly bindings: number
  readonly unresolvedRoles: number
  readonly missingSubjects: number
}

export class K8sRbac {
  private readonly index: K8sIndex
  private readonly roles: RoleRules
  private readonly valuable = new Set<number>()
  private readonly admins = new Map<number, { params: JsonObject; evidence: Evidence }[]>()
  unresolvedRoles = 0
  missingSubjects = 0

  constructor(private readonly graph: GraphView, private readonly sink: DerivationSink) {
    this.index = new K8sIndex(graph)
    this.roles = new RoleRules(graph)
  }

  run(): K8sRbacSummary {
    const bindings = this.readBindings()
    for (const b of bindings) for (const s of b.subjects) if (this.graph.nodeKind(s) === 'k8s.serviceaccount') this.valuable.add(s)
    for (const node of this.graph.nodesOfKind('k8s.serviceaccount')) {
      const props = this.graph.nodeProps(node)
      if (props['awsRoleArn'] !== undefined || props['gcpServiceAccount'] !== undefined || props['azureClientId'] !== undefined) this.valuable.add(node)
    }
    for (const binding of bindings) this.grant(binding)
    this.groupMembership()
    return { bindings: bindings.length, unresolvedRoles: this.unresolvedRoles, missingSubjects: this.missingSubjects }
  }

  private subjectNode(cluster: string, subject: JsonObject): number | undefined {
    const kind = str(subject['kind'])
    const name = str(subject['name']) ?? ''
    const sa = kind === 'User' ? SA_USER.exec(name) : null
    if (sa !== null) return this.index.serviceAccount(cluster, sa[1]!, sa[2]!)
    const id = str(subject['id'])
    return id === undefined ? undefined : this.graph.indexOf(id)
  }

  private readBindings(): Binding[] {
    const g = this.graph
    const out: Binding[] = []
    for (const kind of ['k8s.clusterrolebinding', 'k8s.rolebinding']) {
      for (const node of g.nodesOfKind(kind)) {
        const props = g.nodeProps(node)
        const cluster = str(props['cluster'])
        if (cluster === undefined) continue
        const roleRef = obj(props['roleRef']) ?? {}
        const roleKind = str(roleRef['kind']) ?? 'ClusterRole'
        const roleName = str(roleRef['name'])
        const role = this.roles.resolve(str(props['roleRefId']), roleKind, roleName)
        if (role === undefined) {
          this.unresolvedRoles++
          continue
        }
        const subjects: number[] = []
        for (const subject of objects(props['subjects'])) {
          const subjectNode = this.subjectNode(cluster, subject)
          if (subjectNode === undefined) this.missingSubjects++
          else subjects.push(subjectNode)
        }
        out.push({
          node,
          id: g.nodeId(node),
          cluster,
          namespace: kind === 'k8s.rolebinding' ? str(props['namespace']) ?? 'default' : undefined,
          roleLabel: `${roleKind} ${roleName ?? '?'}${role.source === 'default' ? ' (default role)' : ''}${role.aggregated.length > 0 ? ` aggregating ${role.aggregated.length}` : ''}`,
          rules: role.rules.filter((r) => (r.resources.length > 0 && !r.resources.every((res) => HARMLESS.has(res))) || r.nonResourceURLs.includes('*')),
          subjects,
        })
      }
    }
    return out
  }

  private grant(b: Binding): void {
    const g = this.graph
    const scopeNode = b.namespace === undefined ? this.index.clusterNode(b.cluster) : this.index.namespaceNode(b.cluster, b.namespace)
    const level = rulesLevel(b.rules)
    const actions = b.rules.flatMap(ruleActions)
    const evidence = nodeEvidence(g, b.node, `${b.id} binds ${b.roleLabel}${b.namespace === undefined ? ' cluster-wide' : ` in namespace ${b.namespace}`}`)
    const via = b.id
    const takeover = escalation(b.rules)
    for (const subject of b.subjects) {
      if (scopeNode !== undefined && level !== undefined) {
        this.sink.permission({ from: subject, to: scopeNode, level, actions, via, evidence })
      }
      this.secrets(b, subject, evidence)
      if (b.namespace === undefined && takeover !== undefined) {
        const params = { scope: g.nodeId(this.index.clusterNode(b.cluster) ?? b.node), via, method: takeover }
        this.sink.insight(subject, 'has-admin-permissions', params, evidence)
        this.admins.set(subject, [...(this.admins.get(subject) ?? []), { params, evidence }])
      }
      this.hops(b, subject, evidence)
    }
  }

  private secrets(b: Binding, subject: number, evidence: Evidence): void {
    const readNames = this.names(b.rules, ['get', 'list', 'watch'], { group: '', resource: 'secrets' })
    const writeNames = this.names(b.rules, ['update', 'patch', 'delete'], { group: '', resource: 'secrets' })
    if (readNames === null && writeNames === null) return
    for (const secret of this.index.inScope('k8s.secret', b.cluster, b.namespace)) {
      const name = str(this.graph.nodeProps(secret)['name']) ?? this.graph.nodeName(secret).split('/').pop() ?? ''
      const read = readNames !== null && (readNames === undefined || readNames.has(name))
      const write = writeNames !== null && (writeNames === undefined || writeNames.has(name))
      if (!read && !write) continue
      const verbs = [...(read ? ['get secrets'] : []), ...(write ? ['update secrets'] : [])]
      this.sink.permission({ from: subject, to: secret, level: write ? 'write' : 'read', actions: verbs, via: b.id, evidence })
    }
  }

  /** Names allowed for any of `verbs`: `undefined` = all objects, `null` = none, else the set. */
  private names(rules: readonly Rule[], verbs: readonly string[], target: Omit<Request, 'verb'>): Set<string> | undefined | null {
    const all = new Set<string>()
    let granted = false
    for (const verb of verbs) {
      const names = allowedNames(rules, { ...target, verb })
      if (names === undefined) return undefined
      if (names.size > 0) granted = true
      for (const name of names) all.add(name)
    }
    return granted ? all : null
  }

  private hops(b: Binding, subject: number, evidence: Evidence): void {
    const g = this.graph
    const accounts = this.index.inScope('k8s.serviceaccount', b.cluster, b.namespace).filter((sa) => this.valuable.has(sa))
    const nameOf = (node: number): string => g.nodeName(node).split('/').pop() ?? ''
    const toAccounts = (names: Set<string> | undefined | null, method: string, targets: readonly number[] = accounts): void => {
      if (names === null) return
      for (const sa of targets) {
        if (names === undefined || names.has(nameOf(sa))) this.sink.assume({ from: subject, to: sa, method, evidence })
      }
    }
    toAccounts(this.names(b.rules, ['impersonate'], { group: '', resource: 'serviceaccounts' }), 'k8s-impersonate')
    toAccounts(this.names(b.rules, ['create'], { group: '', resource: 'serviceaccounts/token' }), 'k8s-create-token')
    if (WORKLOAD_CREATES.some((target) => rulesAllow(b.rules, { ...target, verb: 'create' }))) toAccounts(undefined, 'k8s-create-pod')
    const execNames = this.names(b.rules, ['create'], { group: '', resource: 'pods/exec' })
    if (execNames !== null) {
      for (const pod of this.index.inScope('k8s.pod', b.cluster, b.namespace)) {
        if (execNames !== undefined && !execNames.has(nameOf(pod))) continue
        for (const sa of outTargets(g, pod, 'can-authenticate-as')) {
          if (this.valuable.has(sa)) this.sink.assume({ from: subject, to: sa, method: 'k8s-pod-exec', evidence })
        }
      }
    }
    const secretNames = this.names(b.rules, ['get', 'list', 'watch'], { group: '', resource: 'secrets' })
    if (secretNames !== null) {
      for (const secret of this.index.inScope('k8s.secret', b.cluster, b.namespace)) {
        const props = g.nodeProps(secret)
        const owner = str(props['serviceAccountName'])
        if (str(props['type']) !== 'kubernetes.io/service-account-token' || owner === undefined) continue
        if (secretNames !== undefined && !secretNames.has(nameOf(secret))) continue
        const sa = this.index.serviceAccount(b.cluster, str(props['namespace']) ?? 'default', owner)
        if (sa !== undefined && this.valuable.has(sa)) this.sink.assume({ from: subject, to: sa, method: 'k8s-read-token-secret', evidence })
      }
    }
    if (b.namespace === undefined) {
      // Impersonating a user takes its grants; groups are reached through has-admin-permissions instead.
      toAccounts(this.names(b.rules, ['impersonate'], { group: '', resource: 'users' }), 'k8s-impersonate', this.index.inCluster('k8s.user', b.cluster))
    }
  }

  /** Implicit groups: every service account is in `system:serviceaccounts` and `system:serviceaccounts:<ns>`. */
  private groupMembership(): void {
    const g = this.graph
    for (const cluster of this.index.clusters()) {
      for (const group of this.index.inCluster('k8s.group', cluster)) {
        const name = g.nodeName(group)
        let members: readonly number[] = []
        if (name === 'system:serviceaccounts') members = this.index.inCluster('k8s.serviceaccount', cluster)
        else if (name.startsWith('system:serviceaccounts:')) members = this.index.inNamespace('k8s.serviceaccount', cluster, name.slice('system:serviceaccounts:'.length))
        else if (name === 'system:authenticated') members = [...this.index.inCluster('k8s.serviceaccount', cluster), ...this.index.inCluster('k8s.user', cluster)]
        if (members.length === 0) continue
        const evidence: Evidence = { source: 'kubernetes', detail: `the API server puts ${name === 'system:authenticated' ? 'every authenticated identity' : 'these service accounts'} in group ${name}` }
        const admin = this.admins.get(group) ?? []
        for (const member of members) {
          this.sink.edge(member, group, 'member-of', { via: 'implicit group' }, evidence)
          for (const a of admin) this.sink.insight(member, 'has-admin-permissions', { ...a.params, group: name }, a.evidence)
        }
      }
    }
  }
}

export function analyzeK8sRbac(graph: GraphView, sink: DerivationSink): K8sRbacSummary {
  return new K8sRbac(graph, sink).run()
}
