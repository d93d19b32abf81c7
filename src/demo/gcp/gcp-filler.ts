/**
 * @module Filler for the GCP projects: private instances with their boot disks, private buckets, service
 * accounts and internal firewall rules. Exact counts.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { companyTags, SERVICES, TEAMS } from '../demo-company.js'
import { DemoRandom } from '../demo-random.js'
import type { Project } from './gcp-assets.js'
import { bucketAsset, diskAsset, firewallAsset, instanceAsset, serviceAccountAsset, serviceAccountEmail } from './gcp-assets.js'
import { gcpLabels } from './gcp-planted.js'

export interface GcpFillerScope {
  readonly project: Project
  readonly network: string
  readonly subnetwork: string
  /** First two octets of the private range. */
  readonly prefix: string
  readonly env: 'prod' | 'dev'
  readonly stream: string
}

export function* gcpFillerAssets(seed: number, clock: DemoClock, scope: GcpFillerScope, count: number): Generator<JsonObject> {
  const rng = DemoRandom.stream(seed, scope.stream)
  const { project } = scope
  let remaining = count
  let index = 0
  while (remaining > 0) {
    index++
    const service = rng.pick(SERVICES)
    const labels = gcpLabels(companyTags(rng.pick(TEAMS), rng.pick(['low', 'medium', 'medium', 'high'] as const), { env: scope.env, service }))
    const suffix = index.toString(36)
    const roll = rng.float()
    if (remaining >= 2 && roll < 0.5) {
      const zone = `${project.region}-${rng.pick(['b', 'c', 'd'])}`
      const spec = {
        project,
        zone,
        name: `${service}-${scope.env}-${suffix}`,
        machineType: rng.pick(['e2-medium', 'e2-standard-2', 'n2-standard-2', 'n2-standard-4']),
        network: scope.network,
        subnetwork: scope.subnetwork,
        networkIp: `${scope.prefix}.${32 + ((index >> 8) % 32)}.${(index & 255) || 1}`,
        tags: [service],
        serviceAccount: serviceAccountEmail(project, `${service}-runtime`),
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
        labels,
        diskSizeGb: rng.pick([10, 20, 50]),
        image: 'https://www.googleapis.com/compute/v1/projects/debian-cloud/global/images/debian-12-bookworm-v20240415',
      }
      yield instanceAsset(clock, spec)
      yield diskAsset(clock, spec)
      remaining -= 2
    } else if (roll < 0.75) {
      yield bucketAsset(clock, { name: `ridgeline-${scope.env}-${service}-${suffix}-${rng.hex(4)}`, project, labels: { ...labels, 'data-classification': 'internal' }, publicAccessPrevention: 'enforced' })
      remaining--
    } else if (roll < 0.92) {
      yield serviceAccountAsset(clock, project, serviceAccountEmail(project, `${service}-${rng.pick(['runtime', 'ci', 'batch', 'reader'])}-${suffix}`.slice(0, 30)), `${service} workload`)
      remaining--
    } else {
      yield firewallAsset(clock, project, {
        name: `allow-${service}-${suffix}`,
        network: scope.network,
        sourceRanges: [`${scope.prefix}.0.0/16`],
        allowed: [{ IPProtocol: 'tcp', ports: [String(rng.pick([443, 8080, 8443, 9090]))] }],
        targetTags: [service],
        description: `${service} from inside the VPC`,
      })
      remaining--
    }
  }
}
