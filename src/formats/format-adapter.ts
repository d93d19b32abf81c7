/** @module The seam between input formats and the pipeline: detectors plus readers, one per format. */
import type { GraphFragment, JsonValue } from '../model/graph-types.js'
import type { ScanIssue } from '../model/issue.js'
import type { Provider } from '../model/vocabulary.js'
import type { SensitivityOptions } from '../analyses/sensitivity/sensitivity-config.js'
import type { InputFile } from './input-file.js'

/** What a detector may look at: cheap to produce, bounded in size whatever the file size. */
export interface DetectionSample {
  readonly path: string
  /** Lowercased file extension without `.gz`, e.g. `.json`, `.ndjson`, `.yaml`. */
  readonly extension: string
  /** The first bytes of the (decompressed) file as text, at most `SAMPLE_BYTES`. */
  readonly head: string
  /** True when `head` is the whole file. */
  readonly complete: boolean
  /** The whole file parsed as JSON when it is complete and valid JSON. */
  readonly json: JsonValue | undefined
  /** The first non-empty line parsed as JSON, when it parses (NDJSON inputs). */
  readonly firstLine: JsonValue | undefined
}

export interface ScanOptions {
  /** Link a Kubernetes input to a cloud cluster id (ARN / ARM id / GKE name). */
  readonly clusterId?: string
  /** CIDRs whose exposure is trusted (used by analyses). */
  readonly trustedCidrs?: readonly string[]
  /** Classification tags, criticality tags and rules of the sensitivity analysis (defaults when absent). */
  readonly sensitivity?: SensitivityOptions
}

/** Handed to a reader: it emits fragments and issues as it goes, so one bad record loses nothing else. */
export interface ReadContext {
  readonly file: InputFile
  readonly options: ScanOptions
  emit(fragment: GraphFragment): void
  issue(issue: Omit<ScanIssue, 'file'>): void
}

export interface FormatAdapter {
  /** Stable id, e.g. `aws-config-snapshot`; shown in `skyhound formats` and in snapshot inputs. */
  readonly id: string
  readonly provider: Provider
  readonly title: string
  /** First matching detector in registry order wins (formats.md §A7). */
  detect(sample: DetectionSample): boolean
  /** Reads the whole input. Throws only when nothing of the file can be read. */
  read(ctx: ReadContext): Promise<void>
}
