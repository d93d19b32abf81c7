/**
 * @module Node `spec.providerID` → the cloud VM node ids it runs on (the Kubernetes → cloud hop).
 * An EC2 instance ARN needs the account, which only an EKS ARN given as cluster id provides; without
 * it the link targets the instance id alias (`aws-instance://<id>`) that the EC2 mapper gives every
 * instance, so it still lands on the instance whichever account holds it.
 */
import { awsInstanceAlias, azureNodeId } from '../ids.js'
import type { ClusterIdentity } from '../shared/cluster-identity.js'

export interface ProviderIdTarget {
  /** Cloud node ids, most specific first (a VMSS instance, then its scale set). */
  readonly ids: readonly string[]
  readonly cloud?: 'aws' | 'azure' | 'gcp'
  readonly instanceId?: string
  /** Why no id could be built, for an issue. */
  readonly problem?: string
}

const AWS = /^aws:\/\/\/?([a-z0-9-]+)\/(i-[0-9a-f]+)$/
const AZURE = /^azure:\/\/(\/subscriptions\/.+)$/i
const VMSS_INSTANCE = /^(.*\/virtualmachinescalesets\/[^/]+)\/virtualmachines\/[^/]+$/
const GCE = /^gce:\/\/([^/]+)\/([^/]+)\/([^/]+)$/

/** `eu-west-1a` → `eu-west-1`; local and wavelength zones (`us-west-2-lax-1a`) keep their parent region. */
export function awsRegionOfZone(zone: string): string | undefined {
  return /^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)/.exec(zone)?.[1]
}

export function providerIdTargets(providerId: string, cluster: ClusterIdentity): ProviderIdTarget {
  const aws = AWS.exec(providerId)
  if (aws) {
    const instanceId = aws[2]!
    const region = awsRegionOfZone(aws[1]!)
    if (cluster.awsAccountId === undefined || region === undefined) return { ids: [awsInstanceAlias(instanceId)], cloud: 'aws', instanceId }
    const arn = `arn:${cluster.awsPartition ?? 'aws'}:ec2:${region}:${cluster.awsAccountId}:instance/${instanceId}`
    return { ids: [arn], cloud: 'aws', instanceId }
  }
  const azure = AZURE.exec(providerId)
  if (azure) {
    const id = azureNodeId(azure[1]!)
    const scaleSet = VMSS_INSTANCE.exec(id)?.[1]
    return { ids: scaleSet === undefined ? [id] : [id, scaleSet], cloud: 'azure', instanceId: id }
  }
  const gce = GCE.exec(providerId)
  if (gce) {
    const id = `//compute.googleapis.com/projects/${gce[1]!}/zones/${gce[2]!}/instances/${gce[3]!}`
    return { ids: [id], cloud: 'gcp', instanceId: gce[3]! }
  }
  return { ids: [], problem: `providerID ${providerId} has no known cloud form` }
}
