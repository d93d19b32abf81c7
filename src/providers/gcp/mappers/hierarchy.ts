/** @module Organizations, folders and projects (v1 and v3 Resource Manager shapes). */
import { asObject, asString, compact, lower } from '../../shared/json-access.js'
import type { AssetMapper } from '../asset-mapper.js'
import type { CaiAsset } from '../cai-asset.js'

export const mapProject: AssetMapper = (ctx) =>
  compact({
    projectId: asString(ctx.data['projectId']),
    projectNumber: asString(ctx.data['projectNumber']) ?? ctx.projectNumber,
    lifecycleState: lower(ctx.data['lifecycleState']) ?? lower(ctx.data['state']),
    displayName: asString(ctx.data['displayName']) ?? asString(ctx.data['name']),
  })

export const mapContainer: AssetMapper = (ctx) =>
  compact({
    displayName: asString(ctx.data['displayName']),
    lifecycleState: lower(ctx.data['lifecycleState']) ?? lower(ctx.data['state']),
    directoryCustomerId: asString(ctx.data['directoryCustomerId']) ?? asString(asObject(ctx.data['owner'])?.['directoryCustomerId']),
  })

/** Projects are known by their id to people, by their number to CAI. */
export const projectName = (asset: CaiAsset): string | undefined => asString(asset.data['projectId'])
export const displayName = (asset: CaiAsset): string | undefined => asString(asset.data['displayName'])
