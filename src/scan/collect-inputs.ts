/** @module Expands the paths given to `scan` into a sorted list of files. */
import { readFile, readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { SkyhoundError } from '../model/errors.js'

/** File names a folder can list, one per line (`#` comments), to keep them out of a scan. */
export const IGNORE_FILE = '.skyhoundignore'

function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('**')
    .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
    .join('.*')
  return new RegExp(`^${source}$`)
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

async function walk(root: string, dir: string, ignore: RegExp[], out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    const rel = relative(root, path)
    if (ignore.some((pattern) => pattern.test(rel) || pattern.test(entry.name))) continue
    if (entry.isDirectory()) await walk(root, path, ignore, out)
    else if (entry.isFile()) out.push(path)
  }
}

/** Files in the order given; folders expand recursively in name order, skipping dot-files and ignored names. */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
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
    if (info.isDirectory()) await walk(path, path, await ignorePatterns(path), files)
    else files.push(path)
  }
  return [...new Set(files)]
}
