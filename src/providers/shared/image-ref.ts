/**
 * @module Container image references → image node ids, shared by pods, container apps, Cloud Run and
 * scanner reports. Docker Hub spellings are folded (`docker.io/library/nginx` = `nginx`) and a bare name
 * means `:latest`, so `nginx` in a pod spec and `nginx:latest` in a Trivy report reach one node.
 *
 * An image known by tag and digest is one node: keyed by the tag id, with the digest id(s) as aliases
 * (NodeInput.aliases), so a report naming only the digest and a pod naming only the tag meet. The tag is
 * the key, not the digest, because an alias shared by two nodes merges them: two tags of one digest are
 * the same bytes (merging is right), while one tag seen with two digests (`:latest` pulled twice) must
 * not merge two different images into one.
 */
import { imageNodeId } from '../ids.js'

export interface ImageRef {
  readonly repository: string
  readonly tag?: string
  readonly digest?: string
}

const HUB_PREFIXES = ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'docker.io/', 'index.docker.io/', 'registry-1.docker.io/']

/** Parses `registry/repo:tag@sha256:…`; undefined when the text is not an image reference. */
export function parseImageRef(text: string): ImageRef | undefined {
  let ref = text.trim().replace(/^(docker-pullable|docker|containerd|cri-o):\/\//, '')
  if (ref.length === 0 || /\s/.test(ref) || ref.startsWith('/') || ref.startsWith('.')) return undefined
  if (ref.startsWith('sha256:')) return undefined
  let digest: string | undefined
  const at = ref.indexOf('@')
  if (at >= 0) {
    digest = ref.slice(at + 1)
    ref = ref.slice(0, at)
    if (!/^sha256:[0-9a-f]{6,}$/i.test(digest)) return undefined
    digest = digest.toLowerCase()
  }
  let tag: string | undefined
  const lastSlash = ref.lastIndexOf('/')
  const colon = ref.lastIndexOf(':')
  if (colon > lastSlash) {
    tag = ref.slice(colon + 1)
    ref = ref.slice(0, colon)
    if (tag.length === 0) return undefined
  }
  let repository = ref.toLowerCase()
  for (const prefix of HUB_PREFIXES) {
    if (repository.startsWith(prefix)) {
      repository = repository.slice(prefix.length)
      break
    }
  }
  if (repository.length === 0 || !/^[a-z0-9][a-z0-9._\-/:]*$/.test(repository)) return undefined
  if (tag === undefined && digest === undefined) tag = 'latest'
  return { repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) }
}

/** Every node id an image is known by: tag id and digest id (digest first when both exist). */
export function imageIdsOf(ref: ImageRef): string[] {
  const ids: string[] = []
  if (ref.digest !== undefined) ids.push(imageNodeId(ref.repository, ref.digest))
  if (ref.tag !== undefined) ids.push(imageNodeId(ref.repository, ref.tag))
  return ids
}

export function imageRefText(ref: ImageRef): string {
  return `${ref.repository}${ref.tag === undefined ? '' : `:${ref.tag}`}${ref.digest === undefined ? '' : `@${ref.digest}`}`
}

/** The node an image is: keyed by its tag id when it has a tag, else its digest id; its other ids are aliases. */
export function imageIdentity(ref: ImageRef, moreDigests: readonly ImageRef[] = []): { id: string; aliases: string[] } {
  const ids = imageIdsOf(ref)
  const id = ref.tag === undefined ? ids[0]! : imageNodeId(ref.repository, ref.tag)
  const aliases = new Set<string>(ids.filter((other) => other !== id))
  for (const digest of moreDigests) if (digest.digest !== undefined) aliases.add(imageNodeId(digest.repository, digest.digest))
  aliases.delete(id)
  return { id, aliases: [...aliases] }
}

/**
 * The node id an image reference names (`repo:tag`, `repo@sha256:…`, a bare name), for `is-running` edges of
 * platforms that list images as text (Azure container apps and instances, Cloud Run, Cloud Functions). Text
 * that is no image reference keeps its raw form.
 */
export function imageRefNodeId(text: string): string {
  const ref = parseImageRef(text)
  return ref === undefined ? imageNodeId(text.trim()) : imageIdentity(ref).id
}
