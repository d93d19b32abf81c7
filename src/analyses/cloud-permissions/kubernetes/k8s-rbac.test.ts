import { describe, expect, it } from 'vitest'
import { cloudPermissionsAnalysis } from '../cloud-permissions.js'
import type { Derived } from '../__fixtures__/derive.js'
import { derive, graphOf } from '../__fixtures__/derive.js'
import type { Rule } from './k8s-rules.js'
import { escalation, ruleAllows, rulesLevel } from './k8s-rules.js'

const FIXTURE = 'src/analyses/cloud-permissions/__fixtures__/kubernetes/rbac-list.json'
const C = 'k8s://rbac-test'
const sa = (ns: string, name: string): string => `${C}/${ns}/serviceaccount/${name}`
const secret = (ns: string, name: string): string => `${C}/${ns}/secret/${name}`
const namespace = (ns: string): string => `${C}/_/namespace/${ns}`

describe('k8s-rbac', () => {
  let derived: Derived | undefined
  const load = async (): Promise<Derived> => (derived ??= derive(cloudPermissionsAnalysis, await graphOf([{ path: FIXTURE, options: { clusterId: 'rbac-test' } }])))

  it('aggregates the rules of labelled ClusterRoles into an aggregated ClusterRole', async () => {
    const d = await load()
    const cluster = d.props('has-permission-to', sa('observability', 'prometheus'), C)
    expect(cluster?.['actions']).toEqual(expect.arrayContaining(['get pods', 'get secrets']))
    expect(d.props('has-permission-to', sa('observability', 'prometheus'), secret('team-a', 'team-secret'))?.['level']).toBe('read')
  })

  it('grants a binding to system:serviceaccounts:<ns> to the group and makes the namespace accounts members', async () => {
    const d = await load()
    const group = `${C}/_/group/system:serviceaccounts:team-a`
    expect(d.props('has-permission-to', group, namespace('team-a'))?.['level']).toBe('read')
    expect(d.edges('member-of', undefined, group).map((e) => e.from).sort()).toEqual([sa('team-a', 'app1'), sa('team-a', 'app2')])
    expect(d.edge('member-of', sa('ci', 'viewer'), group)).toBeUndefined()
  })

  it('marks cluster-admin (a default role the export does not list) as has-admin-permissions', async () => {
    const d = await load()
    expect(d.props('has-permission-to', sa('ci', 'deployer'), C)).toMatchObject({ level: 'admin', actions: ['* *'] })
    expect(d.insights(sa('ci', 'deployer'), 'has-admin-permissions')[0]?.params).toMatchObject({ scope: C, method: 'cluster-admin' })
    expect(d.insights(sa('ci', 'viewer'), 'has-admin-permissions')).toEqual([])
    expect(d.props('has-permission-to', sa('ci', 'viewer'), C)?.['level']).toBe('read')
  })

  it('turns secrets get into read on the secrets, restricted to resourceNames', async () => {
    const d = await load()
    expect(d.props('has-permission-to', sa('payments', 'api'), secret('payments', 'db-creds'))).toMatchObject({ level: 'read', actions: ['get secrets'] })
    expect(d.edge('has-permission-to', sa('payments', 'api'), secret('payments', 'other'))).toBeUndefined()
    expect(d.props('has-permission-to', sa('payments', 'reader'), secret('payments', 'other'))?.['level']).toBe('read')
  })

  it('treats bind + create bindings and impersonation as escalation to admin, bind alone as not', async () => {
    const d = await load()
    expect(d.insights(sa('ops', 'escalator'), 'has-admin-permissions')[0]?.params['method']).toBe('k8s-bind')
    expect(d.insights(sa('ops', 'impersonator'), 'has-admin-permissions')[0]?.params['method']).toBe('k8s-impersonate')
    expect(d.insights(sa('ops', 'bind-only'), 'has-admin-permissions')).toEqual([])
    expect(d.props('has-permission-to', sa('ops', 'bind-only'), C)?.['level']).toBe('write')
  })

  it('lets pod creation, exec and token-secret reads become the service accounts of the namespace', async () => {
    const d = await load()
    expect(d.props('can-assume', sa('payments', 'builder'), sa('payments', 'api'))?.['method']).toBe('k8s-create-pod')
    expect(d.props('can-assume', sa('payments', 'debugger'), sa('payments', 'api'))?.['method']).toBe('k8s-pod-exec')
    expect(d.props('can-assume', sa('payments', 'reader'), sa('payments', 'api'))?.['method']).toBe('k8s-read-token-secret')
    // Only accounts that hold something are targets; none outside the namespace.
    expect(d.edge('can-assume', sa('payments', 'builder'), sa('ci', 'viewer'))).toBeUndefined()
    // resourceNames [db-creds] reads no token secret.
    expect(d.edge('can-assume', sa('payments', 'api'), sa('payments', 'reader'))).toBeUndefined()
  })

  it.each<[string, Rule, { verb: string; group: string; resource: string; name?: string }, boolean]>([
    ['star resources', { apiGroups: [''], resources: ['*'], verbs: ['get'], resourceNames: [], nonResourceURLs: [] }, { verb: 'get', group: '', resource: 'pods/exec' }, true],
    ['*/subresource', { apiGroups: [''], resources: ['*/exec'], verbs: ['create'], resourceNames: [], nonResourceURLs: [] }, { verb: 'create', group: '', resource: 'pods/exec' }, true],
    ['resource without its subresource', { apiGroups: [''], resources: ['pods'], verbs: ['create'], resourceNames: [], nonResourceURLs: [] }, { verb: 'create', group: '', resource: 'pods/exec' }, false],
    ['other api group', { apiGroups: ['apps'], resources: ['pods'], verbs: ['get'], resourceNames: [], nonResourceURLs: [] }, { verb: 'get', group: '', resource: 'pods' }, false],
    ['resourceNames, unnamed request', { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['a'], nonResourceURLs: [] }, { verb: 'get', group: '', resource: 'secrets' }, false],
    ['resourceNames, named request', { apiGroups: [''], resources: ['secrets'], verbs: ['get'], resourceNames: ['a'], nonResourceURLs: [] }, { verb: 'get', group: '', resource: 'secrets', name: 'a' }, true],
  ])('matches rules like the API server: %s', (_name, rule, request, expected) => {
    expect(ruleAllows(rule, request)).toBe(expected)
  })

  it('classifies rule sets: read, write, admin and escalation verbs', () => {
    const r = (verbs: string[], resources: string[], apiGroups = ['']): Rule => ({ apiGroups, resources, verbs, resourceNames: [], nonResourceURLs: [] })
    expect(rulesLevel([r(['get', 'list'], ['pods'])])).toBe('read')
    expect(rulesLevel([r(['create'], ['pods/exec'])])).toBe('write')
    expect(rulesLevel([r(['*'], ['*'], ['*'])])).toBe('admin')
    expect(escalation([r(['escalate', 'update'], ['clusterroles'], ['rbac.authorization.k8s.io'])])).toBe('k8s-escalate')
    expect(escalation([r(['escalate'], ['clusterroles'], ['rbac.authorization.k8s.io'])])).toBeUndefined()
  })
})
