/** @module Expands the paths given to `scan` into a sorted list of files. */
import { readFile, readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { ScanOptions } from '../formats/format-adapter.js'
import { SkyhoundError } from '../model/errors.js'
import { parseJsonText } from '../formats/input-file.js'

/** File names a folder can list, one per line (`#` comments), to keep them out of a scan. */
export const IGNORE_FILE = '.skyhoundignore'

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
    .join('.*')
  return new RegExp(`^${source}$`)
}

/**
 * Per-input scan options a folder can declare: `{ "inputs": [{ "match": "<glob>", "clusterId": "…" }] }`.
 * It says what the files themselves cannot (which cloud cluster a kubectl export came from); the first
 * matching entry wins and overrides the command-line options for that file.
 */
export const INPUT_OPTIONS_FILE = '.skyhound-inputs.json'

export interface CollectedInput {
  readonly path: string
  /** Options from the folder's INPUT_OPTIONS_FILE, when an entry matches. */
  readonly options?: ScanOptions
}

interface InputRule {
  readonly pattern: RegExp
  readonly options: ScanOptions
}

async function inputRules(dir: string): Promise<InputRule[]> {
  const path = join(dir, INPUT_OPTIONS_FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return []
  }
  const doc = parseJsonText(text, path)
  const entries = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? doc.inputs : undefined
  if (!Array.isArray(entries)) {
    throw new SkyhoundError('SKY_INPUT_INVALID', `${path}: expected an object with an "inputs" array`, {
      where: path,
      hint: 'write { "inputs": [{ "match": "kubernetes/prod/**", "clusterId": "arn:aws:eks:…" }] }',
    })
  }
  return entries.map((entry, index) => {
    const match = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry.match : undefined
    if (typeof match !== 'string') {
      throw new SkyhoundError('SKY_INPUT_INVALID', `${path}: inputs[${index}] has no "match" glob`, {
        where: `${path}:inputs[${index}]`,
        hint: 'each entry needs "match" (a glob relative to the folder) and the options it sets',
      })
    }
    const record = entry as Record<string, unknown>
    const options: ScanOptions = {
      ...(typeof record.clusterId === 'string' ? { clusterId: record.clusterId } : {}),
      ...(Array.isArray(record.trustedCidrs) ? { trustedCidrs: record.trustedCidrs.filter((c): c is string => typeof c === 'string') } : {}),
    }
    return { pattern: globToRegExp(match), options }
  })
}

async function ignorePatterns(dir: string): Promise<RegExp[]> {
  try {
    const text = await readFile(join(dir, IGNORE_FILE), 'utf8')
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith('#'))
      .map(globToRegExp)
  } catch {
    return []
  }
}

async function walk(root: string, dir: string, ignore: RegExp[], rules: InputRule[], out: CollectedInput[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    const rel = relative(root, path)
    if (ignore.some((pattern) => pattern.test(rel) || pattern.test(entry.name))) continue
    if (entry.isDirectory()) await walk(root, path, ignore, rules, out)
    else if (entry.isFile()) {
      const rule = rules.find((r) => r.pattern.test(rel))
      out.push(rule === undefined ? { path } : { path, options: rule.options })
    }
  }
}

/** Files in the order given; folders expand recursively in name order, skipping dot-files and ignored names. */
export async function collectInputs(paths: readonly string[]): Promise<CollectedInput[]> {
  const files: CollectedInput[] = []
  for (const path of paths) {
    let info
    try {
      info = await stat(path)
    } catch (error) {
      throw new SkyhoundError('SKY_INPUT_NOT_FOUND', `input ${path} does not exist or cannot be read`, {
        where: path,
        hint: 'check the path; `skyhound demo generate --out DIR` writes a sample estate to scan',
        cause: error,
      })
    }
    if (info.isDirectory()) await walk(path, path, await ignorePatterns(path), await inputRules(path), files)
    else files.push({ path })
  }
  const seen = new Set<string>()
  return files.filter((file) => !seen.has(file.path) && seen.add(file.path))
}
