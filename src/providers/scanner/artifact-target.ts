/**
 * @module What a report describes → the node id(s) its findings attach to, so the stub merges
 * with the real node: images by tag and repo digest (same ids as pods use), VMs by ARN / ARM id /
 * CAI name, hosts known only by name as `host://<name>`, anything else as `artifact://<name>`.
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { Family } from '../../model/vocabulary.js'
import { azureNodeId } from '../ids.js'
import { imageIdentity, imageRefText, parseImageRef } from '../shared/image-ref.js'
import type { ImageRef } from '../shared/image-ref.js'
import { compact } from '../shared/json-values.js'

export interface ArtifactTarget {
  /** Node ids the findings go on: the node's id first (for images the tag id when known), then its aliases. */
  readonly ids: readonly string[]
  readonly kind: string
  readonly family: Family
  readonly name: string
  readonly props: JsonObject
}

/** `nginx:1.25 (debian 12.5)` → `nginx:1.25`: Trivy appends the OS to image targets. */
export const stripOsSuffix = (target: string): string => target.replace(/\s+\([^)]*\)\s*$/, '').trim()

/** An image from its user-facing reference plus any repo digests / tags the report lists. */
export function imageTarget(reference: string | undefined, repoDigests: readonly string[] = [], repoTags: readonly string[] = []): ArtifactTarget | undefined {
  const candidates = [reference, ...repoTags].filter((r): r is string => r !== undefined)
  let primary: ImageRef | undefined
  for (const candidate of candidates) {
    primary = parseImageRef(stripOsSuffix(candidate))
    if (primary !== undefined) break
  }
  const digests = repoDigests.map((d) => parseImageRef(d)).filter((r): r is ImageRef => r?.digest !== undefined)
  if (primary === undefined && digests.length === 0) return undefined
  const main = primary ?? digests[0]!
  const { id, aliases } = imageIdentity(main, digests)
  return {
    ids: [id, ...aliases],
    kind: 'container.image',
    family: 'container-image',
    name: imageRefText(main),
    props: compact({
      repository: main.repository,
      tag: main.tag,
      digest: main.digest ?? digests[0]?.digest,
      repoDigests: digests.length > 0 ? digests.map(imageRefText) : undefined,
    }),
  }
}

const AWS_INSTANCE = /^arn:aws[\w-]*:ec2:[^:]+:\d{12}:instance\/i-[0-9a-f]+$/
const AZURE_VM = /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+\/providers\/microsoft\.compute\/virtualmachines\/[^/]+$/i
const GCE_INSTANCE = /^(?:\/\/compute\.googleapis\.com\/)?(projects\/[^/]+\/zones\/[^/]+\/instances\/[^/]+)$/

/** A VM named by a cloud id; undefined when `name` is not one. */
export function cloudVmTarget(name: string): ArtifactTarget | undefined {
  const text = name.trim()
  if (AWS_INSTANCE.test(text)) return { ids: [text], kind: 'aws.ec2.instance', family: 'vm', name: text, props: {} }
  if (AZURE_VM.test(text)) return { ids: [azureNodeId(text)], kind: 'azure.compute.virtualmachine', family: 'vm', name: text.split('/').pop()!, props: {} }
  const gce = GCE_INSTANCE.exec(text)
  if (gce) return { ids: [`//compute.googleapis.com/${gce[1]!}`], kind: 'gcp.compute.instance', family: 'vm', name: text.split('/').pop()!, props: {} }
  return undefined
}

/** A host the report names: a cloud id when it is one, else `host://<name>` for a name join later. */
export function hostTarget(name: string): ArtifactTarget {
  return cloudVmTarget(name) ?? {
    ids: [`host://${name.trim().toLowerCase()}`],
    kind: 'scanner.host',
    family: 'vm',
    name: name.trim(),
    props: { hostName: name.trim() },
  }
}

export function fileTarget(name: string): ArtifactTarget {
  return { ids: [`artifact://${name}`], kind: 'scanner.artifact', family: 'other', name, props: { path: name } }
}
