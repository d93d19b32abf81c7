/**
 * @module The owner directory (docs/governance-notifications.md): who an owner is, who their manager is, and
 * which people a team name stands for. Governance tasks carry an owner (an email, or a team name from a
 * rule's mapping file); this file turns it into mailboxes, the way the reference system asks Entra ID.
 */
import { z } from 'zod'
import { readNotifyFile } from './read-notify-file.js'

const email = z.email({ message: 'must be an email address' })

const ownerEntrySchema = z.strictObject({
  name: z.string().min(1).optional(),
  manager: email.optional(),
})

export const directoryFileSchema = z
  .strictObject({
    owners: z.record(z.string().min(1), ownerEntrySchema.nullable()).default({}),
    teams: z.record(z.string().min(1), z.array(email).min(1, { message: 'a team needs at least one member' })).default({}),
  })
  .superRefine((file, ctx) => {
    const teams = new Set(Object.keys(file.teams))
    for (const owner of Object.keys(file.owners)) {
      if (!teams.has(owner) && !email.safeParse(owner).success) {
        ctx.addIssue({ code: 'custom', path: ['owners', owner], message: 'an owner is an email address or a team listed under `teams`' })
      }
    }
  })

export type DirectoryFile = z.output<typeof directoryFileSchema>

export interface OwnerEntry {
  readonly name?: string
  readonly manager?: string
}

export interface NotifyDirectory {
  /** Keyed by owner as tasks name it, lower-cased. */
  readonly owners: ReadonlyMap<string, OwnerEntry>
  readonly teams: ReadonlyMap<string, readonly string[]>
}

export const EMPTY_DIRECTORY: NotifyDirectory = { owners: new Map(), teams: new Map() }

const key = (owner: string): string => owner.trim().toLowerCase()

export function toDirectory(file: DirectoryFile): NotifyDirectory {
  const owners = new Map<string, OwnerEntry>()
  for (const [owner, entry] of Object.entries(file.owners)) {
    const value: { name?: string; manager?: string } = {}
    if (entry?.name !== undefined) value.name = entry.name
    if (entry?.manager !== undefined) value.manager = entry.manager.toLowerCase()
    owners.set(key(owner), value)
  }
  const teams = new Map<string, readonly string[]>()
  for (const [team, members] of Object.entries(file.teams)) teams.set(key(team), [...new Set(members.map((m) => m.toLowerCase()))])
  return { owners, teams }
}

export const DIRECTORY_HINT = 'see docs/governance-notifications.md (Owner directory): `owners: { <email or team>: { name, manager } }`, `teams: { <team>: [emails] }`'

export async function loadDirectory(file: string): Promise<NotifyDirectory> {
  return toDirectory(await readNotifyFile(file, directoryFileSchema, { name: 'owner directory', hint: DIRECTORY_HINT }))
}

/** The mailboxes a task owner stands for: a team's members, or the owner itself when it is an email. */
export function recipientsOf(directory: NotifyDirectory, owner: string): readonly string[] {
  const team = directory.teams.get(key(owner))
  if (team !== undefined) return team
  return email.safeParse(owner.trim()).success ? [key(owner)] : []
}

export function managerOf(directory: NotifyDirectory, owner: string): string | undefined {
  return directory.owners.get(key(owner))?.manager
}

export function displayName(directory: NotifyDirectory, owner: string): string {
  return directory.owners.get(key(owner))?.name ?? owner
}
