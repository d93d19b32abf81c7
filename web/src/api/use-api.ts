/** A small data-loading hook: runs `load` when `deps` change, keeps the last result, exposes reload. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import { ApiError } from './client.js'

export type Loadable<T> =
  | { readonly state: 'loading'; readonly data: T | undefined }
  | { readonly state: 'ready'; readonly data: T }
  | { readonly state: 'error'; readonly error: ApiError; readonly data: T | undefined }

export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[]): Loadable<T> & { reload: () => void } {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading', data: undefined })
  const [generation, setGeneration] = useState(0)
  const latest = useRef(0)
  useEffect(() => {
    const ticket = ++latest.current
    setResult((previous) => ({ state: 'loading', data: previous.data }))
    load().then(
      (data) => {
        if (ticket === latest.current) setResult({ state: 'ready', data })
      },
      (error: unknown) => {
        if (ticket !== latest.current) return
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError({ title: 'Unexpected error', status: 0, detail: String(error), code: 'CLIENT' })
        setResult((previous) => ({ state: 'error', error: apiError, data: previous.data }))
      },
    )
    // `load` is recreated every render; `deps` says when it really changed.
  }, [...deps, generation])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { ...result, reload }
}
