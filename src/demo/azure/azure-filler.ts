/**
 * @module Filler for the Azure subscriptions: private VMs (with NIC and disk), private storage accounts, key
 * vaults, disks, Application Insights components and group role assignments. Exact counts.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { AZURE_DEV, AZURE_PROD, companyTags, SERVICES, TEAMS } from '../demo-company.js'
import { DemoRandom } from '../demo-random.js'
import type { RoleName } from './azure-rows.js'
import { argRow, roleAssignmentRow } from './azure-rows.js'
import type { Where } from './azure-resources.js'
import { keyVaultRow, storageRows, subnetId, vmRows } from './azure-resources.js'
import { DEV_VNET, NSG, PROD_VNET } from './azure-planted.js'

/** Resource groups that filler lands in (listed in `resourcecontainers`). */
export function fillerResourceGroups(): Where[] {
  return SERVICES.flatMap((service) => [
    { subscriptionId: AZURE_PROD.subscriptionId, resourceGroup: `rg-${service}-prod`, location: AZURE_PROD.location },
    { subscriptionId: AZURE_DEV.subscriptionId, resourceGroup: `rg-${service}-dev`, location: AZURE_DEV.location },
  ])
}

export function* azureFillerRows(seed: number, count: number): Generator<JsonObject> {
  const rng = DemoRandom.stream(seed, 'azure-resources')
  let remaining = count
  let index = 0
  while (remaining > 0) {
    index++
    const service = rng.pick(SERVICES)
    const isProd = rng.chance(0.75)
    const env = isProd ? 'prod' : 'dev'
    const where: Where = isProd
      ? { subscriptionId: AZURE_PROD.subscriptionId, resourceGroup: `rg-${service}-prod`, location: AZURE_PROD.location }
      : { subscriptionId: AZURE_DEV.subscriptionId, resourceGroup: `rg-${service}-dev`, location: AZURE_DEV.location }
    const tags = companyTags(rng.pick(TEAMS), rng.pick(['low', 'medium', 'medium', 'high'] as const), { env, service })
    const suffix = index.toString(36)
    const roll = rng.float()
    if (remaining >= 3 && roll < 0.45) {
      const vnet = isProd ? PROD_VNET : DEV_VNET
      const third = (isProd ? 64 : 0) + ((index >> 8) % 64)
      yield* vmRows({
        where,
        name: `vm-${service}-${env}-${suffix}`,
        size: rng.pick(['Standard_B2s', 'Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_E2s_v5']),
        subnetId: subnetId(vnet, 'snet-app'),
        privateIp: `${isProd ? '10.50' : '10.60'}.${third}.${(index & 255) || 1}`,
        nsgId: isProd ? NSG.internal : NSG.devInternal,
        identities: [],
        tags,
        zone: String(rng.int(1, 3)),
      })
      remaining -= 3
    } else if (roll < 0.65) {
      const name = `st${service.replace(/-/g, '').slice(0, 10)}${suffix}${rng.hex(4)}`.slice(0, 24)
      yield* storageRows({ where, name, allowBlobPublicAccess: false, defaultAction: 'Deny', tags: { ...tags, 'data-classification': 'internal' }, containers: [] })
      remaining--
    } else if (roll < 0.75) {
      yield argRow({
        ...where,
        type: 'Microsoft.Compute/disks',
        names: [`disk-${service}-${suffix}`],
        sku: { name: 'StandardSSD_LRS', tier: 'Standard' },
        tags,
        properties: { diskSizeGB: rng.pick([64, 128, 256]), diskState: 'Unattached', encryption: { type: 'EncryptionAtRestWithPlatformKey' }, networkAccessPolicy: 'DenyAll', publicNetworkAccess: 'Disabled', provisioningState: 'Succeeded' },
      })
      remaining--
    } else if (roll < 0.85) {
      yield keyVaultRow(where, `kv-${service.slice(0, 12)}-${suffix}${rng.hex(3)}`.slice(0, 24), tags, false)
      remaining--
    } else {
      yield argRow({
        ...where,
        type: 'Microsoft.Insights/components',
        names: [`appi-${service}-${env}-${suffix}`],
        kind: 'web',
        tags,
        properties: { Application_Type: 'web', ApplicationId: `appi-${service}-${env}-${suffix}`, AppId: rng.uuid(), InstrumentationKey: rng.uuid(), IngestionMode: 'LogAnalytics', publicNetworkAccessForIngestion: 'Enabled', publicNetworkAccessForQuery: 'Enabled', provisioningState: 'Succeeded' },
      })
      remaining--
    }
  }
}

export function* azureFillerAssignments(seed: number, clock: DemoClock, count: number): Generator<JsonObject> {
  const rng = DemoRandom.stream(seed, 'azure-authorization')
  const groups = fillerResourceGroups()
  for (let i = 0; i < count; i++) {
    const where = rng.pick(groups)
    const role: RoleName = rng.chance(0.3) ? 'Contributor' : 'Reader'
    yield roleAssignmentRow(clock, {
      guid: rng.uuid(),
      subscriptionId: where.subscriptionId,
      scope: `/subscriptions/${where.subscriptionId}/resourceGroups/${where.resourceGroup}`,
      role,
      principalId: rng.uuid(),
      principalType: rng.chance(0.8) ? 'Group' : 'User',
    })
  }
}
