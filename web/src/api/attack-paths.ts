/** Typed calls of the attack path routes (`/api/v1/attack-paths`), with the shapes the pages use. */
import type { InferRequestType, InferResponseType } from 'hono/client'
import { api, call } from './client.js'

const paths = api['attack-paths']

export type PathListQuery = InferRequestType<typeof paths.$get>['query']
export type PathPage = InferResponseType<typeof paths.$get, 200>
export type PathSummary = PathPage['items'][number]
export type PathDetailResponse = InferResponseType<(typeof paths)[':id']['$get'], 200>
export type PathDetail = PathDetailResponse['path']
export type PathNodeDetail = PathDetail['nodes'][number]
export type PathRecommendation = PathDetail['recommendations']['breaks'][number]
export type ChokePoints = InferResponseType<(typeof paths)['choke-points']['$get'], 200>
export type WhatIfChange = InferRequestType<(typeof paths)['what-if']['$post']>['json']
export type WhatIfResult = InferResponseType<(typeof paths)['what-if']['$post'], 200>
export type PathDiff = InferResponseType<(typeof paths)['diff']['$get'], 200>

const snapshotQuery = (snapshot: string | undefined) => (snapshot === undefined ? {} : { snapshot })

export function listPaths(query: PathListQuery): Promise<PathPage> {
  return call(paths.$get({ query }))
}

export function getPath(id: string, snapshot?: string): Promise<PathDetailResponse> {
  return call(paths[':id'].$get({ param: { id }, query: snapshotQuery(snapshot) }))
}

export function getChokePoints(limit: number, snapshot?: string): Promise<ChokePoints> {
  return call(paths['choke-points'].$get({ query: { ...snapshotQuery(snapshot), limit: String(limit) } }))
}

export function runWhatIf(change: WhatIfChange, snapshot?: string): Promise<WhatIfResult> {
  return call(paths['what-if'].$post({ query: snapshotQuery(snapshot), json: change }))
}

export function getPathDiff(from: string | undefined, to: string | undefined): Promise<PathDiff> {
  return call(paths.diff.$get({ query: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) } }))
}
