/** @module A datasource source naming a cross-cloud family (`vm`, `k8s-cluster`). */
import type { Family } from '../../model/vocabulary.js'
import { frozen } from './values.js'

export interface FamilySourceNode {
  readonly type: 'family'
  readonly properties: { readonly source: Family }
}

export const FamilySourceNode = Object.freeze({
  create(family: Family): FamilySourceNode {
    return frozen({ type: 'family', properties: frozen({ source: family }) })
  },
  is(node: { readonly type: string }): node is FamilySourceNode {
    return node.type === 'family'
  },
})
