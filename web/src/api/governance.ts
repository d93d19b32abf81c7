/** Typed calls of the governance routes (`/api/v1/governance`), with the shapes the governance page uses. */
import type { InferRequestType } from 'hono/client'
import { api, call } from './client.js'

const gov = api.governance

export type TaskQuery = InferRequestType<typeof gov.tasks.$get>['query']

export const loadGovernanceTasks = (query: TaskQuery) => call(gov.tasks.$get({ query }))
export const loadGovernanceTask = (id: string) => call(gov.task.$get({ query: { id } }))
export const loadGovernanceRules = () => call(gov.rules.$get())
const rawReport = () => call(gov.report.$get({ query: { format: 'json' } }))
/** The JSON report (`format=json`; the route also answers CSV, which this page never asks for). */
export type GovernanceReport = Exclude<Awaited<ReturnType<typeof rawReport>>, string | Response>
export const loadGovernanceReport = async (): Promise<GovernanceReport> => (await rawReport()) as GovernanceReport
export const setGovernanceEta = (id: string, date: string, justification: string) => call(gov.task.eta.$post({ json: { id, date, justification } }))
export const moveGovernanceDueDate = (id: string, date: string, reason: string) => call(gov.task['due-date'].$post({ json: { id, date, reason } }))

export type TaskPage = Awaited<ReturnType<typeof loadGovernanceTasks>>
export type GovernanceTask = TaskPage['items'][number]
export type TaskDetail = Awaited<ReturnType<typeof loadGovernanceTask>>
