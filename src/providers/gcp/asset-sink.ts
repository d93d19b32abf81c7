/**
 * @module The GCP record sink: a FragmentSink that also remembers service accounts by unique id
 * and CAI name, so keys and IAM policies using the numeric form land on the email-keyed node.
 */
import { FragmentSink } from '../shared/fragment-sink.js'

export class AssetSink extends FragmentSink {
  /** CAI name segment or unique id of a service account → its email-keyed node id. */
  private readonly serviceAccounts = new Map<string, string>()

  serviceAccount(alias: string, nodeId: string): void {
    this.serviceAccounts.set(alias, nodeId)
  }

  serviceAccountNodeId(alias: string): string | undefined {
    return this.serviceAccounts.get(alias)
  }
}
