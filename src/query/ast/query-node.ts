/** @module The root of a query, in the shape of the reference system's share-link JSON (`securitygraphquery`). */
import type { DatasourceNode } from './datasource-node.js'
import { frozen } from './values.js'

/** Version of our query JSON; links carry it so a later format can still read them. */
export const QUERY_VERSION = 1

export interface QueryNode {
  readonly type: 'securitygraphquery'
  readonly version: typeof QUERY_VERSION
  readonly properties: { readonly source: DatasourceNode }
}

export const QueryNode = Object.freeze({
  create(source: DatasourceNode): QueryNode {
    return frozen({ type: 'securitygraphquery', version: QUERY_VERSION, properties: frozen({ source }) })
  },
  is(node: { readonly type: string }): node is QueryNode {
    return node.type === 'securitygraphquery'
  },
})
