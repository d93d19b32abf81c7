/**
 * Typed calls of the posture API (findings, recommendations, score, exemptions, exports, overview):
 * thin wrappers over the `hc` client so pages share one way to build their queries.
 */
import type { InferRequestType } from 'hono/client'
import { ApiError, api, call } from './client.js'
import { readToken } from './token.js'

export type FindingsQuery = InferRequestType<typeof api.findings.$get>['query']
export type RecommendationsQuery = InferRequestType<typeof api.recommendations.$get>['query']
export type ResourceFindingsQuery = InferRequestType<(typeof api.recommendations.resources)['$get']>['query']
export type RecommendationQuery = InferRequestType<(typeof api.recommendations)[':ruleId']['$get']>['query']
export type ExportQuery = InferRequestType<(typeof api.exports.findings)['$get']>['query']
export type NewExemption = InferRequestType<typeof api.exemptions.$post>['json']

export const loadOverview = (snapshot?: string) => call(api.overview.$get({ query: snapshot === undefined ? {} : { snapshot } }))
export const loadFindings = (query: FindingsQuery) => call(api.findings.$get({ query }))
export const loadRecommendations = (query: RecommendationsQuery) => call(api.recommendations.$get({ query }))
export const loadResourceFindings = (query: ResourceFindingsQuery) => call(api.recommendations.resources.$get({ query }))
export const loadRecommendation = (ruleId: string, query: RecommendationQuery) =>
  call(api.recommendations[':ruleId'].$get({ param: { ruleId }, query }))
export const loadRule = (id: string) => call(api.rules[':id'].$get({ param: { id } }))
export const loadScore = (scope: readonly string[], snapshot?: string) =>
  call(api.score.$get({ query: { scope: [...scope], ...(snapshot === undefined ? {} : { snapshot }) } }))
export const loadScoreHistory = (limit = 50) => call(api.score.history.$get({ query: { limit: String(limit) } }))
export const listExemptions = (all = false) => call(api.exemptions.$get({ query: { all: all ? 'true' : 'false' } }))
export const createExemption = (json: NewExemption) => call(api.exemptions.$post({ json }))
export const revokeExemption = (id: string) => call(api.exemptions[':id'].$delete({ param: { id } }))

export type Overview = Awaited<ReturnType<typeof loadOverview>>
export type FindingPage = Awaited<ReturnType<typeof loadFindings>>
export type Finding = FindingPage['items'][number]
export type Recommendations = Awaited<ReturnType<typeof loadRecommendations>>
export type ControlGroup = Recommendations['controls'][number]
export type Recommendation = ControlGroup['recommendations'][number]
export type RecommendationDetail = Awaited<ReturnType<typeof loadRecommendation>>
export type Score = Awaited<ReturnType<typeof loadScore>>
export type ScoreHistory = Awaited<ReturnType<typeof loadScoreHistory>>['history']

/**
 * Downloads an export: fetched with the bearer token (a plain link would not carry it), then saved
 * through an object URL under the server's file name.
 */
export async function downloadExport(query: ExportQuery): Promise<void> {
  const url = api.exports.findings.$url({ query })
  const token = readToken()
  const response = await fetch(url, { headers: token === undefined ? {} : { Authorization: `Bearer ${token}` } })
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as ApiError['problem'] | undefined
    throw new ApiError(body ?? { title: 'Export failed', status: response.status, detail: response.statusText, code: 'HTTP_UNEXPECTED' })
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `skyhound-findings.${query.format}`
  const link = document.createElement('a')
  link.href = URL.createObjectURL(await response.blob())
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}
