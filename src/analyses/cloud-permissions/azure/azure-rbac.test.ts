import { describe, expect, it } from 'vitest'
import { cloudPermissionsAnalysis } from '../cloud-permissions.js'
import type { Derived } from '../__fixtures__/derive.js'
import { derive, graphOf } from '../__fixtures__/derive.js'

const FIXTURE = 'src/analyses/cloud-permissions/__fixtures__/azure/arg-rbac.json'
const PROVIDER_FIXTURES = 'src/providers/azure/__fixtures__'
const SUB = '/subscriptions/00000000-0000-0000-0000-000000000001'
const MG_PROD = '/providers/microsoft.management/managementgroups/mg-prod'
const RG_OPS = `${SUB}/resourcegroups/rg-ops`
const STORAGE = `${SUB}/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stdata`
const KV = `${RG_OPS}/providers/microsoft.keyvault/vaults/kv-ops`
const KV_LEGACY = `${RG_OPS}/providers/microsoft.keyvault/vaults/kv-legacy`
const VM = `${RG_OPS}/providers/microsoft.compute/virtualmachines/vm-ops`
const mi = (name: string): string => `${RG_OPS}/providers/microsoft.managedidentity/userassignedidentities/${name}`

describe('azure-rbac', () => {
  let derived: Derived | undefined
  const load = async (): Promise<Derived> => (derived ??= derive(cloudPermissionsAnalysis, await graphOf([FIXTURE])))

  it('inherits an Owner assignment on a management group down to the subscription and its resources', async () => {
    const d = await load()
    const sub = d.props('has-permission-to', mi('id-mgowner'), SUB)
    expect(sub?.['level']).toBe('admin')
    expect(d.edge('has-permission-to', mi('id-mgowner'), SUB)?.evidence?.[0]?.detail).toContain('inherited by')
    expect(d.props('has-permission-to', mi('id-mgowner'), STORAGE)?.['level']).toBe('admin')
    expect(d.props('has-permission-to', mi('id-mgowner'), MG_PROD)?.['actions']).toEqual(['*'])
    expect(d.insights(mi('id-mgowner'), 'has-admin-permissions').map((i) => i.params['scope']).sort()).toEqual([MG_PROD, SUB])
  })

  it('keeps a Reader on the root management group at read on its scope, without fanning out or admin', async () => {
    const d = await load()
    expect(d.props('has-permission-to', mi('id-reader'), '/providers/microsoft.management/managementgroups/mg-root')?.['level']).toBe('read')
    expect(d.edges('has-permission-to', mi('id-reader')).length).toBe(1)
    expect(d.insights(mi('id-reader'))).toEqual([])
  })

  it('lets notActions cut role assignment writes out of a custom "*" role: write, never admin', async () => {
    const d = await load()
    const sub = d.props('has-permission-to', mi('id-almost'), SUB)
    expect(sub?.['level']).toBe('write')
    expect(sub?.['notActions']).toContain('Microsoft.Authorization/*/Write')
    const storage = d.props('has-permission-to', mi('id-almost'), STORAGE)
    expect(storage?.['level']).toBe('write')
    expect(storage?.['actions']).toContain('Microsoft.Storage/storageAccounts/listKeys/action')
    expect(storage?.['actions']).not.toContain('Microsoft.Authorization/roleAssignments/write')
    expect(d.insights(mi('id-almost'), 'has-admin-permissions')).toEqual([])
  })

  it('grants blob read through dataActions, at the storage account and inherited from its resource group', async () => {
    const d = await load()
    for (const who of ['id-blob', 'id-blob-rg']) {
      const edge = d.props('has-permission-to', mi(who), STORAGE)
      expect(edge?.['level']).toBe('read')
      expect(edge?.['actions']).toContain('Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read')
      expect(edge?.['via']).toBe('Storage Blob Data Reader')
    }
    // A data reader is no account key holder.
    expect(d.props('has-permission-to', mi('id-blob'), STORAGE)?.['actions']).not.toContain('Microsoft.Storage/storageAccounts/listKeys/action')
  })

  it('keeps an assignment condition as a caveat on the grant', async () => {
    const caveats = (await load()).props('has-permission-to', mi('id-cond'), STORAGE)?.['caveats']
    expect(caveats).toEqual([expect.stringContaining("StringEquals 'public'")])
  })

  it('lets a deny assignment cut Contributor writes: read only, no run command into the VM identity', async () => {
    const d = await load()
    expect(d.props('has-permission-to', mi('id-denied'), RG_OPS)?.['level']).toBe('read')
    expect(d.edge('has-permission-to', mi('id-denied'), VM)).toBeUndefined()
    expect(d.edge('can-assume', mi('id-denied'), mi('id-ops'))).toBeUndefined()
    // The look-alike Contributor without the deny runs commands on the VM and becomes its identity.
    expect(d.props('has-permission-to', mi('id-contrib'), VM)?.['level']).toBe('write')
    expect(d.props('can-assume', mi('id-contrib'), mi('id-ops'))?.['methods']).toContain('azure-run-command')
  })

  it('marks a User Access Administrator of the subscription as admin (it can grant itself Owner)', async () => {
    const d = await load()
    expect(d.props('has-permission-to', mi('id-uaa'), SUB)?.['level']).toBe('admin')
    expect(d.insights(mi('id-uaa'), 'has-admin-permissions')[0]?.params).toMatchObject({ scope: SUB, via: 'User Access Administrator' })
    // Role assignment write reaches every resource below: admin of each, without any data action.
    expect(d.props('has-permission-to', mi('id-uaa'), STORAGE)?.['level']).toBe('admin')
  })

  it('resolves built-in roles from the table when the export lacks their definitions', async () => {
    const d = await load()
    expect(d.props('has-permission-to', mi('id-ops'), KV)).toMatchObject({ level: 'read', via: 'Key Vault Secrets User' })
  })

  it('reads Key Vault access policies on vaults without RBAC authorization', async () => {
    const d = await load()
    expect(d.props('has-permission-to', mi('id-legacy'), KV_LEGACY)).toMatchObject({ level: 'read', actions: ['secrets/get', 'secrets/list'] })
  })

  it('evaluates the adapter fixtures: a group that owns the root management group administers the subscription', async () => {
    const graph = await graphOf([`${PROVIDER_FIXTURES}/arg-cli2-resourcecontainers.json`, `${PROVIDER_FIXTURES}/arg-cli1-authorization.json`])
    const d = derive(cloudPermissionsAnalysis, graph)
    const group = 'azure-principal://34343434-0000-0000-0000-000000000001'
    expect(d.props('has-permission-to', group, SUB)?.['level']).toBe('admin')
    expect(d.insights(group, 'has-admin-permissions').map((i) => i.params['scope'])).toContain(SUB)
    // The custom role at the resource group, assigned to id-app, reads vault secrets (dataActions).
    const idApp = `${SUB}/resourcegroups/rg-app/providers/microsoft.managedidentity/userassignedidentities/id-app`
    expect(d.props('has-permission-to', idApp, `${SUB}/resourcegroups/rg-app`)?.['via']).toBe('Secret Reader (custom)')
  })

  it('makes the AKS Entra admin groups administrators of the Kubernetes cluster', async () => {
    const aks = `${SUB}/resourcegroups/rg-aks/providers/microsoft.containerservice/managedclusters/aks-prod`
    const group = 'azure-principal://dddddddd-0000-0000-0000-000000000001'
    const graph = await graphOf([], [
      {
        nodes: [
          { id: aks, kind: 'azure.containerservice.managedcluster', family: 'k8s-cluster', provider: 'azure', props: { aadManaged: true, adminGroupObjectIds: ['dddddddd-0000-0000-0000-000000000001'] } },
          { id: group, kind: 'azure.entra.group', family: 'group', provider: 'azure', props: { objectId: 'dddddddd-0000-0000-0000-000000000001' } },
          { id: 'k8s://aks-prod', kind: 'k8s.cluster', family: 'k8s-cluster', provider: 'kubernetes', props: { clusterName: 'aks-prod', cloudClusterId: aks } },
        ],
        edges: [{ from: 'k8s://aks-prod', to: aks, kind: 'attached-to' }],
      },
    ])
    const d = derive(cloudPermissionsAnalysis, graph)
    expect(d.props('has-permission-to', group, 'k8s://aks-prod')?.['level']).toBe('admin')
    expect(d.insights(group, 'has-admin-permissions')[0]?.params['scope']).toBe('k8s://aks-prod')
  })

  it('derives the same output twice (deterministic)', async () => {
    const graph = await graphOf([FIXTURE])
    expect(JSON.stringify(derive(cloudPermissionsAnalysis, graph).derivation)).toBe(JSON.stringify(derive(cloudPermissionsAnalysis, graph).derivation))
  })
})
