/**
 * @module Service accounts, their keys and custom roles. Service accounts are re-keyed by email
 * (gcpServiceAccountNodeId); their numeric CAI name and unique id become aliases of that node, so keys
 * and IAM policies that use the numeric form land on it in whatever file they come (within one file the
 * sink also remembers them, so the key's own id is built from the email).
 */
import { asBoolean, asString, compact, lower, strings } from '../../shared/json-access.js'
import type { AssetMapper } from '../asset-mapper.js'
import type { AssetSink } from '../asset-sink.js'
import type { CaiAsset } from '../cai-asset.js'
import { gcpServiceAccountNodeId, gcpServiceAccountUniqueIdAlias } from '../../ids.js'
import { lastSegment, projectIdOfName, serviceAccountEmailOfName } from '../gcp-names.js'

/** `…/serviceAccounts/<uniqueId or email>` part of a CAI name (a key's name includes `/keys/<id>` after it). */
const accountSegment = (name: string): string | undefined => /serviceAccounts\/([^/]+)/.exec(name)?.[1]

/** `//iam.googleapis.com/projects/p/serviceAccounts/<id>/keys/k` → `//iam.googleapis.com/projects/p/serviceAccounts/<id>`. */
const accountCaiName = (name: string): string | undefined => /^(\/\/iam\.googleapis\.com\/projects\/[^/]+\/serviceAccounts\/[^/]+)/.exec(name)?.[1]

/**
 * Node id of the account a CAI name points at: email-keyed when the name or this file tells the email, else
 * the account's numeric CAI name, an alias of the email-keyed node (mapServiceAccount) the graph resolves.
 */
export function serviceAccountIdOfName(name: string, out: AssetSink, projectId?: string): string | undefined {
  const email = serviceAccountEmailOfName(name)
  if (email !== undefined) return gcpServiceAccountNodeId(email, projectId ?? projectIdOfName(name))
  const account = accountSegment(name)
  return account === undefined ? undefined : (out.serviceAccountNodeId(account) ?? accountCaiName(name))
}

/** The other ids of a service account: its CAI name (numeric) when keyed by email, and its unique id. */
export function serviceAccountAliases(asset: CaiAsset, id: string): string[] {
  const uniqueId = asString(asset.data['uniqueId'])
  return [
    ...(asset.name === id ? [] : [asset.name]),
    ...(uniqueId === undefined ? [] : [gcpServiceAccountUniqueIdAlias(uniqueId)]),
  ]
}

export function serviceAccountId(asset: CaiAsset, out: AssetSink): string | undefined {
  const email = asString(asset.data['email'])
  if (email === undefined) return serviceAccountIdOfName(asset.name, out)
  return gcpServiceAccountNodeId(email, asString(asset.data['projectId']) ?? projectIdOfName(asset.name))
}

export const mapServiceAccount: AssetMapper = (ctx) => {
  const email = asString(ctx.data['email'])?.toLowerCase()
  const uniqueId = asString(ctx.data['uniqueId'])
  const account = accountSegment(ctx.asset.name)
  for (const alias of [uniqueId, account]) if (alias !== undefined) ctx.out.serviceAccount(alias, ctx.id)
  return compact({
    email,
    uniqueId,
    displayName: asString(ctx.data['displayName']),
    disabled: asBoolean(ctx.data['disabled']) ?? false,
    projectId: asString(ctx.data['projectId']),
    oauth2ClientId: asString(ctx.data['oauth2ClientId']),
    defaultComputeAccount: email?.endsWith('-compute@developer.gserviceaccount.com'),
    appEngineDefaultAccount: email?.endsWith('@appspot.gserviceaccount.com'),
  })
}

/** A key's id hangs under its account's email-keyed id; `data.name` carries the email even when the CAI name does not. */
export function serviceAccountKeyId(asset: CaiAsset, out: AssetSink): string | undefined {
  const account = serviceAccountIdOfName(asString(asset.data['name']) ?? asset.name, out, projectIdOfName(asset.name))
  return account === undefined ? undefined : `${account}/keys/${lastSegment(asset.name)}`
}

export const keyAccountId = (asset: CaiAsset, out: AssetSink): string | undefined =>
  serviceAccountIdOfName(asString(asset.data['name']) ?? asset.name, out, projectIdOfName(asset.name))

export const mapServiceAccountKey: AssetMapper = (ctx) => {
  const account = keyAccountId(ctx.asset, ctx.out)
  if (account !== undefined) ctx.out.edge(ctx.id, 'attached-to', account)
  const keyType = lower(ctx.data['keyType'])
  return compact({
    serviceAccountId: account,
    keyType,
    userManaged: keyType === 'user_managed',
    keyOrigin: lower(ctx.data['keyOrigin']),
    keyAlgorithm: asString(ctx.data['keyAlgorithm']),
    validAfterTime: asString(ctx.data['validAfterTime']),
    validBeforeTime: asString(ctx.data['validBeforeTime']),
    disabled: asBoolean(ctx.data['disabled']),
  })
}

export const mapRole: AssetMapper = (ctx) =>
  compact({
    title: asString(ctx.data['title']),
    stage: lower(ctx.data['stage']),
    includedPermissions: strings(ctx.data['includedPermissions']),
    deleted: asBoolean(ctx.data['deleted']),
  })
