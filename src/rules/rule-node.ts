/**
 * @module The typed view of one graph node that a rule reads: its props (with dotted-path accessors),
 * tags, insights and neighbours. `need*` accessors end the evaluation as `unknown` when the input did
 * not carry the setting, so a rule never mistakes "not exported" for "off".
 */
import type { Direction, GraphView } from '../graph/graph-view.js'
import type { Insight, JsonObject, JsonValue } from '../model/graph-types.js'
import type { EdgeKind, Family, InsightId, Provider } from '../model/vocabulary.js'
import { sensitiveData } from './resource-context.js'

/**
 * Thrown by `need*` accessors; the engine turns it into an `unknown` finding naming the setting. It is
 * control flow, not a fault, and a scan throws it hundreds of thousands of times: the stack trace is not
 * captured (capturing it was an eighth of the rule engine's time).
 */
export class MissingSetting extends Error {
  readonly path: string
  constructor(path: string) {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    super(`${path} is not in the input`)
    Error.stackTraceLimit = limit
    this.path = path
    this.name = 'MissingSetting'
  }
}

const PATHS = new Map<string, readonly string[]>()
function segments(path: string): readonly string[] {
  let parts = PATHS.get(path)
  if (parts === undefined) {
    parts = path.split('.')
    PATHS.set(path, parts)
  }
  return parts
}

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value at a dotted path of a JSON object (`publicAccessBlock.blockPublicAcls`). */
export function valueAt(root: JsonObject, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = root
  for (const key of segments(path)) {
    if (!isObject(current)) return undefined
    current = current[key]
  }
  return current
}

export class RuleNode {
  private cachedProps: JsonObject | undefined
  private cachedLabel: string | undefined
  private cachedId: string | undefined
  private cachedScope: string | undefined

  constructor(
    readonly graph: GraphView,
    readonly index: number,
  ) {}

  get id(): string {
    return (this.cachedId ??= this.graph.nodeId(this.index))
  }
  get kind(): string {
    return this.graph.nodeKind(this.index)
  }
  get family(): Family {
    return this.graph.nodeFamily(this.index)
  }
  get provider(): Provider {
    return this.graph.nodeProvider(this.index)
  }
  get scope(): string {
    return (this.cachedScope ??= this.graph.nodeScope(this.index))
  }
  get name(): string {
    return this.graph.nodeName(this.index)
  }
  get tags(): Readonly<Record<string, string>> {
    return this.graph.nodeTags(this.index)
  }
  get insights(): readonly Insight[] {
    return this.graph.nodeInsights(this.index)
  }
  get props(): JsonObject {
    return (this.cachedProps ??= this.graph.nodeProps(this.index))
  }
  /** The node's name in backticks, for messages: "bucket `logs-prod` …". */
  get label(): string {
    return (this.cachedLabel ??= `\`${this.name}\``)
  }

  value(path: string): JsonValue | undefined {
    return valueAt(this.props, path)
  }
  str(path: string): string | undefined {
    const v = this.value(path)
    return typeof v === 'string' ? v : undefined
  }
  bool(path: string): boolean | undefined {
    const v = this.value(path)
    return typeof v === 'boolean' ? v : undefined
  }
  num(path: string): number | undefined {
    const v = this.value(path)
    return typeof v === 'number' ? v : undefined
  }
  obj(path: string): JsonObject | undefined {
    const v = this.value(path)
    return isObject(v) ? v : undefined
  }
  list(path: string): readonly JsonValue[] | undefined {
    const v = this.value(path)
    return Array.isArray(v) ? v : undefined
  }
  // Lists read from readers are almost always homogeneous: return them as they are (no copy) when so.
  strings(path: string): readonly string[] | undefined {
    const v = this.list(path)
    if (v === undefined) return undefined
    return v.every((x) => typeof x === 'string') ? v : v.filter((x): x is string => typeof x === 'string')
  }
  objects(path: string): readonly JsonObject[] | undefined {
    const v = this.list(path)
    if (v === undefined) return undefined
    return v.every(isObject) ? v : v.filter(isObject)
  }

  needStr(path: string): string {
    return this.str(path) ?? missing(path)
  }
  needBool(path: string): boolean {
    return this.bool(path) ?? missing(path)
  }
  needNum(path: string): number {
    return this.num(path) ?? missing(path)
  }
  needObj(path: string): JsonObject {
    return this.obj(path) ?? missing(path)
  }
  needStrings(path: string): readonly string[] {
    return this.strings(path) ?? missing(path)
  }
  needObjects(path: string): readonly JsonObject[] {
    return this.objects(path) ?? missing(path)
  }

  tag(key: string): string | undefined {
    return this.tags[key]
  }
  insight(id: InsightId): Insight | undefined {
    return this.insights.find((i) => i.id === id)
  }
  hasInsight(id: InsightId): boolean {
    return this.insights.some((i) => i.id === id)
  }

  /** What makes the node's data sensitive (insight or classification tag), or undefined. */
  sensitiveData(): string | undefined {
    return sensitiveData(this.graph, this.index)
  }

  /** Neighbours over `kind` edges in `direction`, optionally only of some node kinds. */
  neighbours(direction: Direction, kind: EdgeKind, kinds?: readonly string[]): RuleNode[] {
    const out: RuleNode[] = []
    this.graph.forEachEdge(this.index, direction, kind, (_edge, neighbour) => {
      if (kinds === undefined || kinds.includes(this.graph.nodeKind(neighbour))) out.push(new RuleNode(this.graph, neighbour))
    })
    return out
  }
}

function missing(path: string): never {
  throw new MissingSetting(path)
}
