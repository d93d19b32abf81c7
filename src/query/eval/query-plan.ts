/**
 * @module A query AST compiled into closures over the graph. Each datasource knows its sources and its
 * condition; conditions are cost-ordered inside their groups (property and insight tests before
 * recommendations, vulnerabilities and connections, shorter connections first), and a nested datasource
 * memoises its answer per node, so a target reached from many starts is tested once.
 */
import type { Finding } from '../../model/finding.js'
import type { GraphView } from '../../graph/graph-view.js'
import type { EdgeKind, Family } from '../../model/vocabulary.js'
import type { ConditionNode } from '../ast/ast-node.js'
import { visitCondition } from '../ast/ast-node.js'
import type { ConditionGroupNode } from '../ast/condition-group-node.js'
import { connectionKinds, hopRange } from '../ast/connection-condition-node.js'
import type { ConnectionConditionNode, ConnectionDirection } from '../ast/connection-condition-node.js'
import type { DatasourceNode } from '../ast/datasource-node.js'
import type { PropertyConditionNode } from '../ast/property-condition-node.js'
import { findingsByNode, recommendationTestOf } from './finding-index.js'
import { insightTestOf } from './insight-test.js'
import { leafTestOf, testValue } from './property-test.js'
import type { RunBudget } from './run-budget.js'
import type { RunScratch } from './run-scratch.js'
import { WalkScratch, traverseFrom } from './traverse.js'
import { vulnerabilityTestOf } from './vulnerability-test.js'

/** Edge indexes that made a node match, appended in evaluation order; `undefined` when not recording. */
export type Witness = number[] | undefined

export type NodeTest = (node: number, witness: Witness) => boolean
export type EdgeTest = (edge: number) => boolean

export interface ConditionPlan {
  readonly cost: number
  readonly test: NodeTest
  readonly node: ConditionNode
  /** Members of a group, cost-ordered (the start-set chooser reads those of `and` groups). */
  readonly members?: readonly ConditionPlan[]
  /** The walk of a connection condition. */
  readonly connection?: ConnectionPlan
}

export interface PlanContext {
  readonly graph: GraphView
  readonly budget: RunBudget
  readonly findings: readonly Finding[]
  readonly scratch: RunScratch
}

const EMPTY_FINDINGS: readonly Finding[] = Object.freeze([])

function tagValue(tags: Readonly<Record<string, string>>, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(tags, key)) return tags[key]
  const lower = key.toLowerCase()
  for (const [k, v] of Object.entries(tags)) if (k.toLowerCase() === lower) return v
  return undefined
}

function nodePropertyTest(graph: GraphView, condition: PropertyConditionNode): NodeTest {
  const { path } = condition.properties
  const { test, negate } = leafTestOf(condition)
  const root = path[0]!
  switch (root) {
    case 'props':
      return (node) => testValue(graph.nodeProps(node), path, 1, test, negate)
    case 'tags':
      return path.length === 1
        ? (node) => testValue(graph.nodeTags(node), path, 1, test, negate)
        : (node) => testValue(tagValue(graph.nodeTags(node), path[1]!), path, 2, test, negate)
    case 'id':
      return (node) => testValue(graph.nodeId(node), path, 1, test, negate)
    case 'kind':
      return (node) => testValue(graph.nodeKind(node), path, 1, test, negate)
    case 'family':
      return (node) => testValue(graph.nodeFamily(node), path, 1, test, negate)
    case 'provider':
      return (node) => testValue(graph.nodeProvider(node), path, 1, test, negate)
    case 'scope':
      return (node) => {
        const scope = graph.nodeScope(node)
        return testValue(scope === '' ? undefined : scope, path, 1, test, negate)
      }
    case 'name':
      return (node) => testValue(graph.nodeName(node), path, 1, test, negate)
    case 'region':
      // The view has no region column accessor; region tests are rare enough to materialise the node.
      return (node) => testValue(graph.node(node).region, path, 1, test, negate)
    default:
      throw new Error(`property path root ${root} passed validation`)
  }
}

function edgePropertyTest(graph: GraphView, condition: PropertyConditionNode): EdgeTest {
  const { path } = condition.properties
  const { test, negate } = leafTestOf(condition)
  return path[0] === 'kind'
    ? (edge) => testValue(graph.edgeKind(edge), path, 1, test, negate)
    : (edge) => testValue(graph.edgeProps(edge), path, 1, test, negate)
}

/** Edge filters are groups of property conditions only (the validator enforces it). */
export function compileEdgeTest(graph: GraphView, condition: ConditionNode): EdgeTest {
  if (condition.type === 'property') return edgePropertyTest(graph, condition)
  if (condition.type !== 'conditiongroup') throw new Error(`edge filter holds a ${condition.type} condition`)
  const members = condition.properties.conditions.map((c) => compileEdgeTest(graph, c))
  switch (condition.properties.operator) {
    case 'and':
      return (edge) => members.every((m) => m(edge))
    case 'or':
      return (edge) => members.some((m) => m(edge))
    case 'not':
      return (edge) => !members[0]!(edge)
  }
}

export interface ConnectionPlan {
  readonly kinds: readonly EdgeKind[]
  readonly directions: readonly ('out' | 'in')[]
  readonly min: number
  readonly max: number
  readonly edgeTest: EdgeTest | undefined
  readonly target: DatasourcePlan
  /** Reused buffers of this connection's walks (traverse.ts); a connection never walks inside itself. */
  readonly scratch: WalkScratch
}

