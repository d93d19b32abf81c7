/** @module Builds the bounded detection sample of a file and picks the first matching format. */
import { extname } from 'node:path'
import type { JsonValue } from '../model/graph-types.js'
import type { DetectionSample, FormatAdapter } from './format-adapter.js'
import type { InputFile } from './input-file.js'

function tryParse(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue
  } catch {
    return undefined
  }
}

export async function sampleOf(file: InputFile): Promise<DetectionSample> {
  const { text, complete } = await file.head()
  const head = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const lower = file.path.toLowerCase().replace(/\.gz$/, '')
  const firstLineText = head.split('\n').find((line) => line.trim().length > 0)
  return {
    path: file.path,
    extension: extname(lower),
    head,
    complete,
    json: complete ? tryParse(head) : undefined,
    firstLine: firstLineText === undefined ? undefined : tryParse(firstLineText),
  }
}

/** The first format whose detector accepts the sample; detectors that throw count as "no". */
export function detectFormat(sample: DetectionSample, formats: readonly FormatAdapter[]): FormatAdapter | undefined {
  return formats.find((format) => {
    try {
      return format.detect(sample)
    } catch {
      return false
    }
  })
}
