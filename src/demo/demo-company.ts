/**
 * @module The fictional company behind the demo estate, Ridgeline Outfitters (an outdoor-gear retailer), and
 * the canonical node ids of its scopes. Planted resources use fixed names and ids so `expected.json` is the
 * same at every seed and scale; only filler and timestamps depend on the seed.
 */
import { awsAccountNodeId, azureNodeId, azureSubscriptionNodeId, gcpProjectNodeId, k8sClusterNodeId } from '../providers/ids.js'
import { hash32 } from './demo-random.js'

export const COMPANY = {
  name: 'Ridgeline Outfitters',
  domain: 'ridgeline-outfitters.example',
  registry: 'registry.ridgeline-outfitters.example',
} as const

export const AWS_PROD = { accountId: '111122223333', alias: 'ridgeline-prod', region: 'eu-west-1', extraRegion: 'us-east-1' } as const
export const AWS_DEV = { accountId: '444455556666', alias: 'ridgeline-dev', region: 'us-east-1' } as const
/** A vendor's account outside the estate (trusted by one planted role). */
export const AWS_EXTERNAL_ACCOUNT = '999988887777'

export const AZURE_TENANT = '00000000-0000-4000-8000-0000000000aa'
export const AZURE_PROD = { subscriptionId: '00000000-0000-4000-8000-000000000001', name: 'ridgeline-prod', location: 'westeurope' } as const
export const AZURE_DEV = { subscriptionId: '00000000-0000-4000-8000-000000000002', name: 'ridgeline-dev', location: 'northeurope' } as const

export const GCP_ORG = '998877665544'
export const GCP_PROD = { projectId: 'ridgeline-prod', number: '112233445566', region: 'europe-west1', zone: 'europe-west1-b' } as const
export const GCP_DEV = { projectId: 'ridgeline-dev', number: '665544332211', region: 'europe-west1', zone: 'europe-west1-c' } as const

export const CLUSTERS = {
  eks: 'ridgeline-eks-prod',
  aks: 'aks-ridgeline-prod',
  gke: 'gke-ridgeline-prod',
} as const

export const SCOPES = {
  awsProd: awsAccountNodeId(AWS_PROD.accountId),
  awsDev: awsAccountNodeId(AWS_DEV.accountId),
  azureProd: azureSubscriptionNodeId(AZURE_PROD.subscriptionId),
  azureDev: azureSubscriptionNodeId(AZURE_DEV.subscriptionId),
  gcpProd: gcpProjectNodeId(GCP_PROD.number),
  gcpDev: gcpProjectNodeId(GCP_DEV.number),
  eks: k8sClusterNodeId(CLUSTERS.eks),
  aks: k8sClusterNodeId(CLUSTERS.aks),
  gke: k8sClusterNodeId(CLUSTERS.gke),
} as const

/** Teams that own resources (the `owner` tag). */
export const TEAMS = ['shop', 'payments', 'data', 'platform', 'ops', 'security', 'analytics', 'supply-chain'] as const
/** Internal services of the company (filler workloads are named after them). */
export const SERVICES = [
  'catalog', 'inventory', 'pricing', 'search', 'recommendations', 'cart', 'shipping', 'returns', 'loyalty', 'reviews',
  'notifications', 'media', 'gateway', 'billing', 'fraud', 'warehouse', 'forecast', 'etl', 'sizing', 'store-locator',
] as const
export const ownerEmail = (team: string): string => `team-${team}@${COMPANY.domain}`

/** The `owner` / `criticality` / `data-classification` tag convention of the company. */
export function companyTags(
  team: string,
  criticality: 'critical' | 'high' | 'medium' | 'low',
  extra: Record<string, string> = {},
): Record<string, string> {
  return { owner: ownerEmail(team), criticality, env: 'prod', ...extra }
}

/** Start of the demo's day: fixed per seed (never the wall clock), somewhere in the 120 days from 2024-05-01. */
export function demoEpoch(seed: number): number {
  return Date.UTC(2024, 4, 1, 10, 0, 0) + (hash32(seed, 'epoch') % 120) * 86_400_000
}

export class DemoClock {
  constructor(readonly epoch: number) {}

  /** ISO time `minutes` after the epoch (negative = before). */
  iso(minutes = 0): string {
    return new Date(this.epoch + minutes * 60_000).toISOString()
  }

  /** ISO time without milliseconds, as the AWS CLI prints it. */
  isoSeconds(minutes = 0): string {
    return this.iso(minutes).replace(/\.\d{3}Z$/, 'Z')
  }

  /** Python `str(datetime)` form that boto3-based dumps write. */
  python(minutes = 0): string {
    return this.isoSeconds(minutes).replace('T', ' ').replace('Z', '+00:00')
  }

  daysAgo(days: number): string {
    return this.iso(-days * 1440)
  }
}

/** ARM id in the casing ARM returns; the graph lowercases it (`azureNodeId`). */
export function armId(subscriptionId: string, resourceGroup: string, provider: string, ...segments: string[]): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${provider}/${segments.join('/')}`
}
export const armNode = (id: string): string => azureNodeId(id)

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function base32(bytes: readonly number[]): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out
}

/**
 * An access key id that decodes to `accountId` the way real AKIA ids do (base32 payload whose first 48
 * bits hold the account number shifted left by 7), so a finder can attribute a leaked key to its account.
 */
export function awsAccessKeyId(accountId: string, name: string): string {
  const low = BigInt(hash32(name, 'low') & 0x7f)
  const z = (BigInt(accountId) << 7n) | low
  const bytes: number[] = []
  for (let shift = 40n; shift >= 0n; shift -= 8n) bytes.push(Number((z >> shift) & 0xffn))
  const tail = hash32(name, 'tail')
  bytes.push((tail >>> 24) & 0xff, (tail >>> 16) & 0xff, (tail >>> 8) & 0xff, tail & 0xff)
  return `AKIA${base32(bytes)}`
}

/** Inverse of `awsAccessKeyId` (and of the real encoding). */
export function awsAccountOfAccessKey(keyId: string): string {
  const body = keyId.slice(4)
  let bits = 0
  let value = 0n
  const bytes: number[] = []
  for (const char of body) {
    value = (value << 5n) | BigInt(BASE32.indexOf(char))
    bits += 5
    if (bits >= 8) {
      bytes.push(Number((value >> BigInt(bits - 8)) & 0xffn))
      bits -= 8
    }
  }
  let z = 0n
  for (const byte of bytes.slice(0, 6)) z = (z << 8n) | BigInt(byte)
  return ((z & 0x7fffffffff80n) >> 7n).toString().padStart(12, '0')
}
