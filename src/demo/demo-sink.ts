/** @module Collects the manifest entry of every file the provider writers produce. */
import type { Provider } from '../model/vocabulary.js'
import { OutputFile } from './demo-output.js'
import type { DemoFileEntry, DemoFormatId } from './demo-types.js'

export interface FileMeta {
  readonly format: DemoFormatId
  readonly variant: string
  readonly provider: Provider
  readonly records: number
  readonly scanOptions?: { readonly clusterId: string }
}

export class DemoSink {
  private readonly entries: DemoFileEntry[] = []

  constructor(readonly root: string) {}

  open(path: string): Promise<OutputFile> {
    return OutputFile.open(this.root, path)
  }

  async close(file: OutputFile, meta: FileMeta): Promise<void> {
    const written = await file.close()
    this.entries.push({ path: written.path, ...meta, bytes: written.bytes, sha256: written.sha256 })
  }

  get files(): readonly DemoFileEntry[] {
    return this.entries
  }
}
