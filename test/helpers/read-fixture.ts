/** Test helper: detect and read one fixture file through the public format registry. */
import { detectFormat, sampleOf } from '../../src/formats/detect.js'
import type { FormatAdapter, ScanOptions } from '../../src/formats/format-adapter.js'
import { InputFile } from '../../src/formats/input-file.js'
import { readInput } from '../../src/formats/read-input.js'
import type { ReadResult } from '../../src/formats/read-input.js'
import { BUILTIN_FORMATS } from '../../src/formats/registry.js'

export async function detectFixture(path: string): Promise<FormatAdapter | undefined> {
  return detectFormat(await sampleOf(await InputFile.open(path)), BUILTIN_FORMATS)
}

/** Detects the format of `path` (failing when none matches) and reads it. */
export async function readFixture(path: string, options: ScanOptions = {}): Promise<ReadResult & { format: string }> {
  const file = await InputFile.open(path)
  const format = detectFormat(await sampleOf(file), BUILTIN_FORMATS)
  if (format === undefined) throw new Error(`no format detected for ${path}`)
  return { ...(await readInput(file, format, options)), format: format.id }
}
