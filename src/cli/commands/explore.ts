/**
 * @module `skyhound explore`: run explorer queries (text, JSON file, template, share link or saved query)
 * over a stored snapshot; `explore templates`, `explore saved`, `explore save`, `explore delete`.
 */
import { readFile, stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { InvalidArgumentError } from 'commander'
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { SecurityGraph } from '../../graph/security-graph.js'
import { SkyhoundError } from '../../model/errors.js'
import type { Finding } from '../../model/finding.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { QueryNode } from '../../query/ast/query-node.js'
import type { QueryResult } from '../../query/eval/run-query.js'
import { resultsToCsv, resultsToJson } from '../../query/export-results.js'
import { QueryError, isQueryError } from '../../query/query-error.js'
import { getTemplate, listTemplates, resolveQuery, runQuery } from '../../query/query-service.js'
import { decodeShareLink, encodeShareLink } from '../../query/share-link.js'
import { printQuery } from '../../query/text/print-query.js'
import { validateQuery } from '../../query/validate-query.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT, EXIT_BY_ERROR } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

/** Query files bigger than this are refused (a query is a few KB). */
const MAX_QUERY_FILE_BYTES = 1_000_000
const FORMATS = ['table', 'json', 'csv'] as const
type Format = (typeof FORMATS)[number]

interface SourceFlags {
  readonly query?: string
  readonly file?: string
  readonly template?: string
  readonly link?: string
  readonly saved?: string
}

interface RunFlags extends SourceFlags {
  readonly snapshot?: string
  readonly limit?: number
  readonly maxHops?: number
  readonly timeout?: number
  readonly format?: Format
  readonly csv?: boolean
  readonly showQuery?: boolean
}

interface SaveFlags extends SourceFlags {
  readonly description?: string
  readonly owner?: string
  readonly replace?: boolean
}

function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1')
  return n
}

function format(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${FORMATS.join(', ')}`)
  return value as Format
}

async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.flags.db)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

interface ResolvedSource {
  readonly query: QueryNode
  /** The text's LIMIT, when the query was text. */
  readonly limit?: number
  /** What the query came from, for the table header. */
  readonly label: string
}

async function readQueryFile(path: string): Promise<string> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch (error) {
    throw new SkyhoundError('SKY_INPUT_NOT_FOUND', `query file ${path} does not exist or cannot be read`, { where: path, cause: error })
  }
  if (size > MAX_QUERY_FILE_BYTES) {
    throw new SkyhoundError('SKY_INPUT_INVALID', `query file ${path} is larger than ${MAX_QUERY_FILE_BYTES} bytes`, { where: path })
  }
  return readFile(path, 'utf8')
}

/** A `.json` file (or one starting with `{`) holds the AST; anything else is query text. */
async function fromFile(path: string): Promise<ResolvedSource> {
  const content = await readQueryFile(path)
  if (path.endsWith('.json') || content.trimStart().startsWith('{')) {
    let value: unknown
    try {
      value = JSON.parse(content)
    } catch (error) {
      throw new SkyhoundError('SKY_INPUT_INVALID', `query file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, {
        where: path,
        hint: 'a query file holds query text, or the query JSON that `explore --show-query --json` prints',
      })
    }
    return { query: validateQuery(value), label: `file ${path}` }
  }
  const compiled = resolveQuery(content)
  return { ...compiled, label: `file ${path}` }
}

