/**
 * @module Container image references → canonical image node ids, shared by pods and scanner reports.
 * Docker Hub spellings are folded (`docker.io/library/nginx` = `nginx`) and a bare name means
 * `:latest`, so `nginx` in a pod spec and `nginx:latest` in a Trivy report reach one node.
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
