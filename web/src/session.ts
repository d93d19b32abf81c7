/** Who is signed in, shared by the frame and pages (role decides which actions to show). */
import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { api, call } from './api/client.js'

export type Me = Awaited<ReturnType<typeof call<Awaited<ReturnType<typeof api.me.$get>>>>>

export const SessionContext = createContext<Me | undefined>(undefined)

export function useSession(): Me | undefined {
  return useContext(SessionContext)
}
