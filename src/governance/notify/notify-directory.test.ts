import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isSkyhoundError } from '../../model/errors.js'
import { loadDirectory, managerOf, recipientsOf } from './notify-directory.js'

async function directoryFile(name: string, text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'skyhound-directory-')), name)
  await writeFile(file, text)
  return file
}

async function failure(file: string): Promise<{ code: string; message: string; where: string | undefined }> {
  const error: unknown = await loadDirectory(file).then(() => undefined, (e: unknown) => e)
  if (!isSkyhoundError(error)) throw new Error(`expected a SkyhoundError, got ${String(error)}`)
  return { code: error.code, message: error.message, where: error.where }
}

describe('notify-directory', () => {
  it('resolves owners to mailboxes and managers, teams to their members (case-insensitively)', async () => {
    const file = await directoryFile(
      'owners.yaml',
      ['owners:', '  Alice@X.example: { name: Alice, manager: Boss@X.example }', '  payments: { manager: cfo@x.example }', 'teams:', '  payments: [bob@x.example, carol@x.example]', ''].join('\n'),
    )
    const directory = await loadDirectory(file)
    expect(recipientsOf(directory, 'alice@x.example')).toStrictEqual(['alice@x.example'])
    expect(recipientsOf(directory, 'Payments')).toStrictEqual(['bob@x.example', 'carol@x.example'])
    expect(recipientsOf(directory, 'no-such-team')).toStrictEqual([])
    expect(managerOf(directory, 'ALICE@x.example')).toBe('boss@x.example')
    expect(managerOf(directory, 'payments')).toBe('cfo@x.example')
    expect(managerOf(directory, 'zed@x.example')).toBeUndefined()
  })

  it('reads JSON too', async () => {
    const file = await directoryFile('owners.json', JSON.stringify({ owners: { 'a@x.example': { manager: 'm@x.example' } } }))
    expect(managerOf(await loadDirectory(file), 'a@x.example')).toBe('m@x.example')
  })

  it('names the file, line and field of a manager that is not an email', async () => {
    const file = await directoryFile('owners.yaml', ['owners:', '  alice@x.example:', '    name: Alice', '    manager: not-an-email', ''].join('\n'))
    const error = await failure(file)
    expect(error.code).toBe('SKY_INPUT_INVALID')
    expect(error.message).toBe(`${file}:4:14: owner directory field owners."alice@x.example".manager: must be an email address`)
  })

  it('names an owner that is neither an email nor a listed team', async () => {
    const file = await directoryFile('owners.yaml', ['owners:', '  payments: { manager: cfo@x.example }', ''].join('\n'))
    const error = await failure(file)
    expect(error.message).toContain(`${file}:2:`)
    expect(error.message).toContain('owners.payments: an owner is an email address or a team listed under `teams`')
  })

  it('names an unknown field and a bad team member', async () => {
    const typo = await failure(await directoryFile('a.yaml', 'owners:\n  a@x.example: { manger: m@x.example }\n'))
    expect(typo.message).toMatch(/a\.yaml:2:\d+: owner directory field owners\."a@x\.example": Unrecognized key/)
    const member = await failure(await directoryFile('b.yaml', 'teams:\n  ops: [ok@x.example, nope]\n'))
    expect(member.message).toMatch(/b\.yaml:2:\d+: owner directory field teams\.ops\[1\]: must be an email address/)
  })

  it('names the place of a YAML syntax error, and a missing file', async () => {
    const syntax = await failure(await directoryFile('c.yaml', 'owners:\n  a@x.example: { manager: m@x.example\n'))
    expect(syntax.message).toMatch(/c\.yaml:\d+:\d+: owner directory is not valid YAML or JSON/)
    const missing = await failure('/nonexistent/owners.yaml')
    expect(missing).toMatchObject({ code: 'SKY_INPUT_NOT_FOUND', where: '/nonexistent/owners.yaml' })
  })
})