async function resolveSource(ctx: CliContext, flags: SourceFlags): Promise<ResolvedSource> {
  const given = (['query', 'file', 'template', 'link', 'saved'] as const).filter((key) => flags[key] !== undefined)
  if (given.length !== 1) {
    throw new SkyhoundError(
      'SKY_USAGE',
      given.length === 0 ? 'explore needs a query' : `give one query source, not ${given.map((k) => `--${k}`).join(' and ')}`,
      { hint: "--query 'MATCH (c:k8s-cluster) WHERE … RETURN c', --file q.json, --template ID, --link CODE or --saved NAME; `skyhound explore templates` lists templates" },
    )
  }
  if (flags.query !== undefined) return { ...resolveQuery(flags.query), label: 'query' }
  if (flags.file !== undefined) return fromFile(flags.file)
  if (flags.template !== undefined) {
    const template = getTemplate(flags.template)
    return { query: template.query, label: `template ${template.id}: ${template.title}` }
  }
  if (flags.link !== undefined) return { query: decodeShareLink(flags.link), label: 'share link' }
  const name = flags.saved!
  const record = await withStore(ctx, (store) => store.savedQueries.getQuery(name))
  if (record === undefined) {
    throw new QueryError('SKY_SAVED_QUERY_NOT_FOUND', `no saved query named '${name}'`, { hint: '`skyhound explore saved` lists them' })
  }
  return { query: validateQuery(record.query), label: `saved query ${record.name}` }
}

async function resolveSnapshotId(store: Store, wanted: string | undefined): Promise<string> {
  const id = wanted === undefined || wanted === 'latest' ? await store.latestSnapshotId() : wanted
  if (id === undefined || (await store.getSnapshot(id)) === undefined) {
    throw new SkyhoundError('SKY_SNAPSHOT_NOT_FOUND', id === undefined ? `no snapshot in ${store.location} yet` : `no snapshot ${id} in ${store.location}`, {
      where: store.location,
      hint: id === undefined ? 'run `skyhound scan <paths>` or `skyhound demo` first' : '`skyhound snapshots list` shows the ids; `latest` names the newest',
    })
  }
  return id
}

interface LoadedGraph {
  readonly id: string
  readonly graph: SecurityGraph
  readonly findings: readonly Finding[]
}

async function loadGraph(store: Store, wanted: string | undefined): Promise<LoadedGraph> {
  const id = await resolveSnapshotId(store, wanted)
  const builder = new GraphBuilder()
  for await (const node of store.loadNodes(id)) builder.addNode(node)
  for await (const edge of store.loadEdges(id)) builder.addEdge(edge)
  return { id, graph: builder.build().graph, findings: await store.loadFindings(id) }
}

/** Prints a QueryError with its caret excerpt; other errors go to the common handler. */
function reportQueryError(ctx: CliContext, error: unknown): ExitCode | undefined {
  if (!isQueryError(error)) return undefined
  const lines = [`skyhound: ${error.message}`]
  if (error.excerpt !== '') lines.push(error.excerpt)
  for (const issue of error.issues.slice(1, 10)) lines.push(`  also ${issue.path}: ${issue.message}`)
  if (error.hint !== undefined) lines.push(`hint: ${error.hint}`)
  ctx.stderr.write(`${lines.join('\n')}\n`)
  return EXIT_BY_ERROR[error.code]
}

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)
}

function renderTable(ctx: CliContext, source: ResolvedSource, snapshot: string, result: QueryResult, graph: SecurityGraph, showQuery: boolean): void {
  const nameOf = (id: string): string => {
    const index = graph.indexOf(id)
    return index === undefined ? id : graph.nodeName(index)
  }
  ctx.say(`${source.label} — snapshot ${snapshot}`)
  if (showQuery) {
    ctx.say(`query: ${printQuery(source.query)}`)
    ctx.say(`link:  ${encodeShareLink(source.query)}`)
  }
  const shown = result.truncated ? `${result.rows.length} of ${result.total}` : `${result.total}`
  ctx.say(`${shown} ${result.total === 1 ? 'match' : 'matches'} (started from ${result.stats.start}: ${result.stats.candidates} nodes, ${result.stats.elapsedMs} ms)`)
  if (result.rows.length === 0) return
  const nameWidth = Math.min(48, Math.max(4, ...result.rows.map((r) => r.node.name.length)))
  const kindWidth = Math.min(40, Math.max(4, ...result.rows.map((r) => r.node.kind.length)))
  ctx.say(`${pad('NAME', nameWidth)}  ${pad('KIND', kindWidth)}  ID`)
  for (const { node, match } of result.rows) {
    ctx.say(`${pad(node.name, nameWidth)}  ${pad(node.kind, kindWidth)}  ${node.id}`)
    for (const edge of match) ctx.say(`    ${nameOf(edge.from)} -${edge.kind}-> ${nameOf(edge.to)}`)
  }
  if (result.truncated) ctx.say(`… ${result.total - result.rows.length} more (raise --limit)`)
}