const DIRECTIONS: Readonly<Record<ConnectionDirection, readonly ('out' | 'in')[]>> = {
  outgoing: ['out'],
  incoming: ['in'],
  any: ['out', 'in'],
}

export class DatasourcePlan {
  readonly families: ReadonlySet<Family> | undefined
  readonly kinds: ReadonlySet<string> | undefined
  readonly condition: ConditionPlan | undefined
  /** 0 unknown, 1 no, 2 yes; only for nested datasources (the root tests each node once anyway). */
  private memo: Int8Array | undefined
  /** Every matching node, when the backward plan settled this datasource ahead of the run (backward-plan.ts). */
  private matching: Int32Array | undefined

  constructor(
    readonly node: DatasourceNode,
    private readonly ctx: PlanContext,
    memoize: boolean,
  ) {
    const families = node.properties.sources.filter((s) => s.type === 'family').map((s) => s.properties.source)
    const kinds = node.properties.sources.filter((s) => s.type === 'entity').map((s) => s.properties.source)
    const any = node.properties.sources.length === 0
    this.families = any ? undefined : new Set(families)
    this.kinds = any ? undefined : new Set(kinds)
    this.condition = node.properties.conditions === undefined ? undefined : compileCondition(node.properties.conditions, ctx)
    if (memoize) this.memo = ctx.scratch.int8()
  }

  get settled(): boolean {
    return this.matching !== undefined
  }

  /** Records the complete answer (ascending node indexes): every later test is a lookup. */
  settle(matching: Int32Array): void {
    const memo = (this.memo ??= this.ctx.scratch.int8())
    memo.fill(1)
    for (const node of matching) memo[node] = 2
    this.matching = matching
  }

  /** The answer recorded by `settle`. */
  known(): Int32Array {
    if (this.matching === undefined) throw new Error('datasource not settled')
    return this.matching
  }

  get cost(): number {
    return this.condition?.cost ?? 0
  }

  inSources(node: number): boolean {
    if (this.families === undefined) return true
    return this.families.has(this.ctx.graph.nodeFamily(node)) || this.kinds!.has(this.ctx.graph.nodeKind(node))
  }

  matches(node: number, witness: Witness): boolean {
    if (witness !== undefined) return this.inSources(node) && (this.condition === undefined || this.condition.test(node, witness))
    const memo = this.memo
    if (memo !== undefined) {
      const known = memo[node]!
      if (known !== 0) return known === 2
    }
    const result = this.inSources(node) && (this.condition === undefined || this.condition.test(node, undefined))
    if (memo !== undefined) memo[node] = result ? 2 : 1
    return result
  }
}

function groupPlan(group: ConditionGroupNode, ctx: PlanContext): ConditionPlan {
  const members = group.properties.conditions.map((c) => compileCondition(c, ctx)).sort((a, b) => a.cost - b.cost)
  const cost = members.reduce((sum, m) => sum + m.cost, 0)
  switch (group.properties.operator) {
    case 'and':
      return {
        node: group,
        cost,
        members,
        test: (node, witness) => {
          for (const member of members) if (!member.test(node, witness)) return false
          return true
        },
      }
    case 'or':
      return {
        node: group,
        cost,
        members,
        test: (node, witness) => {
          for (const member of members) {
            if (witness === undefined) {
              if (member.test(node, undefined)) return true
              continue
            }
            // Only the branch that holds contributes its path.
            const branch: number[] = []
            if (member.test(node, branch)) {
              witness.push(...branch)
              return true
            }
          }
          return false
        },
      }
    case 'not': {
      const member = members[0]!
      return { node: group, cost, members, test: (node) => !member.test(node, undefined) }
    }
  }
}

function connectionPlan(condition: ConnectionConditionNode, ctx: PlanContext): ConnectionPlan {
  const { min, max } = hopRange(condition)
  const { edge, target, direction } = condition.properties
  return {
    kinds: connectionKinds(condition),
    directions: DIRECTIONS[direction],
    min,
    max,
    edgeTest: edge === undefined ? undefined : compileEdgeTest(ctx.graph, edge),
    target: new DatasourcePlan(target, ctx, true),
    scratch: new WalkScratch(() => ctx.scratch.int32()),
  }
}

export function compileCondition(condition: ConditionNode, ctx: PlanContext): ConditionPlan {
  const { graph } = ctx
  return visitCondition<ConditionPlan>(condition, {
    conditiongroup: (group) => groupPlan(group, ctx),
    property: (node) => ({ node, cost: node.properties.operator === 'regex' ? 3 : 1, test: nodePropertyTest(graph, node) }),
    insight: (node) => {
      const test = insightTestOf(node)
      return { node, cost: 2, test: (i) => test(graph.nodeInsights(i)) }
    },
    recommendation: (node) => {
      const test = recommendationTestOf(node, findingsByNode(ctx.findings.length === 0 ? EMPTY_FINDINGS : ctx.findings))
      return { node, cost: 3, test: (i) => test(graph.nodeId(i)) }
    },
    vulnerability: (node) => {
      const test = vulnerabilityTestOf(node)
      return { node, cost: 5, test: (i) => test(graph.nodeProps(i)) }
    },
    connection: (node) => {
      const plan = connectionPlan(node, ctx)
      // Walking grows with the hop range; a deeper target condition costs more per node reached.
      const cost = 20 * plan.max * plan.max + plan.target.cost
      return { node, cost, connection: plan, test: (i, witness) => traverseFrom(ctx.graph, ctx.budget, i, plan, witness) }
    },
  })
}
