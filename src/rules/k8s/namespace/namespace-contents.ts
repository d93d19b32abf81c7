/** @module What a namespace node contains (its `contains` edges), for the namespace rules. */
import type { RuleNode } from '../../rule-kit.js'
import { POD_SPEC_KINDS } from '../pod-spec.js'

/** The pods and pod controllers of the namespace in the input. */
export const workloadsOf = (namespace: RuleNode): RuleNode[] => namespace.neighbours('out', 'contains', [...POD_SPEC_KINDS])

export const networkPoliciesOf = (namespace: RuleNode): RuleNode[] => namespace.neighbours('out', 'contains', ['k8s.networkpolicy'])

/** `shop`, from the namespace node name. */
export const namespaceName = (namespace: RuleNode): string => namespace.name.slice(namespace.name.lastIndexOf('/') + 1)