export async function runExplore(ctx: CliContext, flags: RunFlags): Promise<ExitCode> {
  try {
    const source = await resolveSource(ctx, flags)
    const loaded = await withStore(ctx, (store) => loadGraph(store, flags.snapshot))
    // A text LIMIT and --limit both cap the rows; the smaller one wins.
    const maxRows = flags.limit === undefined || source.limit === undefined ? (flags.limit ?? source.limit) : Math.min(flags.limit, source.limit)
    const result = runQuery(loaded.graph, source.query, {
      findings: loaded.findings,
      limits: {
        ...(maxRows === undefined ? {} : { maxRows }),
        ...(flags.maxHops === undefined ? {} : { maxHops: flags.maxHops }),
        ...(flags.timeout === undefined ? {} : { timeoutMs: flags.timeout }),
      },
    })
    const chosen: Format = flags.csv === true ? 'csv' : (flags.format ?? (ctx.flags.json ? 'json' : 'table'))
    if (chosen === 'json') {
      const extra = flags.showQuery === true ? { query: source.query, text: printQuery(source.query), link: encodeShareLink(source.query) } : {}
      ctx.printJson({ ...resultsToJson(result), ...extra })
    } else if (chosen === 'csv') {
      ctx.stdout.write(resultsToCsv(result, loaded.graph))
    } else {
      renderTable(ctx, source, loaded.id, result, loaded.graph, flags.showQuery === true)
    }
    return EXIT.ok
  } catch (error) {
    const code = reportQueryError(ctx, error)
    if (code !== undefined) return code
    throw error
  }
}

export function listTemplatesCommand(ctx: CliContext, category: string | undefined): ExitCode {
  const templates = listTemplates().filter((t) => category === undefined || t.category === category)
  if (ctx.flags.json) {
    ctx.printJson(templates.map(({ id, title, description }) => ({ id, title, description })))
    return EXIT.ok
  }
  const width = Math.max(...templates.map((t) => t.id.length), 2)
  for (const t of templates) ctx.say(`${t.id.padEnd(width)}  ${t.title}`)
  ctx.say(`\n${templates.length} templates; run one with \`skyhound explore --template <id>\` (add --show-query to see its text)`)
  return EXIT.ok
}

export async function saveQuery(ctx: CliContext, name: string, flags: SaveFlags): Promise<ExitCode> {
  try {
    if (name.trim() === '' || name.length > 200) throw new SkyhoundError('SKY_USAGE', 'a saved query needs a name of 1 to 200 characters')
    const source = await resolveSource(ctx, flags)
    const now = new Date().toISOString()
    const record = {
      name,
      owner: flags.owner ?? process.env['USER'] ?? 'local',
      description: flags.description ?? '',
      query: JSON.parse(JSON.stringify(source.query)) as JsonObject,
      text: printQuery(source.query),
      createdAt: now,
      updatedAt: now,
    }
    await withStore(ctx, async (store) => {
      // A taken name is the user's to resolve (exit 2); the store still refuses a racing duplicate.
      if (flags.replace !== true && (await store.savedQueries.getQuery(name)) !== undefined) {
        throw new SkyhoundError('SKY_USAGE', `a saved query named '${name}' already exists`, { hint: 'choose another name, or add --replace' })
      }
      await store.savedQueries.saveQuery(record, { replace: flags.replace === true })
    })
    if (ctx.flags.json) ctx.printJson(record)
    else ctx.say(`Saved query '${name}' (${record.owner}): ${record.text}`)
    return EXIT.ok
  } catch (error) {
    const code = reportQueryError(ctx, error)
    if (code !== undefined) return code
    throw error
  }
}

