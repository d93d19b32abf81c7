import { describe, expect, it } from 'vitest'
import { ownerOf, parseArmId, trailingSegment } from './arm-id.js'

const S = '/subscriptions/00000000-0000-0000-0000-000000000001'

describe('arm-id', () => {
  it('lowercases a resource id and finds its type, name, resource group and parent', () => {
    expect(parseArmId(`${S}/resourceGroups/RG-App/providers/Microsoft.Compute/virtualMachines/VM-Web/`)).toEqual({
      id: `${S}/resourcegroups/rg-app/providers/microsoft.compute/virtualmachines/vm-web`,
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      resourceGroup: 'rg-app',
      type: 'microsoft.compute/virtualmachines',
      name: 'vm-web',
      parentId: `${S}/resourcegroups/rg-app`,
    })
  })

  it('gives a child resource its top-level resource as parent', () => {
    const container = parseArmId(`${S}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st/blobServices/default/containers/c1`)
    expect(container?.type).toBe('microsoft.storage/storageaccounts/blobservices/containers')
    expect(container?.parentId).toBe(`${S}/resourcegroups/rg/providers/microsoft.storage/storageaccounts/st`)
  })

  it('types an extension resource by its last provider segment and parents it to its scope', () => {
    const assignment = parseArmId(`${S}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st/providers/Microsoft.Authorization/roleAssignments/ABC`)
    expect(assignment?.type).toBe('microsoft.authorization/roleassignments')
    expect(assignment?.parentId).toBe(`${S}/resourcegroups/rg/providers/microsoft.storage/storageaccounts/st`)
    const atGroup = parseArmId('/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/roleAssignments/x')
    expect(atGroup?.parentId).toBe('/providers/microsoft.management/managementgroups/mg1')
  })

  it('recognizes subscriptions, resource groups and tenant-level ids', () => {
    expect(parseArmId(S)).toMatchObject({ type: 'microsoft.resources/subscriptions', id: S })
    expect(parseArmId(`${S}/resourceGroups/RG`)).toMatchObject({ type: 'microsoft.resources/subscriptions/resourcegroups', parentId: S })
    const builtIn = parseArmId('/providers/Microsoft.Authorization/RoleDefinitions/8E3AF657-A8FF-443C-A75C-2FE8C4BCB635')
    expect(builtIn).toMatchObject({ type: 'microsoft.authorization/roledefinitions', name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' })
    expect(builtIn?.parentId).toBeUndefined()
  })

  it('rejects what is not an ARM id', () => {
    for (const id of ['vm-web', '//compute.googleapis.com/projects/p', '/subscriptions', `${S}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines`, `${S}//x`]) {
      expect(parseArmId(id)).toBeUndefined()
    }
  })

  it('finds the owner of a sub-resource and the trailing GUID', () => {
    const nic = `${S}/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic`
    expect(ownerOf(`${nic}/ipConfigurations/ipconfig1`)).toBe(nic.toLowerCase())
    expect(ownerOf(nic)).toBe(nic.toLowerCase())
    expect(trailingSegment(`${S}/providers/Microsoft.Authorization/roleDefinitions/ABC-DEF`)).toBe('abc-def')
  })
})
