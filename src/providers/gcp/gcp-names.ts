/**
 * @module Full resource names (CAI `//service.googleapis.com/…`) built from the many ways GCP data
 * refers to a resource: API self-links, relative names, short names, service-account emails.
 */
import { gcpProjectNodeId, gcpServiceAccountNodeId } from '../ids.js'

/** Re-exported for callers that read GCP names from here; the builder lives with the other ids. */
export { gcpServiceAccountNodeId }

const CRM = '//cloudresourcemanager.googleapis.com'

/** Node id of an `ancestors[]` entry: `projects/123`, `folders/42`, `organizations/99`. */
export function ancestorNodeId(ancestor: string): string | undefined {
  const [kind, id] = ancestor.split('/')
  if (id === undefined || id === '') return undefined
  if (kind === 'projects') return gcpProjectNodeId(id)
  return kind === 'folders' || kind === 'organizations' ? `${CRM}/${kind}/${id}` : undefined
}

/**
 * Compute references come as self-links (`https://www.googleapis.com/compute/v1/projects/p/…`),
 * relative names (`projects/p/global/networks/n`) or full names; all become `//compute.googleapis.com/…`.
 */
export function computeName(ref: string): string | undefined {
  const link = /^https?:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\/(.+)$/.exec(ref)
  if (link?.[1] !== undefined) return `//compute.googleapis.com/${link[1]}`
  if (ref.startsWith('//')) return ref
  return ref.startsWith('projects/') ? `//compute.googleapis.com/${ref}` : undefined
}

/** `//compute.googleapis.com/projects/demo-proj/…` → `demo-proj` (the project id, not its number). */
export const projectIdOfName = (name: string): string | undefined => /\/projects\/([^/]+)/.exec(name)?.[1]

/** `…/serviceAccounts/<email>/…` in a CAI or relative name → the email, when the name carries one. */
export const serviceAccountEmailOfName = (name: string): string | undefined =>
  /serviceAccounts\/([^/]+@[^/]+)/.exec(name)?.[1]

/** The default compute service account of a project (GKE `serviceAccount: default`, Cloud Run without one). */
export const defaultComputeServiceAccount = (projectNumber: string): string =>
  `${projectNumber}-compute@developer.gserviceaccount.com`

/** Last path segment: `…/machineTypes/e2-small` → `e2-small`. */
export const lastSegment = (ref: string): string => ref.split('/').pop() ?? ref
