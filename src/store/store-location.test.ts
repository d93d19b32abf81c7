import { describe, expect, it } from 'vitest'
import { isSkyhoundError } from '../model/errors.js'
import {
  DEFAULT_STORE_LOCATION_RULE,
  defaultStoreFile,
  describeDefaultStoreLocation,
  parseStoreLocation,
  redactUrl,
} from './store-location.js'
import type { DefaultLocationContext } from './store-location.js'

function errorOf(call: () => unknown): { code: string; message: string; hint: string | undefined } {
  try {
    call()
  } catch (error) {
    if (isSkyhoundError(error)) return { code: error.code, message: error.message, hint: error.hint }
    throw error
  }
  throw new Error('expected a SkyhoundError')
}

function context(overrides: Partial<DefaultLocationContext> = {}): DefaultLocationContext {
  return { cwd: '/work/dir', env: {}, home: '/home/ana', exists: () => false, ...overrides }
}

describe('store/store-location', () => {
  it('reads postgres:// and postgresql:// URLs as PostgreSQL and takes ?schema= out of the URL', () => {
    expect(parseStoreLocation('postgres://sky@db.example:5433/posture?schema=team_a&sslmode=require')).toEqual({
      backend: 'postgres',
      connectionString: 'postgres://sky@db.example:5433/posture?sslmode=require',
      schema: 'team_a',
      display: 'postgres://sky@db.example:5433/posture?schema=team_a&sslmode=require',
    })
    const plain = parseStoreLocation('postgresql://sky@localhost/posture')
    expect(plain).toMatchObject({ backend: 'postgres', schema: undefined })
  })

  it('removes the password from the printable location, in userinfo and in ?password=', () => {
    const location = parseStoreLocation('postgresql://sky:s3cr%40t@db:5432/posture?password=other&schema=x')
    expect(location.display).toBe('postgresql://sky@db:5432/posture?schema=x')
    expect(redactUrl('postgresql://sky:p@ss@db/posture')).toBe('postgresql://sky@db/posture')
    // Unparsable (port out of range): still redacted, by pattern.
    expect(redactUrl('postgresql://sky:secret@db:99999/posture')).toBe('postgresql://sky@db:99999/posture')
  })

  it('treats any other value as a SQLite file resolved against the working directory', () => {
    expect(parseStoreLocation('data/sky.db', '/srv')).toEqual({ backend: 'sqlite', file: '/srv/data/sky.db', display: '/srv/data/sky.db' })
    expect(parseStoreLocation('/abs/sky.db', '/srv')).toMatchObject({ file: '/abs/sky.db' })
    expect(parseStoreLocation('file:///abs/sky%20one.db')).toMatchObject({ backend: 'sqlite', file: '/abs/sky one.db' })
    expect(parseStoreLocation(':memory:')).toMatchObject({ backend: 'sqlite', file: ':memory:' })
  })

  it('rejects empty values, unknown schemes, malformed URLs and unsafe schema names with SKY_STORE_URL', () => {
    expect(errorOf(() => parseStoreLocation('  ')).code).toBe('SKY_STORE_URL')
    const scheme = errorOf(() => parseStoreLocation('mysql://root:pw@db/sky'))
    expect(scheme).toMatchObject({ code: 'SKY_STORE_URL', message: 'unsupported store URL scheme mysql:// in mysql://root@db/sky' })
    expect(scheme.hint).toContain('postgresql://')
    const malformed = errorOf(() => parseStoreLocation('postgresql://sky:pw@db:99999/x'))
    expect(malformed.code).toBe('SKY_STORE_URL')
    expect(malformed.message).not.toContain('pw')
    const schema = errorOf(() => parseStoreLocation('postgresql://db/x?schema=a;drop'))
    expect(schema).toMatchObject({ code: 'SKY_STORE_URL' })
    expect(schema.message).toContain('"a;drop"')
    expect(errorOf(() => parseStoreLocation('postgresql://db/x?schema=Team')).code).toBe('SKY_STORE_URL')
  })

  it('defaults to ./skyhound.db when it exists in the working directory', () => {
    const ctx = context({ exists: (p) => p === '/work/dir/skyhound.db', env: { XDG_DATA_HOME: '/xdg' } })
    expect(defaultStoreFile(ctx)).toBe('/work/dir/skyhound.db')
  })

  it('otherwise defaults to $XDG_DATA_HOME/skyhound, or ~/.local/share/skyhound when unset or relative', () => {
    expect(defaultStoreFile(context({ env: { XDG_DATA_HOME: '/xdg' } }))).toBe('/xdg/skyhound/skyhound.db')
    expect(defaultStoreFile(context())).toBe('/home/ana/.local/share/skyhound/skyhound.db')
    expect(defaultStoreFile(context({ env: { XDG_DATA_HOME: 'rel' } }))).toBe('/home/ana/.local/share/skyhound/skyhound.db')
  })

  it('describes the default rule and where it points here', () => {
    expect(describeDefaultStoreLocation(context({ env: { XDG_DATA_HOME: '/xdg' } }))).toBe(
      `${DEFAULT_STORE_LOCATION_RULE} (here: /xdg/skyhound/skyhound.db)`,
    )
  })
})
