/** @module A datasource source naming one node kind (`aws.ec2.instance`), as `entity` in the reference link format. */
import { frozen } from './values.js'

export interface EntitySourceNode {
  readonly type: 'entity'
  readonly properties: { readonly source: string }
}

export const EntitySourceNode = Object.freeze({
  create(kind: string): EntitySourceNode {
    return frozen({ type: 'entity', properties: frozen({ source: kind }) })
  },
  is(node: { readonly type: string }): node is EntitySourceNode {
    return node.type === 'entity'
  },
})
