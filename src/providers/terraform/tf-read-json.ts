/** @module Reads a Terraform JSON file whole (bounded), UTF-8 or UTF-16 (PowerShell redirection). */
import type { InputFile } from '../../formats/input-file.js'
import { MAX_DOCUMENT_BYTES, parseJsonText } from '../../formats/input-file.js'
import type { JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'

export async function readTerraformJson(file: InputFile): Promise<JsonValue> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of file.stream()) {
    const buffer = chunk as Buffer
    total += buffer.length
    if (total > MAX_DOCUMENT_BYTES) {
      throw new SkyhoundError('SKY_INPUT_INVALID', `${file.path}: too large to read as one document`, { where: file.path, hint: 'split the state or plan (per workspace or module)' })
    }
    chunks.push(buffer)
  }
  const bytes = Buffer.concat(chunks)
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes.length > 1 && bytes[1] === 0 && bytes[0] !== 0)
  const text = utf16 ? new TextDecoder('utf-16le').decode(bytes) : bytes.toString('utf8')
  return parseJsonText(text.replace(/^\uFEFF/, ''), file.path)
}
