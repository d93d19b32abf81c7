/**
 * @module Business context of a resource that rules and risk read: sensitive data and criticality. The
 * sensitivity analysis records them as insights; an explicit classification tag counts too, so a
 * resource labelled `data-classification=confidential` is sensitive even where no analysis ran.
 */
import type { GraphView } from '../graph/graph-view.js'

const CLASSIFICATION_TAGS = ['data-classification', 'dataclassification', 'classification', 'data_classification']
const SENSITIVE_CLASSES = new Set(['confidential', 'restricted', 'secret', 'sensitive', 'pii', 'highly-confidential'])
const CRITICALITY_TAGS = ['criticality', 'business-criticality', 'asset-criticality']

function tagValue(tags: Readonly<Record<string, string>>, keys: readonly string[]): string | undefined {
  for (const [key, value] of Object.entries(tags)) if (keys.includes(key.toLowerCase())) return value.toLowerCase()
  return undefined
}

/** The sensitivity of a node's data: the insight's info types, the classification tag, or undefined. */
export function sensitiveData(graph: GraphView, node: number): string | undefined {
  const insight = graph.nodeInsights(node).find((i) => i.id === 'contains-sensitive-data')
  if (insight !== undefined) {
    const types = insight.params['infoTypes'] ?? insight.params['labels'] ?? insight.params['classification']
    const list = Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : []
    return list.length > 0 ? list.join(', ') : typeof types === 'string' ? types : 'classified sensitive'
  }
  const tagged = tagValue(graph.nodeTags(node), CLASSIFICATION_TAGS)
  return tagged !== undefined && SENSITIVE_CLASSES.has(tagged) ? `data-classification=${tagged}` : undefined
}

/** Criticality level (`critical`, `high`, …) from the insight or a criticality tag. */
export function criticality(graph: GraphView, node: number): string | undefined {
  const insight = graph.nodeInsights(node).find((i) => i.id === 'critical-resource')
  if (insight !== undefined) return typeof insight.params['level'] === 'string' ? insight.params['level'] : 'critical'
  return tagValue(graph.nodeTags(node), CRITICALITY_TAGS)
}
