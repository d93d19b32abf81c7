import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import type { ReadResult } from '../../formats/read-input.js'
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { EdgeInput, NodeInput } from '../../model/graph-types.js'
import { AZURE_KINDS } from './azure-kinds.js'

const S = '/subscriptions/00000000-0000-0000-0000-000000000001'
const RG = `${S}/resourcegroups/rg-app`
const P = `${RG}/providers`
const VM = `${P}/microsoft.compute/virtualmachines/vm-web`
const NIC = `${P}/microsoft.network/networkinterfaces/vm-web-nic`
const NSG = `${P}/microsoft.network/networksecuritygroups/nsg-web`
const SNET = `${P}/microsoft.network/virtualnetworks/vnet-app/subnets/snet-web`
const OWNER = '/providers/microsoft.authorization/roledefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635'

const read = (name: string): Promise<ReadResult & { format: string }> =>
  readFixture(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url)))

function node(result: ReadResult, id: string): NodeInput {
  const found = result.fragment.nodes.find((n) => n.id === id)
  if (found === undefined) throw new Error(`no node ${id}`)
  return found
}
const hasEdge = (result: ReadResult, from: string, kind: EdgeInput['kind'], to: string): boolean =>
  result.fragment.edges.some((e) => e.from === from && e.kind === kind && e.to === to)

