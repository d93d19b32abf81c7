/** @module `skyhound snapshots [list|show|delete]`: the snapshot history. */
import type { Command } from 'commander'
import { SkyhoundError } from '../../model/errors.js'
import { renderSummary } from '../../report/summary-text.js'
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

function notFound(id: string, location: string): SkyhoundError {
  return new SkyhoundError('SKY_SNAPSHOT_NOT_FOUND', `no snapshot ${id} in ${location}`, {
    where: location,
    hint: '`skyhound snapshots list` shows the ids; `latest` names the newest',
  })
}

async function resolveId(store: Store, id: string): Promise<string> {
  if (id !== 'latest') return id
  const latest = await store.latestSnapshotId()
  if (latest === undefined) throw notFound(id, store.location)
  return latest
}

export async function listSnapshots(ctx: CliContext, limit: number): Promise<ExitCode> {
  const items = await withStore(ctx, (store) => store.listSnapshots({ limit }))
  if (ctx.flags.json) ctx.printJson({ snapshots: items })
  else if (items.length === 0) ctx.say('No snapshots yet: run `skyhound scan <paths>` or `skyhound demo`.')
  else {
    ctx.say('id                                 created                   resources  findings  paths  issues')
    for (const s of items) {
      ctx.say(`${s.id.padEnd(35)}${s.createdAt.padEnd(26)}${String(s.resources).padStart(9)}  ${String(s.findings).padStart(8)}  ${String(s.attackPaths).padStart(5)}  ${String(s.issues).padStart(6)}`)
    }
  }
  return EXIT.ok
}

export async function showSnapshot(ctx: CliContext, id: string): Promise<ExitCode> {
  const summary = await withStore(ctx, async (store) => {
    const resolved = await resolveId(store, id)
    const found = await store.getSnapshot(resolved)
    if (found === undefined) throw notFound(id, store.location)
    return found
  })
  if (ctx.flags.json) ctx.printJson(summary)
  else ctx.say(renderSummary(summary))
  return EXIT.ok
}

export async function deleteSnapshot(ctx: CliContext, id: string): Promise<ExitCode> {
  await withStore(ctx, async (store) => {
    const resolved = await resolveId(store, id)
    if (!(await store.deleteSnapshot(resolved))) throw notFound(id, store.location)
    if (ctx.flags.json) ctx.printJson({ deleted: resolved })
    else ctx.say(`Deleted snapshot ${resolved}`)
  })
  return EXIT.ok
}

export function registerSnapshots(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  const snapshots = program.command('snapshots').summary('list, show or delete stored snapshots')
  snapshots
    .command('list', { isDefault: true })
    .summary('list snapshots, newest first')
    .option('--limit <n>', 'how many to list', (v) => Number.parseInt(v, 10), 50)
    .action(async (flags: { limit: number }) => done(await listSnapshots(context(), flags.limit)))
  snapshots
    .command('show')
    .summary('print one snapshot summary')
    .argument('<id>', 'snapshot id, or `latest`')
    .action(async (id: string) => done(await showSnapshot(context(), id)))
  snapshots
    .command('delete')
    .summary('delete one snapshot and everything stored with it')
    .argument('<id>', 'snapshot id, or `latest`')
    .action(async (id: string) => done(await deleteSnapshot(context(), id)))
}
