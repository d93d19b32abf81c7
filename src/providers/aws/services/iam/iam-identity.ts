/**
 * @module IAM users, groups and roles as identity/group nodes, with everything a policy evaluator
 * needs in props: attached managed policy ARNs, inline documents, trust policy, boundary ARN.
 * Users join groups by name (the only link the exports give); instance profiles run as their role.
 */
import type { EdgeInput, JsonObject, NodeInput } from '../../../../model/graph-types.js'
import { awsAccessKeyNodeId } from '../../../ids.js'
import { compact, field, obj, objects, str, strings } from '../../core/json.js'
import { accountNode, awsNode, edge } from '../../core/nodes.js'
import { partitionOf, parseArn } from '../../core/arn.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { tagsOf } from '../../core/tags.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import type { MappedResource } from '../../config/config-mapper.js'
import { attachedPolicyArns, managedAttachmentEdges, permissionsBoundaryArn, readInlinePolicies } from './iam-common.js'
import type { IamRef } from './iam-common.js'


/** A group ARN from its name when the group itself is not in the same input (path assumed `/`). */
export function defaultGroupArn(accountId: string, groupName: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${accountId}:group/${groupName}`
}

function accessKeysOf(raw: JsonObject, ref: IamRef): { props: JsonObject[]; nodes: NodeInput[]; edges: EdgeInput[] } {
  const keys = objects(raw, 'accessKeys', 'accessKeyMetadata', 'AccessKeyMetadata').flatMap((key) => {
    const accessKeyId = str(key, 'accessKeyId')
    if (accessKeyId === undefined) return []
    const props = compact({
      accessKeyId,
      status: str(key, 'status'),
      createdAt: toIsoTimestamp(field(key, 'createDate')),
      lastUsedAt: toIsoTimestamp(field(obj(key, 'accessKeyLastUsed') ?? key, 'lastUsedDate')),
    })
    return [{ accessKeyId, props }]
  })
  const nodes = keys.map(({ accessKeyId, props }) =>
    awsNode({
      id: awsAccessKeyNodeId(accessKeyId),
      kind: 'aws.iam.access-key',
      accountId: ref.accountId,
      name: accessKeyId,
      props: { ...props, userArn: ref.arn },
    }),
  )
  return { props: keys.map((k) => k.props), nodes, edges: nodes.map((n) => edge(n.id, ref.arn, 'attached-to')) }
}

/**
 * `groupArnOf` turns the group names of `GroupList` into ARNs for `member-of` edges; a reader that
 * resolves names later (groups listed after users in the file) passes none and adds the edges itself.
 */
export function mapIamUser(raw: JsonObject, ref: IamRef, groupArnOf?: (name: string) => string): MappedResource {
  const inline = readInlinePolicies(raw, 'userPolicyList', ref, 'user')
  const managed = attachedPolicyArns(raw)
  const groupNames = strings(raw, 'groupList')
  const groupArns = groupArnOf === undefined ? [] : groupNames.map(groupArnOf)
  const keys = accessKeysOf(raw, ref)
  const mfaList = field(raw, 'mfaDevices', 'MFADevices', 'mfaDeviceList')
  const mfaSerials = objects(raw, 'mfaDevices', 'MFADevices', 'mfaDeviceList').flatMap((d) => strings(d, 'serialNumber'))
  return {
    kind: 'aws.iam.user',
    name: str(raw, 'userName') ?? ref.arn.split('/').pop(),
    props: compact({
      userName: str(raw, 'userName'),
      userId: str(raw, 'userId'),
      path: str(raw, 'path'),
      createdAt: toIsoTimestamp(field(raw, 'createDate')),
      passwordLastUsedAt: toIsoTimestamp(field(raw, 'passwordLastUsed')),
      attachedPolicyArns: managed,
      inlinePolicies: inline.props,
      permissionsBoundaryArn: permissionsBoundaryArn(raw),
      groupNames,
      accessKeys: keys.props.length > 0 ? keys.props : undefined,
      mfaDevices: mfaList === undefined ? undefined : mfaSerials,
      mfaEnabled: mfaList === undefined ? undefined : mfaSerials.length > 0,
    }),
    nodes: [...inline.nodes, ...keys.nodes],
    edges: [
      ...managedAttachmentEdges(managed, ref.arn),
      ...inline.edges,
      ...groupArns.map((group) => edge(ref.arn, group, 'member-of')),
      ...keys.edges,
    ],
    problems: inline.problems,
  }
}

export function mapIamGroup(raw: JsonObject, ref: IamRef): MappedResource {
  const inline = readInlinePolicies(raw, 'groupPolicyList', ref, 'group')
  const managed = attachedPolicyArns(raw)
  return {
    kind: 'aws.iam.group',
    name: str(raw, 'groupName') ?? ref.arn.split('/').pop(),
    props: compact({
      groupName: str(raw, 'groupName'),
      groupId: str(raw, 'groupId'),
      path: str(raw, 'path'),
      createdAt: toIsoTimestamp(field(raw, 'createDate')),
      attachedPolicyArns: managed,
      inlinePolicies: inline.props,
    }),
    nodes: inline.nodes,
    edges: [...managedAttachmentEdges(managed, ref.arn), ...inline.edges],
    problems: inline.problems,
  }
}

function instanceProfilesOf(raw: JsonObject, ref: IamRef): { arns: string[]; nodes: NodeInput[]; edges: EdgeInput[] } {
  const nodes = objects(raw, 'instanceProfileList').flatMap((profile) => {
    const name = str(profile, 'instanceProfileName')
    const arn =
      str(profile, 'arn') ??
      (name === undefined ? undefined : `arn:${parseArn(ref.arn)?.partition ?? partitionOf(undefined)}:iam::${ref.accountId}:instance-profile/${name}`)
    if (arn === undefined) return []
    return [
      awsNode({
        id: arn,
        kind: 'aws.iam.instance-profile',
        accountId: ref.accountId,
        name: name ?? arn,
        props: compact({
          instanceProfileName: name,
          instanceProfileId: str(profile, 'instanceProfileId'),
          path: str(profile, 'path'),
          createdAt: toIsoTimestamp(field(profile, 'createDate')),
          roleArns: [ref.arn],
        }),
      }),
    ]
  })
  return {
    arns: nodes.map((n) => n.id),
    nodes,
    edges: nodes.map((n) => edge(n.id, ref.arn, 'can-authenticate-as', { via: 'instance-profile' })),
  }
}

const ACCOUNT_IN_PRINCIPAL = /^(?:arn:aws[a-z-]*:(?:iam|sts)::)?(\d{12})(?::|$)/

/**
 * Accounts other than the role's own that its trust policy lets in (`"AWS": "arn:aws:iam::999988887777:root"`,
 * a role or user ARN there, or a bare account id). Each is a node, as any account a resource names is: an
 * account outside the inputs is then the source of the `can-assume` edge the permissions analysis derives.
 */
export function trustedAccounts(trustPolicy: JsonObject | undefined, ownAccount: string): string[] {
  const accounts = new Set<string>()
  for (const statement of objects(trustPolicy, 'Statement')) {
    if (str(statement, 'Effect') !== 'Allow') continue
    const principal = field(statement, 'Principal')
    const named = typeof principal === 'object' && principal !== null && !Array.isArray(principal) ? strings(principal, 'AWS') : []
    for (const entry of named) {
      const account = ACCOUNT_IN_PRINCIPAL.exec(entry)?.[1]
      if (account !== undefined && account !== ownAccount) accounts.add(account)
    }
  }
  return [...accounts].sort()
}

export function mapIamRole(raw: JsonObject, ref: IamRef): MappedResource {
  const inline = readInlinePolicies(raw, 'rolePolicyList', ref, 'role')
  const managed = attachedPolicyArns(raw)
  const trust = parsePolicyDocument(field(raw, 'assumeRolePolicyDocument'))
  const profiles = instanceProfilesOf(raw, ref)
  const trusted = trustedAccounts(trust.document, ref.accountId).map(accountNode)
  const lastUsed = obj(raw, 'roleLastUsed')
  return {
    kind: 'aws.iam.role',
    name: str(raw, 'roleName') ?? ref.arn.split('/').pop(),
    props: compact({
      roleName: str(raw, 'roleName'),
      roleId: str(raw, 'roleId'),
      path: str(raw, 'path'),
      description: str(raw, 'description'),
      createdAt: toIsoTimestamp(field(raw, 'createDate')),
      maxSessionDurationSeconds: field(raw, 'maxSessionDuration'),
      trustPolicy: trust.document,
      attachedPolicyArns: managed,
      inlinePolicies: inline.props,
      permissionsBoundaryArn: permissionsBoundaryArn(raw),
      instanceProfileArns: profiles.arns,
      lastUsedAt: toIsoTimestamp(field(lastUsed, 'lastUsedDate')),
      lastUsedRegion: str(lastUsed, 'region'),
    }),
    nodes: [...inline.nodes, ...profiles.nodes, ...trusted],
    edges: [...managedAttachmentEdges(managed, ref.arn), ...inline.edges, ...profiles.edges],
    problems: [...inline.problems, ...(trust.error === undefined ? [] : [`assumeRolePolicyDocument: ${trust.error}`])],
  }
}

/** Tags of an IAM entity: a `[{Key,Value}]` list in both exports. */
export const iamTagsOf = (raw: JsonObject): Record<string, string> => tagsOf(field(raw, 'tags'))
