/** @module What every per-provider exposure walk receives. */
import type { GraphView } from '../../graph/graph-view.js'
import type { ExposureSink } from './exposure-sink.js'
import type { Grant, Layer } from './filter-layers.js'
import { evaluateLayers } from './filter-layers.js'
import type { IpRange } from './ip-range.js'

export class ExposureContext {
  private readonly cache = new Map<string, Grant[]>()

  constructor(
    readonly graph: GraphView,
    /** Internet source addresses: public space minus the trusted CIDRs. */
    readonly universe: readonly IpRange[],
    readonly sink: ExposureSink,
  ) {}

  /**
   * Grants of the layers against the internet. Layer names identify their rules (they carry the
   * ids of the rule holders and of any per-target variation), so shared rule sets — the same
   * security groups on a thousand instances — are evaluated once.
   */
  evaluate(layers: readonly Layer[]): Grant[] {
    const key = layers.map((l) => `${l.name}\u0002${l.rules[0]?.evidence.source ?? ''}\u0002${l.rules.length}`).join('\u0001')
    const cached = this.cache.get(key)
    if (cached !== undefined) return cached
    const grants = evaluateLayers(layers, this.universe)
    this.cache.set(key, grants)
    return grants
  }
}
