/** @module The package version, read once from package.json (two levels up from src/server and dist/server). */
import { createRequire } from 'node:module'

const manifest: unknown = createRequire(import.meta.url)('../../package.json')

export const SERVER_VERSION =
  typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string'
    ? manifest.version
    : '0.0.0'
