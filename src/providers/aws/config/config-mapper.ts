/** @module The contract of a per-resource-type Config mapper: pure, one CI in, one resource out. */
import type { EdgeInput, Insight, JsonObject, NodeInput } from '../../../model/graph-types.js'
import type { AwsKind } from '../aws-kinds.js'
import type { ConfigItem } from './config-item.js'

export interface MapContext {
  /** Input file, for evidence. */
  readonly source: string
  /** Place of the record in the file, e.g. `configurationItems[3]`. */
  readonly location: string
}

export interface MappedResource {
  readonly kind: AwsKind
  readonly name?: string | undefined
  /** Other ids of the resource (NodeInput.aliases), e.g. `aws-instance://<instance-id>`. */
  readonly aliases?: readonly string[]
  /** Normalized props; a `config` key here replaces the raw configuration (used to redact). */
  readonly props: JsonObject
  readonly edges?: readonly EdgeInput[]
  /** Extra nodes the resource implies (inline policies, instance profiles, access keys). */
  readonly nodes?: readonly NodeInput[]
  readonly insights?: readonly Insight[]
  /** Parts of the record that could not be read (reported as invalid-record, the rest is kept). */
  readonly problems?: readonly string[]
}

export type ConfigMapper = (ci: ConfigItem, ctx: MapContext) => MappedResource