describe('azure-resource-graph', () => {
  describe('CLI ≥ 2 envelope (compute and network)', () => {
    it('maps every row without issues, under the registered format', async () => {
      const result = await read('arg-cli2-compute.json')
      expect(result.format).toBe('azure-resource-graph')
      expect(result.issues).toEqual([])
      expect(node(result, VM)).toMatchObject({
        kind: 'azure.compute.virtualmachine', family: 'vm', provider: 'azure', scope: S, name: 'vm-web', region: 'westeurope',
        tags: { env: 'prod', 'data-classification': 'confidential' },
        props: { vmSize: 'Standard_B2s', osType: 'linux', passwordAuthenticationDisabled: false, powerState: 'running' },
      })
    })

    it('lowercases ids of any casing so references between rows meet', async () => {
      const result = await read('arg-cli2-compute.json')
      // The NIC row is written with `RG-App` and an upper-case subscription; its VM reference is all upper case.
      expect(node(result, NIC).kind).toBe('azure.network.networkinterface')
      expect(hasEdge(result, NIC, 'attached-to', VM)).toBe(true)
      for (const n of result.fragment.nodes) expect(n.id).toBe(n.id.toLowerCase())
    })

    it('links NIC → VM, public IP → NIC, NIC/subnet protected-by NSG, disk → VM, NIC → subnet and ASG', async () => {
      const result = await read('arg-cli2-compute.json')
      const pip = `${P}/microsoft.network/publicipaddresses/pip-web`
      expect(hasEdge(result, pip, 'attached-to', NIC)).toBe(true)
      expect(node(result, pip).props).toMatchObject({ ipAddress: '198.51.100.10', attachedToId: NIC })
      expect(hasEdge(result, `${P}/microsoft.network/publicipaddresses/pip-lb`, 'attached-to', `${P}/microsoft.network/loadbalancers/lb-web`)).toBe(true)
      expect(hasEdge(result, NIC, 'protected-by', NSG)).toBe(true)
      expect(hasEdge(result, SNET, 'protected-by', NSG)).toBe(true)
      expect(hasEdge(result, NIC, 'attached-to', SNET)).toBe(true)
      expect(hasEdge(result, NIC, 'attached-to', `${P}/microsoft.network/applicationsecuritygroups/asg-web`)).toBe(true)
      expect(hasEdge(result, `${P}/microsoft.compute/disks/vm-web-osdisk`, 'attached-to', VM)).toBe(true)
      expect(hasEdge(result, `${P}/microsoft.compute/virtualmachinescalesets/vmss-api`, 'protected-by', NSG)).toBe(true)
    })

    it('emits subnets from the VNet row, contained by the VNet', async () => {
      const result = await read('arg-cli2-compute.json')
      expect(node(result, SNET)).toMatchObject({ kind: 'azure.network.subnet', family: 'subnet', scope: S, props: { addressPrefixes: ['10.0.1.0/24'] } })
      expect(hasEdge(result, `${P}/microsoft.network/virtualnetworks/vnet-app`, 'contains', SNET)).toBe(true)
    })

    it('normalizes NSG rules with priority, direction, access, protocol, ports and service tags', async () => {
      const rules = node(await read('arg-cli2-compute.json'), NSG).props?.['securityRules']
      expect(rules).toEqual([
        expect.objectContaining({ name: 'allow-ssh-internet', priority: 100, direction: 'inbound', access: 'allow', sourceAddressPrefixes: ['Internet'], destinationPorts: [{ from: 22, to: 22 }] }),
        expect.objectContaining({ name: 'allow-https', sourceAddressPrefixes: ['*'], destinationPorts: [{ from: 443, to: 443 }, { from: 8080, to: 8090 }] }),
        expect.objectContaining({ name: 'deny-asg', direction: 'outbound', access: 'deny', sourceApplicationSecurityGroupIds: [`${P}/microsoft.network/applicationsecuritygroups/asg-web`] }),
      ])
    })

    it('gives the VM its system-assigned identity and joins the role assignment to it without a placeholder', async () => {
      const result = await read('arg-cli2-compute.json')
      const identity = 'azure-principal://11111111-2222-3333-4444-555555555555'
      expect(node(result, identity)).toMatchObject({ kind: 'azure.managedidentity.systemassignedidentity', family: 'identity', props: { resourceId: VM } })
      expect(hasEdge(result, VM, 'can-authenticate-as', identity)).toBe(true)
      const assignment = `${S}/providers/microsoft.authorization/roleassignments/aaaaaaaa-0000-0000-0000-000000000000`
      expect(hasEdge(result, assignment, 'attached-to', identity)).toBe(true)
      expect(hasEdge(result, assignment, 'attached-to', OWNER)).toBe(true)
      expect(result.fragment.nodes.filter((n) => n.id === identity)).toHaveLength(1)
    })

    it('contains subscription → resource group → resource, with placeholders for containers not in the file', async () => {
      const result = await read('arg-cli2-compute.json')
      expect(hasEdge(result, S, 'contains', RG)).toBe(true)
      expect(hasEdge(result, RG, 'contains', VM)).toBe(true)
      expect(node(result, S)).toMatchObject({ kind: 'azure.resources.subscription', family: 'account', scope: S })
      expect(result.fragment.nodes.filter((n) => n.id === RG)).toHaveLength(1)
    })

    it('keeps an unknown type as a generic node and never stores secret values', async () => {
      const result = await read('arg-cli2-compute.json')
      expect(node(result, `${P}/microsoft.foo/bars/mystery`)).toMatchObject({ kind: 'azure.unmapped.microsoft.foo/bars', family: 'other' })
      expect(JSON.stringify(result.fragment)).not.toContain('P@ssw0rd')
    })

    it('only emits kinds listed in AZURE_KINDS, with their family', async () => {
      for (const name of ['arg-cli2-compute.json', 'arg-rest-platform.json', 'arg-cli1-authorization.json', 'arg-cli2-resourcecontainers.json']) {
        for (const n of (await read(name)).fragment.nodes) {
          if (n.kind.startsWith('azure.unmapped.')) continue
          expect([n.kind, n.family]).toEqual([n.kind, AZURE_KINDS[n.kind as keyof typeof AZURE_KINDS]?.family])
        }
      }
    })
  })

  describe('REST envelope (platform services)', () => {
    it('reads storage accounts and blob containers with their public access', async () => {
      const result = await read('arg-rest-platform.json')
      expect(result.issues).toEqual([])
      const account = `${P}/microsoft.storage/storageaccounts/stappdata`
      expect(node(result, account).props).toMatchObject({
        allowBlobPublicAccess: true, publicNetworkAccess: 'enabled', minimumTlsVersion: 'TLS1_0', httpsOnly: false, allowSharedKeyAccess: true,
        networkAcls: { defaultAction: 'allow', ipRules: ['203.0.113.0/24'] },
      })
      const container = `${account}/blobservices/default/containers/public-assets`
      expect(node(result, container)).toMatchObject({ family: 'object-storage', props: { publicAccess: 'container', isPublic: true } })
      expect(hasEdge(result, account, 'contains', container)).toBe(true)
    })

    it('reads SQL, PostgreSQL and MySQL servers with firewall rules and password authentication', async () => {
      const result = await read('arg-rest-platform.json')
      const sql = `${P}/microsoft.sql/servers/sql-app`
      expect(node(result, sql).props).toMatchObject({ passwordAuthEnabled: true, publicNetworkAccess: 'enabled' })
      expect(JSON.stringify(node(result, sql).props)).not.toContain('hunter2')
      const rule = `${sql}/firewallrules/allowall`
      expect(node(result, rule).props).toMatchObject({ allowsAnyIp: true, allowsAzureServices: false })
      expect(hasEdge(result, sql, 'protected-by', rule)).toBe(true)
      expect(hasEdge(result, sql, 'contains', `${sql}/databases/appdb`)).toBe(true)
      expect(node(result, `${P}/microsoft.dbforpostgresql/flexibleservers/pg-app`).props).toMatchObject({ publicNetworkAccess: 'enabled', passwordAuthEnabled: true })
      const mysql = `${P}/microsoft.dbformysql/flexibleservers/my-app`
      expect(node(result, mysql).props).toMatchObject({ publicNetworkAccess: 'disabled' })
      expect(hasEdge(result, mysql, 'attached-to', `${P}/microsoft.network/virtualnetworks/vnet-app/subnets/snet-db`)).toBe(true)
      expect(node(result, `${P}/microsoft.documentdb/databaseaccounts/cosmos-app`).props).toMatchObject({ ipRules: ['0.0.0.0'], localAuthDisabled: false })
    })

    it('reads Key Vault access policies, RBAC mode, network ACLs and deletion protection', async () => {
      const vault = node(await read('arg-rest-platform.json'), `${P}/microsoft.keyvault/vaults/kv-app`)
      expect(vault).toMatchObject({ family: 'secret-store' })
      expect(vault.props).toMatchObject({
        rbacAuthorization: false,
        accessPolicies: [{ objectId: 'cccccccc-0000-0000-0000-000000000001', secrets: ['get', 'list'] }],
        networkAcls: { defaultAction: 'deny', ipRules: ['203.0.113.5/32'], virtualNetworkRuleIds: [SNET] },
        softDeleteEnabled: true,
        purgeProtection: false,
      })
    })

    it('reads AKS access, RBAC, AAD, node pools and the kubelet identity', async () => {
      const result = await read('arg-rest-platform.json')
      const aks = `${P}/microsoft.containerservice/managedclusters/aks-app`
      const kubelet = `${S}/resourcegroups/mc_rg-app_aks-app_westeurope/providers/microsoft.managedidentity/userassignedidentities/aks-app-agentpool`
      expect(node(result, aks).props).toMatchObject({
        rbacEnabled: true, aadManaged: true, localAccountsDisabled: false, authorizedIpRanges: [], privateCluster: false,
        apiServerUnrestricted: true, nodeResourceGroupId: `${S}/resourcegroups/mc_rg-app_aks-app_westeurope`,
        kubeletIdentity: { objectId: 'eeeeeeee-0000-0000-0000-000000000002', resourceId: kubelet },
        adminGroupObjectIds: ['dddddddd-0000-0000-0000-000000000001'],
      })
      expect(hasEdge(result, aks, 'can-authenticate-as', kubelet)).toBe(true)
      expect(hasEdge(result, `${aks}/agentpools/system`, 'can-authenticate-as', kubelet)).toBe(true)
      expect(node(result, `${aks}/agentpools/system`)).toMatchObject({ family: 'k8s-node', props: { count: 3, subnetId: SNET } })
    })

    it('tells function apps from web apps and links user-assigned identities, registries and APIM', async () => {
      const result = await read('arg-rest-platform.json')
      const web = `${P}/microsoft.web/sites/app-web`
      expect(node(result, web)).toMatchObject({ kind: 'azure.web.site', family: 'app-service', props: { httpsOnly: false, minTlsVersion: '1.0' } })
      expect(node(result, `${P}/microsoft.web/sites/func-jobs`)).toMatchObject({ kind: 'azure.web.functionapp', family: 'function' })
      expect(hasEdge(result, web, 'can-authenticate-as', `${P}/microsoft.managedidentity/userassignedidentities/id-app`)).toBe(true)
      expect(node(result, `${P}/microsoft.containerregistry/registries/acrapp`).props).toMatchObject({ adminUserEnabled: true, publicNetworkAccess: 'enabled' })
      expect(node(result, `${P}/microsoft.apimanagement/service/apim-app`)).toMatchObject({ family: 'api-endpoint', props: { publicIpAddresses: ['198.51.100.30'] } })
    })
  })

  describe('CLI 1.x bare array (authorizationresources)', () => {
    const CUSTOM = '/providers/microsoft.authorization/roledefinitions/b1b1b1b1-0000-4000-8000-000000000001'

    it('keys role definitions by GUID whatever their scope or casing, with permission lists', async () => {
      const result = await read('arg-cli1-authorization.json')
      expect(result.issues).toEqual([])
      expect(node(result, OWNER)).toMatchObject({ kind: 'azure.authorization.roledefinition', family: 'role-definition', name: 'Owner', props: { actions: ['*'], assignableScopes: ['/'] } })
      expect(node(result, CUSTOM).props).toMatchObject({
        roleType: 'CustomRole',
        actions: ['Microsoft.KeyVault/vaults/read', 'Microsoft.Resources/subscriptions/resourceGroups/read'],
        dataActions: ['Microsoft.KeyVault/vaults/secrets/getSecret/action'],
        assignableScopes: [RG],
      })
    })

    it('joins assignments to definitions on GUIDs that differ in case, copying the role name', async () => {
      const result = await read('arg-cli1-authorization.json')
      const assignment = `${RG}/providers/microsoft.authorization/roleassignments/bbbbbbbb-0000-0000-0000-000000000001`
      expect(node(result, assignment)).toMatchObject({
        kind: 'azure.authorization.roleassignment', family: 'policy',
        props: { roleDefinitionId: CUSTOM, roleName: 'Secret Reader (custom)', roleType: 'CustomRole', scope: RG, principalType: 'ServicePrincipal' },
      })
      expect(hasEdge(result, assignment, 'attached-to', CUSTOM)).toBe(true)
    })

    it('links an assignment to a user-assigned identity named later in the file, else to a typed principal placeholder', async () => {
      const result = await read('arg-cli1-authorization.json')
      const uai = `${P}/microsoft.managedidentity/userassignedidentities/id-app`
      expect(hasEdge(result, `${RG}/providers/microsoft.authorization/roleassignments/bbbbbbbb-0000-0000-0000-000000000001`, 'attached-to', uai)).toBe(true)
      expect(result.fragment.nodes.some((n) => n.id === 'azure-principal://ffffffff-0000-0000-0000-000000000001')).toBe(false)
      expect(node(result, 'azure-principal://12121212-0000-0000-0000-000000000001')).toMatchObject({ kind: 'azure.entra.user', family: 'identity' })
      expect(node(result, 'azure-principal://34343434-0000-0000-0000-000000000001')).toMatchObject({ kind: 'azure.entra.group', family: 'group' })
      const atRoot = '/providers/microsoft.management/managementgroups/mg-root/providers/microsoft.authorization/roleassignments/bbbbbbbb-0000-0000-0000-000000000003'
      expect(node(result, atRoot).props).toMatchObject({ scope: '/providers/microsoft.management/managementgroups/mg-root', roleName: 'Owner' })
      expect(hasEdge(result, '/providers/microsoft.management/managementgroups/mg-root', 'contains', atRoot)).toBe(true)
    })
  })

  describe('resourcecontainers', () => {
    it('chains management groups → subscription and merges with placeholders from other files', async () => {
      const containers = await read('arg-cli2-resourcecontainers.json')
      const mg = (name: string): string => `/providers/microsoft.management/managementgroups/${name}`
      expect(hasEdge(containers, mg('mg-root'), 'contains', mg('mg-prod'))).toBe(true)
      expect(hasEdge(containers, mg('mg-prod'), 'contains', S)).toBe(true)
      expect(node(containers, mg('mg-prod'))).toMatchObject({ name: 'Production', family: 'organization', scope: '' })

      // Arrange: the compute export first (placeholders), then the containers export.
      const compute = await read('arg-cli2-compute.json')
      // Act
      const { graph, dangling } = new GraphBuilder().addFragment(compute.fragment).addFragment(containers.fragment).build()
      // Assert: one subscription node carrying the real display name, and no dangling containment.
      expect(graph.node(graph.indexOf(S)!)).toMatchObject({ name: 'Production subscription', family: 'account' })
      expect(graph.node(graph.indexOf(RG)!).tags).toEqual({ owner: 'team-app@example.com' })
      expect(dangling.filter((e) => e.kind === 'contains')).toEqual([])
    })
  })

  describe('other envelopes and damaged input', () => {
    it('zips REST `resultFormat: table` rows into objects', async () => {
      const result = await read('arg-rest-table.json')
      expect(result.issues).toEqual([])
      expect(node(result, `${P}/microsoft.storage/storageaccounts/stappdata`).props).toMatchObject({ allowBlobPublicAccess: false, allowSharedKeyAccess: false })
      expect(node(result, `${P}/microsoft.network/publicipaddresses/pip-web`).props).toMatchObject({ ipAddress: '198.51.100.10' })
    })

    it('reads az CLI output that flattens `properties` and keeps portal-cased types', async () => {
      const result = await read('az-cli-flattened.json')
      expect(node(result, NSG)).toMatchObject({
        kind: 'azure.network.networksecuritygroup',
        props: { armType: 'microsoft.network/networksecuritygroups', securityRules: [expect.objectContaining({ name: 'rdp', destinationPorts: [{ from: 3389, to: 3389 }] })] },
      })
      expect(hasEdge(result, NIC, 'protected-by', NSG)).toBe(true)
    })

    it('keeps the rows before a truncation and reports where the file broke', async () => {
      const result = await read('arg-truncated.json')
      expect(result.completed).toBe(false)
      for (const id of [VM, NIC, NSG]) expect(node(result, id).id).toBe(id)
      expect(result.issues).toEqual([expect.objectContaining({ kind: 'parse-error', location: 'data[3]', hint: expect.stringContaining('truncated') })])
    })

    it('reports each bad record with its position and keeps the good ones', async () => {
      const result = await read('arg-bad-records.json')
      expect(result.completed).toBe(true)
      expect(result.issues.map((i) => [i.location, i.kind])).toEqual([
        ['[1]', 'invalid-record'],
        ['[2]', 'invalid-record'],
        ['[3]', 'invalid-record'],
      ])
      expect(node(result, `${P}/microsoft.network/publicipaddresses/pip-web`).kind).toBe('azure.network.publicipaddress')
      expect(node(result, `${P}/microsoft.compute/disks/vm-web-osdisk`).kind).toBe('azure.compute.disk')
    })

    it('reads a gzip-compressed export like the plain one', async () => {
      const plain = await read('arg-cli2-compute.json')
      const path = join(await mkdtemp(join(tmpdir(), 'arg-')), 'resources.json.gz')
      await writeFile(path, gzipSync(await readFile(fileURLToPath(new URL('./__fixtures__/arg-cli2-compute.json', import.meta.url)))))
      const zipped = await readFixture(path)
      expect(zipped.format).toBe('azure-resource-graph')
      expect(zipped.fragment).toEqual(plain.fragment)
    })

    it('warns once when PowerShell cut the rows at -Depth 2', async () => {
      const result = await read('arg-powershell-depth2.json')
      expect(node(result, VM).kind).toBe('azure.compute.virtualmachine')
      expect(result.issues).toEqual([expect.objectContaining({ location: 'Data[0]', kind: 'invalid-record', hint: expect.stringContaining('-Depth 100') })])
    })
  })

  describe('object replication and principals across files', () => {
    const DATA = `${S}/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts`

    it('turns an object replication policy into source account moves-data-to destination account, once for both copies', async () => {
      const result = await read('arg-cli2-storage-identity.json')
      expect(result.issues).toEqual([])
      const policies = result.fragment.nodes.filter((n) => n.kind === 'azure.storage.objectreplicationpolicy')
      expect(policies.map((p) => p.props?.['storageAccountId']).sort()).toEqual([`${DATA}/stpubliccopy`, `${DATA}/stsource`])
      expect(policies[0]?.props).toMatchObject({ sourceAccount: `${DATA}/stsource`, destinationAccount: `${DATA}/stpubliccopy`, rules: [{ sourceContainer: 'returns', destinationContainer: 'returns', prefixMatch: ['labels/'] }] })
      const { graph } = new GraphBuilder().addFragment(result.fragment).build()
      const moves = Array.from(graph.edgesOfKind('moves-data-to'), (e) => graph.edge(e))
      expect(moves).toEqual([expect.objectContaining({ from: `${DATA}/stsource`, to: `${DATA}/stpubliccopy`, props: expect.objectContaining({ via: 'object-replication', containers: [{ from: 'returns', to: 'returns' }] }) })])
    })

    it('lands a role assignment exported in another file on the managed identity that owns the principal id', async () => {
      const identity = await read('arg-cli2-storage-identity.json')
      const assignments = await read('arg-cli2-assignment-elsewhere.json')
      const principal = 'azure-principal://56565656-0000-0000-0000-000000000001'
      // Alone, the assignment file can only name the principal by object id.
      expect(assignments.fragment.nodes.some((n) => n.id === principal)).toBe(true)
      const idBatch = `${S}/resourcegroups/rg-ops/providers/microsoft.managedidentity/userassignedidentities/id-batch`
      expect(node(identity, idBatch).aliases).toEqual([principal])
      for (const order of [[assignments, identity], [identity, assignments]]) {
        const builder = new GraphBuilder()
        for (const result of order) builder.addFragment(result.fragment)
        const { graph, dangling } = builder.build()
        expect(dangling.filter((d) => d.to === principal || d.from === principal)).toEqual([])
        expect(graph.nodesOfKind('azure.entra.serviceprincipal')).toHaveLength(0)
        const target = graph.indexOf(principal)!
        expect(graph.nodeId(target)).toBe(idBatch)
        expect(graph.nodeKind(target)).toBe('azure.managedidentity.userassignedidentity')
        expect(graph.neighbours(target, 'in', 'attached-to').map((i) => graph.nodeId(i))).toEqual([`${S}/resourcegroups/rg-data/providers/microsoft.authorization/roleassignments/bbbbbbbb-0000-0000-0000-000000000009`])
      }
    })
  })
})