export async function listSavedQueries(ctx: CliContext, owner: string | undefined): Promise<ExitCode> {
  const records = await withStore(ctx, (store) => store.savedQueries.listQueries(owner === undefined ? {} : { owner }))
  if (ctx.flags.json) {
    ctx.printJson(records)
  } else if (records.length === 0) {
    ctx.say('No saved queries: `skyhound explore save <name> --query …` saves one.')
  } else {
    for (const r of records) ctx.say(`${r.name}  (${r.owner}, ${r.updatedAt})${r.description === '' ? '' : ` — ${r.description}`}\n    ${r.text}`)
  }
  return EXIT.ok
}

export async function deleteSavedQuery(ctx: CliContext, name: string): Promise<ExitCode> {
  const deleted = await withStore(ctx, (store) => store.savedQueries.deleteQuery(name))
  if (!deleted) return reportQueryError(ctx, new QueryError('SKY_SAVED_QUERY_NOT_FOUND', `no saved query named '${name}'`, { hint: '`skyhound explore saved` lists them' }))!
  if (ctx.flags.json) ctx.printJson({ deleted: name })
  else ctx.say(`Deleted saved query '${name}'`)
  return EXIT.ok
}

function sourceOptions(command: Command): Command {
  return command
    .option('--query <text>', "query text, e.g. \"MATCH (c:k8s-cluster) WHERE c.rbacEnabled = false RETURN c\" (docs/explorer.md)")
    .option('--file <path>', 'a file holding query text or query JSON')
    .option('--template <id>', 'a built-in template (`skyhound explore templates`)')
    .option('--link <code>', 'a share link: the base64url code or a URL carrying it as q=')
    .option('--saved <name>', 'a saved query (`skyhound explore saved`)')
}

export function registerExplore(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  const explore = sourceOptions(
    program
      .command('explore')
      .summary('hunt with graph queries over the latest snapshot')
      .description(
        'Runs an explorer query — openCypher-style text, query JSON, a built-in template, a share link or a saved query — ' +
          'over a stored snapshot and lists the matching resources with the connections that matched.',
      ),
  )
    .option('--snapshot <id>', 'snapshot id, or `latest`', 'latest')
    .option('--limit <n>', 'rows to print (the total still counts every match; default 1000)', positiveInt)
    .option('--max-hops <n>', 'longest connection a query may walk (default 6)', positiveInt)
    .option('--timeout <ms>', 'time budget of the query in milliseconds (default 30000)', positiveInt)
    .option('--format <format>', `output: ${FORMATS.join(', ')} (default table, or json with --json)`, format)
    .option('--csv', 'shortcut for --format csv')
    .option('--show-query', 'also print the canonical query text and its share link')
    .action(async (flags: RunFlags) => done(await runExplore(context(), flags)))

  explore
    .command('templates')
    .summary('list the built-in query templates')
    .option('--category <name>', 'only one category: kubernetes, containers, compute, identity, data, secrets')
    .action((flags: { category?: string }) => done(listTemplatesCommand(context(), flags.category)))

  sourceOptions(explore.command('save').summary('save a query in the store under a name').argument('<name>', 'the name to save it under'))
    .option('--description <text>', 'what the query hunts for')
    .option('--owner <name>', 'who owns it (default $USER)')
    .option('--replace', 'replace a saved query of the same name')
    // Global options are parsed anywhere on the line, so `explore` takes --query & co. before `save` sees them.
    .action(async (name: string, flags: SaveFlags) => done(await saveQuery(context(), name, { ...explore.opts<SourceFlags>(), ...flags })))

  explore
    .command('saved')
    .summary('list saved queries')
    .option('--owner <name>', "only one owner's queries")
    .action(async (flags: { owner?: string }) => done(await listSavedQueries(context(), flags.owner)))

  explore
    .command('delete')
    .summary('delete a saved query')
    .argument('<name>', 'the saved query')
    .action(async (name: string) => done(await deleteSavedQuery(context(), name)))
}
