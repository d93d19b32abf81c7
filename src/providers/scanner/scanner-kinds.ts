/** @module Node kinds the scanner adapters emit: stubs that merge with the real image / VM nodes. */
import type { KindInfo } from '../shared/kind-info.js'

export const SCANNER_KINDS = {
  'container.image': { family: 'container-image', description: 'Scanned image, keyed by tag with repo digests as aliases; vulnerabilities and secrets as props' },
  'aws.ec2.instance': { family: 'vm', description: 'Scanned EC2 instance named by its ARN' },
  'azure.compute.virtualmachine': { family: 'vm', description: 'Scanned Azure VM named by its ARM id' },
  'gcp.compute.instance': { family: 'vm', description: 'Scanned Compute Engine instance named by its CAI name' },
  'scanner.host': { family: 'vm', description: 'Scanned host known only by name (`host://<name>`), joined by name in analyses' },
  'scanner.artifact': { family: 'other', description: 'Scanned file system, repository, archive or file (`artifact://<name>`)' },
} as const satisfies Record<string, KindInfo>
