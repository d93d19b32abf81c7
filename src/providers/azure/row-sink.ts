/** @module The Azure record sink: a FragmentSink that also carries the file's role-assignment join. */
import { FragmentSink } from '../shared/fragment-sink.js'
import type { RoleJoin } from './role-join.js'

export class RowSink extends FragmentSink {
  constructor(readonly join: RoleJoin) {
    super()
  }
}
