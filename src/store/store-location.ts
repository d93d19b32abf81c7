/**
 * @module What a `--db` value means: a PostgreSQL URL or a SQLite file, and where the default file is.
 * Pure apart from the one existence check of `./skyhound.db`, so the rule is testable and documented
 * from the same code (describeDefaultStoreLocation).
 */
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SkyhoundError } from '../model/errors.js'

export type StoreLocation =
  | {
      readonly backend: 'sqlite'
      /** Absolute path, or `:memory:`. */
      readonly file: string
      readonly display: string
    }
  | {
      readonly backend: 'postgres'
      /** The URL as pg reads it, without Skyhound's `schema` parameter. */
      readonly connectionString: string
      readonly schema: string | undefined
      /** The URL with the password removed. */
      readonly display: string
    }

export const DEFAULT_STORE_FILE_NAME = 'skyhound.db'

export const DEFAULT_STORE_LOCATION_RULE =
  './skyhound.db when that file exists in the working directory; otherwise ' +
  '$XDG_DATA_HOME/skyhound/skyhound.db, or ~/.local/share/skyhound/skyhound.db when XDG_DATA_HOME is unset'

const URL_HINT =
  'Use postgresql://user[:password]@host[:port]/database[?schema=name] for PostgreSQL, or a file path for SQLite.'
const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i
/**
 * Lowercase unquoted PostgreSQL identifier, at most 63 bytes: it goes into a startup option, where the
 * server folds case, so `Team` would silently become `team`.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/

export interface DefaultLocationContext {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly home: string
  readonly exists: (path: string) => boolean
}

function currentContext(): DefaultLocationContext {
  return { cwd: process.cwd(), env: process.env, home: homedir(), exists: existsSync }
}

/** The file `openStore()` uses when no location is given (its folder may not exist yet). */
export function defaultStoreFile(context: DefaultLocationContext = currentContext()): string {
  const local = join(context.cwd, DEFAULT_STORE_FILE_NAME)
  if (context.exists(local)) return local
  const xdg = context.env['XDG_DATA_HOME']
  // The XDG spec says relative values are invalid and must be ignored.
  const dataHome = xdg !== undefined && xdg !== '' && isAbsolute(xdg) ? xdg : join(context.home, '.local', 'share')
  return join(dataHome, 'skyhound', DEFAULT_STORE_FILE_NAME)
}

/** The default-location rule and where it points here, for `--help` and docs. */
export function describeDefaultStoreLocation(context: DefaultLocationContext = currentContext()): string {
  return `${DEFAULT_STORE_LOCATION_RULE} (here: ${defaultStoreFile(context)})`
}

/** Reads a `--db` value; throws SKY_STORE_URL for malformed URLs and unknown schemes. */
export function parseStoreLocation(location: string, cwd: string = process.cwd()): StoreLocation {
  const value = location.trim()
  if (value === '') {
    throw new SkyhoundError('SKY_STORE_URL', 'the store location is empty', { hint: URL_HINT })
  }
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (scheme === 'postgres' || scheme === 'postgresql') return parsePostgresUrl(value)
  if (scheme === 'file') return sqliteLocation(fileURLToPath(value))
  if (scheme !== undefined) {
    throw new SkyhoundError('SKY_STORE_URL', `unsupported store URL scheme ${scheme}:// in ${redactUrl(value)}`, {
      where: redactUrl(value),
      hint: URL_HINT,
    })
  }
  if (value === ':memory:') return { backend: 'sqlite', file: value, display: value }
  return sqliteLocation(resolve(cwd, value))
}

export function sqliteLocation(file: string): StoreLocation {
  return { backend: 'sqlite', file, display: file }
}

function parsePostgresUrl(value: string): StoreLocation {
  if (!URL.canParse(value)) {
    throw new SkyhoundError('SKY_STORE_URL', `${redactUrl(value)} is not a valid PostgreSQL URL`, {
      where: redactUrl(value),
      hint: `${URL_HINT} Percent-encode special characters in the password.`,
    })
  }
  const url = new URL(value)
  const display = redactUrl(value)
  const schema = url.searchParams.get('schema') ?? undefined
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new SkyhoundError('SKY_STORE_URL', `${display}: schema "${schema}" is not a plain identifier`, {
      where: display,
      hint: 'Use lowercase letters, digits and underscores, starting with a letter or underscore (at most 63).',
    })
  }
  url.searchParams.delete('schema')
  return { backend: 'postgres', connectionString: url.toString(), schema, display }
}

/** The URL with its password (userinfo or `password=` parameter) removed, also for unparsable input. */
export function redactUrl(value: string): string {
  if (!URL.canParse(value)) return value.replace(/(\/\/[^/?#@:]*):[^/?#@]*@/, '$1@')
  const url = new URL(value)
  url.password = ''
  url.searchParams.delete('password')
  return url.toString()
}
