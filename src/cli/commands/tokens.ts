/** @module `skyhound tokens create|list|revoke`: API tokens for `skyhound serve`. */
import type { Command } from 'commander'
import { InvalidArgumentError } from 'commander'
import { SkyhoundError } from '../../model/errors.js'
import { createApiToken, listApiTokens, revokeApiToken } from '../../server/auth/token-service.js'
import { ROLES, isRole } from '../../store/auth-store.js'
import type { Role } from '../../store/auth-store.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.flags.db)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

function parseRole(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`one of ${ROLES.join(', ')}`)
  return value
}

export async function createToken(ctx: CliContext, flags: { role: Role; name: string }): Promise<ExitCode> {
  const created = await withStore(ctx, (store) => createApiToken(store.auth, flags))
  if (ctx.flags.json) {
    ctx.printJson(created)
  } else {
    // The token goes to stdout even with --quiet: it is the command's whole result and is shown only once.
    ctx.stdout.write(`${created.token}\n`)
    if (!ctx.flags.quiet) {
      ctx.stderr.write(
        `Created ${created.role} token ${created.id} (${created.name}). Copy it now: it is not stored and cannot be shown again.\n`,
      )
    }
  }
  return EXIT.ok
}

export async function listTokens(ctx: CliContext, all: boolean): Promise<ExitCode> {
  const tokens = (await withStore(ctx, (store) => listApiTokens(store.auth))).filter((t) => all || t.revokedAt === null)
  if (ctx.flags.json) {
    ctx.printJson({ tokens })
  } else if (tokens.length === 0) {
    ctx.say('No API tokens: `skyhound serve` runs open on 127.0.0.1. Create one with `skyhound tokens create --role admin --name <you>`.')
  } else {
    ctx.say('id            role     created                   status    name')
    for (const t of tokens) {
      const status = t.revokedAt === null ? 'active' : 'revoked'
      ctx.say(`${t.id}  ${t.role.padEnd(7)}  ${t.createdAt.padEnd(24)}  ${status.padEnd(8)}  ${t.name}`)
    }
  }
  return EXIT.ok
}

export async function revokeToken(ctx: CliContext, id: string): Promise<ExitCode> {
  const revoked = await withStore(ctx, (store) => revokeApiToken(store.auth, id))
  if (!revoked) {
    throw new SkyhoundError('SKY_USAGE', `no active token with id ${id}`, { hint: '`skyhound tokens list` shows the ids of active tokens' })
  }
  if (ctx.flags.json) ctx.printJson({ revoked: id })
  else ctx.say(`Revoked token ${id}; running servers refuse it within 10 seconds.`)
  return EXIT.ok
}

export function registerTokens(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  const tokens = program
    .command('tokens')
    .summary('create, list or revoke API tokens for `skyhound serve`')
    .description(`Roles: ${ROLES.join(' < ')}. Tokens are stored as sha256 hashes; the secret is printed once.`)
  tokens
    .command('create')
    .summary('create a token and print it (once)')
    .requiredOption('--role <role>', `${ROLES.join(', ')}`, parseRole)
    .requiredOption('--name <name>', 'who or what holds the token')
    .action(async (flags: { role: Role; name: string }) => done(await createToken(context(), flags)))
  tokens
    .command('list', { isDefault: true })
    .summary('list active tokens (never their secrets)')
    .option('--all', 'include revoked tokens')
    .action(async (flags: { all?: boolean }) => done(await listTokens(context(), flags.all === true)))
  tokens
    .command('revoke')
    .summary('revoke a token by id')
    .argument('<id>', 'token id from `skyhound tokens list`')
    .action(async (id: string) => done(await revokeToken(context(), id)))
}
