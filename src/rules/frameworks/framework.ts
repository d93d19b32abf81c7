/**
 * @module Compliance frameworks as data (STYLE.md §8.4): each requirement lists the rule ids that check
 * it. Rules do not know about frameworks, so a new benchmark version is a new data file, not a rule edit.
 */

export interface FrameworkRequirement {
  readonly id: string
  readonly title: string
  readonly rules: readonly string[]
}

export interface Framework {
  /** Kebab id used in `frameworks` references and exports (`cis-aws-foundations-3.0`). */
  readonly id: string
  readonly title: string
  readonly version: string
  readonly url: string
  readonly requirements: readonly FrameworkRequirement[]
}

export function defineFramework(framework: Framework): Framework {
  const seen = new Set<string>()
  for (const requirement of framework.requirements) {
    if (seen.has(requirement.id)) throw new Error(`framework ${framework.id}: requirement ${requirement.id} is listed twice`)
    seen.add(requirement.id)
  }
  return Object.freeze(framework)
}
