/** @module The built-in analyses, run in dependency order by the scan pipeline (ARCHITECTURE.md §3). */
import type { Analysis } from './analysis.js'

// TODO(#4): exposure, permissions, Kubernetes, vulnerabilities and sensitivity analyses register here.
export const BUILTIN_ANALYSES: readonly Analysis[] = []
