/** Typed calls of the explorer routes (`/api/v1/explorer`): runs, templates, saved queries, share links. */
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api, call } from './client.js'

const explorer = api.explorer

export type QueryJson = InferRequestType<typeof explorer.run.$post>['json']['query']
export type RunResult = InferResponseType<typeof explorer.run.$post, 200>
export type ResultRow = RunResult['rows'][number]
export type Template = InferResponseType<typeof explorer.templates.$get, 200>['items'][number]
export type SavedQuery = InferResponseType<(typeof explorer.saved)[':name']['$get'], 200>
export type ShareLink = InferResponseType<typeof explorer.share.$post, 200>

export function runAst(query: QueryJson, limit: number): Promise<RunResult> {
  return call(explorer.run.$post({ json: { query, limit } }))
}

export function runText(text: string, limit: number): Promise<RunResult> {
  return call(explorer['run-text'].$post({ json: { text, limit } }))
}

export async function listTemplates(): Promise<readonly Template[]> {
  return (await call(explorer.templates.$get({ query: {} }))).items
}

export function runTemplate(id: string, limit: number): Promise<RunResult> {
  return call(explorer.templates[':id'].run.$post({ param: { id }, json: { limit } }))
}

export async function listSaved(): Promise<readonly SavedQuery[]> {
  return (await call(explorer.saved.$get({ query: {} }))).items
}

export function saveQuery(name: string, description: string, query: QueryJson): Promise<SavedQuery> {
  return call(explorer.saved.$post({ json: { name, description, query } }))
}

export function updateSaved(name: string, query: QueryJson): Promise<SavedQuery> {
  return call(explorer.saved[':name'].$put({ param: { name }, json: { query } }))
}

export async function deleteSaved(name: string): Promise<void> {
  await call(explorer.saved[':name'].$delete({ param: { name } }))
}

export function encodeShare(query: QueryJson): Promise<ShareLink> {
  return call(explorer.share.$post({ json: { query } }))
}

export function decodeShare(link: string): Promise<ShareLink> {
  return call(explorer.share.decode.$post({ json: { link } }))
}

/** Parses text on the server: the AST and canonical text of a query written as text. */
export function encodeShareText(text: string): Promise<ShareLink> {
  return call(explorer.share.$post({ json: { text } }))
}
