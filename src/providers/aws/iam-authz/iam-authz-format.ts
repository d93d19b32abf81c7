/**
 * @module `aws-iam-authorization-details`: `aws iam get-account-authorization-details` output
 * (users, groups, roles with instance profiles, managed policies with every version), streamed in
 * one pass. Pages of one account (`IsTruncated`/`Marker`) are separate files whose nodes merge by
 * ARN. Users name their groups; the names resolve against the groups of the same file, else the
 * group ARN is assumed at path `/`.
 */
import type { DetectionSample, FormatAdapter, ReadContext } from '../../../formats/format-adapter.js'
import { isSkyhoundError } from '../../../model/errors.js'
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { parseArn } from '../core/arn.js'
import { isObject, str, strings } from '../core/json.js'
import { FragmentBuilder, awsNode, edge } from '../core/nodes.js'
import { accountNodesOnce } from '../core/account-once.js'
import { shapeOf } from '../core/sample-shape.js'
import type { MappedResource } from '../config/config-mapper.js'
import { defaultGroupArn, iamTagsOf, mapIamGroup, mapIamRole, mapIamUser } from '../services/iam/iam-identity.js'
import { isAwsManagedPolicy, mapManagedPolicy } from '../services/iam/iam-policy.js'

const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const
type ListName = (typeof LISTS)[number]

export function detectIamAuthorizationDetails(sample: DetectionSample): boolean {
  const shape = shapeOf(sample)
  if (shape.root !== 'object') return false
  if (shape.keys.has('UserDetailList') || shape.keys.has('GroupDetailList') || shape.keys.has('RoleDetailList')) return true
  if (!shape.keys.has('Policies')) return false
  const first = shape.firstItemKeys.get('Policies')
  // Organizations list-policies also has `Policies`, but with `Name`/`Type` instead of `PolicyName`.
  return first !== undefined && (first.has('PolicyName') || first.has('PolicyVersionList') || first.has('DefaultVersionId'))
}

interface AuthzState {
  readonly groupsByName: Map<string, string>
  readonly memberships: { userArn: string; accountId: string; partition: string; groupName: string }[]
  read: number
}

function entityName(list: ListName, raw: JsonObject): string | undefined {
  return str(raw, list === 'UserDetailList' ? 'UserName' : list === 'GroupDetailList' ? 'GroupName' : list === 'RoleDetailList' ? 'RoleName' : 'PolicyName')
}

function mapEntity(list: ListName, raw: JsonObject, arn: string, accountId: string, state: AuthzState): MappedResource {
  switch (list) {
    case 'UserDetailList': {
      const partition = parseArn(arn)?.partition ?? 'aws'
      for (const groupName of strings(raw, 'GroupList')) state.memberships.push({ userArn: arn, accountId, partition, groupName })
      return mapIamUser(raw, { arn, accountId })
    }
    case 'GroupDetailList': {
      const name = str(raw, 'GroupName')
      if (name !== undefined) state.groupsByName.set(`${accountId}/${name}`, arn)
      return mapIamGroup(raw, { arn, accountId })
    }
    case 'RoleDetailList':
      return mapIamRole(raw, { arn, accountId })
    case 'Policies':
      return mapManagedPolicy(raw, arn)
  }
}

/** The raw entity for `config`; instance profiles repeat their full role objects, which are dropped. */
function configOf(list: ListName, raw: JsonObject): JsonObject {
  if (list !== 'RoleDetailList' || !Array.isArray(raw['InstanceProfileList'])) return raw
  const profiles = raw['InstanceProfileList'].map((p) => (isObject(p) ? Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'Roles')) : p))
  return { ...raw, InstanceProfileList: profiles }
}

function readEntity(ctx: ReadContext, list: ListName, index: number, value: JsonValue, state: AuthzState): void {
  const name = isObject(value) ? entityName(list, value) : undefined
  const location = `${list}[${index}]${name === undefined ? '' : ` (${name})`}`
  const arn = isObject(value) ? str(value, 'Arn') : undefined
  const parsed = arn === undefined ? undefined : parseArn(arn)
  if (!isObject(value) || arn === undefined || parsed === undefined) {
    ctx.issue({ location, kind: 'invalid-record', message: `${list} entry has no valid Arn`, hint: 'this entry was skipped; the rest of the file was read' })
    return
  }
  const owner = list === 'Policies' && isAwsManagedPolicy(arn) ? undefined : parsed.account
  const mapped = mapEntity(list, value, arn, owner ?? parsed.account, state)
  const out = new FragmentBuilder()
  out.addNode(awsNode({ id: arn, kind: mapped.kind, accountId: owner, name: mapped.name, tags: iamTagsOf(value), props: { ...mapped.props, config: configOf(list, value) } }))
  out.addContainment(owner, arn)
  for (const extra of mapped.nodes ?? []) out.addNode(extra).addContainment(owner, extra.id)
  out.addEdges(mapped.edges ?? [])
  ctx.emit(out.build())
  state.read++
  for (const problem of mapped.problems ?? []) {
    ctx.issue({ location, kind: 'invalid-record', message: problem, hint: 'the entity was kept without this policy document' })
  }
}

function emitMemberships(ctx: ReadContext, state: AuthzState): void {
  const out = new FragmentBuilder()
  for (const m of state.memberships) {
    const group = state.groupsByName.get(`${m.accountId}/${m.groupName}`) ?? defaultGroupArn(m.accountId, m.groupName, m.partition)
    out.addEdge(edge(m.userArn, group, 'member-of'))
  }
  if (out.size > 0) ctx.emit(out.build())
}

export const awsIamAuthorizationDetailsFormat: FormatAdapter = {
  id: 'aws-iam-authorization-details',
  provider: 'aws',
  title: 'AWS IAM get-account-authorization-details',
  detect: detectIamAuthorizationDetails,
  async read(input) {
    const ctx = accountNodesOnce(input)
    const state: AuthzState = { groupsByName: new Map(), memberships: [], read: 0 }
    try {
      for await (const entry of ctx.file.splitArrays({ paths: LISTS.map((list) => [list]) })) {
        if (entry.type !== 'item') continue
        readEntity(ctx, entry.path[0] as ListName, entry.index, entry.value, state)
      }
    } catch (error) {
      if (!isSkyhoundError(error) || state.read === 0) throw error
      const prefix = `${ctx.file.path}:`
      ctx.issue({
        location: error.where?.startsWith(prefix) ? error.where.slice(prefix.length) : 'file',
        kind: 'parse-error',
        message: `${error.message} (${state.read} entities before the break were read)`,
        ...(error.hint === undefined ? {} : { hint: error.hint }),
      })
    }
    emitMemberships(ctx, state)
  },
}
