/**
 * @module Maps one CAI asset to nodes and edges: the hierarchy from `ancestors` (org → folder →
 * project → resource, placeholders for containers the file does not list), the project scope by
 * number, per-type facts, the IAM policy as `iamBindings`, and plaintext-secret insights.
 */
import type { JsonObject, NodeInput } from '../../model/graph-types.js'
import { gcpProjectNodeId } from '../ids.js'
import { asObject, asString, field } from '../shared/json-access.js'
import type { AssetContext } from './asset-mapper.js'
import type { AssetSink } from './asset-sink.js'
import { GCP_TYPES } from './asset-types.js'
import type { CaiAsset } from './cai-asset.js'
import { GCP_KINDS } from './gcp-kinds.js'
import type { GcpKind } from './gcp-kinds.js'
import { ancestorNodeId, lastSegment, projectIdOfName } from './gcp-names.js'
import { normalizeIamPolicy } from './iam-policy.js'
import { plaintextSecretInsight } from './secret-scan.js'

const CONTAINER_KINDS: Readonly<Record<string, GcpKind>> = {
  projects: 'gcp.resourcemanager.project',
  folders: 'gcp.resourcemanager.folder',
  organizations: 'gcp.resourcemanager.organization',
}

/** Ancestor chain as node ids, nearest first, without the asset itself. */
function ancestry(asset: CaiAsset, id: string): string[] {
  return asset.ancestors.flatMap((ancestor) => ancestorNodeId(ancestor) ?? []).filter((ancestor) => ancestor !== id)
}

/** Emits the containers of the chain once per file, each containing the next. */
function placeholders(chain: readonly string[], out: AssetSink): void {
  chain.forEach((ancestorId, i) => {
    const kind = CONTAINER_KINDS[ancestorId.split('/').slice(-2)[0] ?? '']
    if (kind !== undefined && out.claim(ancestorId)) {
      out.node({
        id: ancestorId,
        kind,
        family: GCP_KINDS[kind].family,
        provider: 'gcp',
        scope: kind === 'gcp.resourcemanager.project' ? ancestorId : '',
      })
    }
    const parent = chain[i + 1]
    if (parent !== undefined && out.claim(`${parent} > ${ancestorId}`)) out.edge(parent, 'contains', ancestorId)
  })
}

function scopeOf(asset: CaiAsset, id: string, chain: readonly string[]): string {
  if (asset.assetType === 'cloudresourcemanager.googleapis.com/Project') return id
  const project = chain.find((ancestorId) => ancestorId.includes('/projects/'))
  if (project !== undefined) return project
  const parent = asString(asset.resource?.['parent'])
  if (parent?.startsWith('//cloudresourcemanager.googleapis.com/projects/') === true) return parent
  // Exports without `ancestors` (older ones): the project id from the name, the best id there is.
  const projectId = projectIdOfName(asset.name)
  return projectId === undefined || asset.assetType.startsWith('cloudresourcemanager.') ? '' : gcpProjectNodeId(projectId)
}

function defaultName(asset: CaiAsset): string {
  const own = asString(asset.data['displayName']) ?? asString(asset.data['name'])
  return own !== undefined && !own.includes('/') ? own : lastSegment(asset.name)
}

export function mapAsset(asset: CaiAsset, out: AssetSink, forcedId?: string): void {
  const spec = GCP_TYPES[asset.assetType]
  const kind = spec === undefined ? undefined : typeof spec.kind === 'function' ? spec.kind(asset) : spec.kind
  const id = forcedId ?? spec?.idOf?.(asset, out) ?? asset.name
  const ancestors = ancestry(asset, id)
  const scope = scopeOf(asset, id, ancestors)
  // Without `ancestors`, the project found by scopeOf is the only known container.
  const chain = ancestors.length === 0 && scope !== '' && scope !== id ? [scope] : ancestors
  const ctx: AssetContext = {
    asset,
    id,
    data: asset.data,
    scope,
    projectId: asString(asset.data['projectId']) ?? projectIdOfName(asset.name),
    projectNumber: scope.startsWith('//cloudresourcemanager.googleapis.com/projects/') ? lastSegment(scope) : undefined,
    region: asString(asset.resource?.['location']),
    out,
    secrets: [],
  }
  const hasResource = asset.resource !== undefined
  const props: JsonObject = {
    assetType: asset.assetType,
    ...(id === asset.name ? {} : { caiName: asset.name }),
    ...(asset.updateTime === undefined ? {} : { updateTime: asset.updateTime }),
    ...(hasResource ? (spec?.map?.(ctx) ?? {}) : {}),
    ...(asset.iamPolicy === undefined ? {} : normalizeIamPolicy(asset.iamPolicy)),
    ...(asset.orgPolicy === undefined ? {} : { orgPolicies: [...asset.orgPolicy] }),
    ...(hasResource ? { config: spec?.config?.(asset.data) ?? asset.data } : {}),
  }
  const insight = plaintextSecretInsight(ctx.secrets)
  const labels = asObject(field(asset.data, 'labels')) ?? asObject(asObject(asset.data['metadata'])?.['labels'])
  const aliases = hasResource ? (spec?.aliasesOf?.(asset, id) ?? []) : []
  const node: NodeInput = {
    id,
    ...(aliases.length > 0 ? { aliases } : {}),
    kind: kind ?? `gcp.unmapped.${asset.assetType.toLowerCase()}`,
    family: kind === undefined ? 'other' : GCP_KINDS[kind].family,
    provider: 'gcp',
    scope,
    // An IAM_POLICY-only record names nothing: leave the name to the RESOURCE record, whichever comes first.
    ...(hasResource ? { name: spec?.nameOf?.(asset) ?? defaultName(asset) } : {}),
    region: ctx.region,
    tags: Object.fromEntries(Object.entries(labels ?? {}).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : []))),
    props,
    ...(insight === undefined ? {} : { insights: [insight] }),
  }
  out.node(node)
  // Containers are claimed so later assets skip their placeholder.
  if (asset.assetType.startsWith('cloudresourcemanager.googleapis.com/')) out.claim(id)
  placeholders(chain, out)
  const parent = spec?.parentOf?.(asset, out) ?? parentOf(asset, chain)
  if (parent !== undefined && parent !== id && out.claim(`${parent} > ${id}`)) out.edge(parent, 'contains', id)
}

/** `resource.parent` when it names a resource, else the nearest ancestor (project, folder, org). */
function parentOf(asset: CaiAsset, chain: readonly string[]): string | undefined {
  const parent = asString(asset.resource?.['parent'])
  if (parent !== undefined && !parent.startsWith('//cloudresourcemanager.googleapis.com/')) return parent
  return chain[0] ?? parent
}
