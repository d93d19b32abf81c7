/** @module Reads a Terraform JSON file whole (bounded), UTF-8 or UTF-16 (PowerShell redirection), and maps it. */
import type { ReadContext } from '../../formats/format-adapter.js'
import type { InputFile } from '../../formats/input-file.js'
import { MAX_DOCUMENT_BYTES, parseJsonText } from '../../formats/input-file.js'
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'
import { isObject } from '../shared/json-values.js'
import { terraformFragment } from './tf-normalize.js'
import type { TfResource } from './tf-resource.js'

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

export interface TerraformDocumentSpec {
  readonly format: 'terraform-state' | 'terraform-plan'
  /** What the document is, for the error when it is not a JSON object. */
  readonly what: string
  readonly hint: string
  /** Why a resource listed in `bad` was skipped. */
  readonly skipped: string
  /** The resources of the document; unreadable ones are named in `bad` (their place in the document). */
  readonly resources: (document: JsonObject, bad: string[]) => TfResource[]
}

/** Reads a state or plan document, reports the resources it cannot read, and maps the others. */
export async function readTerraformDocument(ctx: ReadContext, spec: TerraformDocumentSpec): Promise<void> {
  const value = await readTerraformJson(ctx.file)
  if (!isObject(value)) throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: not a Terraform ${spec.what}`, { where: `${ctx.file.path}:file`, hint: spec.hint })
  const bad: string[] = []
  const resources = spec.resources(value, bad)
  for (const place of bad) ctx.issue({ location: place, kind: 'invalid-record', message: `${place} has no ${spec.skipped}`, hint: 'the resource is skipped' })
  terraformFragment(resources, ctx, spec.format)
}
