/**
 * Test helper run as a child process:
 * `node --import tsx test/helpers/store-writer.ts <location> <id> <nodes> <edges> [insideAt]`
 * writes one generated snapshot, printing `inside-write` when node number `insideAt` is taken (the write
 * transaction already holds the earlier batches) and `done` after COMMIT. The crash test SIGKILLs it
 * between the two.
 */
import { writeSync } from 'node:fs'
import { openStore } from '../../src/store/open-store.js'
import { snapshotContent } from './store-snapshots.js'

async function main(argv: readonly string[]): Promise<void> {
  const [location, id, nodes, edges, insideAt] = argv
  if (location === undefined || id === undefined) {
    throw new Error('usage: store-writer <location> <id> <nodes> <edges> [insideAt]')
  }
  const reportAt = Number(insideAt ?? 2_500)
  const store = await openStore(location)
  const shape = { id, createdAt: new Date().toISOString(), nodes: Number(nodes ?? 1000), edges: Number(edges ?? 0) }
  // Synchronous writes, so the parent hears it before the next batch goes in.
  const say = (line: string) => writeSync(1, `${line}\n`)
  await store.writeSnapshot(
    snapshotContent(shape, { onNode: (i) => (i === reportAt ? say('inside-write') : undefined) }),
  )
  say('done')
  await store.close()
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
})
