/**
 * @module Answers a datasource all at once, walking backwards. When a condition requires a multi-hop
 * connection, the nodes matching the connection's target are found first (recursively), one multi-source
 * backward walk from them yields every node that reaches one within the hop range, and only those are
 * tested on the rest of the condition. Forward evaluation walks the hop range once per candidate, which is
 * quadratic where walks fan out (an account-wide `can-assume` grant lets thousands of identities reach
 * thousands); the backward walk visits each node at most once per level. Results are the same either way
 * (run-query.test.ts and the template tests run both).
 */
import type { ConditionPlan, DatasourcePlan, PlanContext } from './query-plan.js'
import { startOf } from './start-set.js'
import { sourcesReaching } from './traverse.js'

/** Conjuncts of a condition: the members of an `and` group, the condition itself otherwise. */
function conjunctsOf(condition: ConditionPlan): readonly ConditionPlan[] {
  const node = condition.node
  if (node.type === 'conditiongroup') return node.properties.operator === 'and' ? (condition.members ?? []) : []
  return [condition]
}

/** The multi-hop connection every match must satisfy, the costliest one when there are several. */
export function backwardConnection(plan: DatasourcePlan): ConditionPlan | undefined {
  if (plan.condition === undefined) return undefined
  let best: ConditionPlan | undefined
  for (const conjunct of conjunctsOf(plan.condition)) {
    if (conjunct.connection !== undefined && conjunct.connection.max > 1 && (best === undefined || conjunct.cost > best.cost)) best = conjunct
  }
  return best
}

/** True when some connection of the query, at any depth, walks more than one hop. */
export function hasMultiHop(plan: DatasourcePlan): boolean {
  const stack: ConditionPlan[] = plan.condition === undefined ? [] : [plan.condition]
  while (stack.length > 0) {
    const condition = stack.pop()!
    if (condition.members !== undefined) stack.push(...condition.members)
    const connection = condition.connection
    if (connection !== undefined) {
      if (connection.max > 1) return true
      if (connection.target.condition !== undefined) stack.push(connection.target.condition)
    }
  }
  return false
}

/**
 * Settles, ahead of the run, every nested datasource under `plan` that has a multi-hop connection, so a
 * forward test meets a known answer where it would otherwise walk again.
 */
export function settleNested(plan: DatasourcePlan, ctx: PlanContext): void {
  const stack: ConditionPlan[] = plan.condition === undefined ? [] : [plan.condition]
  while (stack.length > 0) {
    const condition = stack.pop()!
    if (condition.members !== undefined) stack.push(...condition.members)
    const target = condition.connection?.target
    if (target === undefined || target.settled) continue
    if (backwardConnection(target) !== undefined) target.settle(matchingNodes(target, ctx))
    else settleNested(target, ctx)
  }
}

/** Every node matching `plan`, ascending. */
export function matchingNodes(plan: DatasourcePlan, ctx: PlanContext): Int32Array {
  const { graph, budget } = ctx
  const via = backwardConnection(plan)
  settleNested(plan, ctx)
  let candidates: Int32Array
  let checkSources = true
  if (via === undefined) {
    const start = startOf(plan, ctx)
    candidates = start.nodes()
    checkSources = start.checkSources
  } else {
    const connection = via.connection!
    const targets = connection.target.settled ? connection.target.known() : matchingNodes(connection.target, ctx)
    candidates = sourcesReaching(graph, budget, ctx.scratch, targets, connection)
  }
  const others = plan.condition === undefined ? [] : conjunctsOf(plan.condition).filter((c) => c !== via)
  // A condition that is not an `and` group (an `or`, a `not`) is tested whole.
  const whole = via === undefined ? plan.condition : undefined
  const out = new Int32Array(candidates.length)
  let count = 0
  for (const node of candidates) {
    budget.tick()
    if (checkSources && !plan.inSources(node)) continue
    if (whole !== undefined) {
      if (!whole.test(node, undefined)) continue
    } else if (!others.every((c) => c.test(node, undefined))) continue
    out[count++] = node
  }
  return out.subarray(0, count)
}
