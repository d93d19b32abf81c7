/** @module The `gcp-cloud-asset-inventory` format: CAI RESOURCE and IAM_POLICY records into graph fragments. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { AssetSink } from './asset-sink.js'
import { detectCloudAssetInventory } from './cai-detect.js'
import type { CaiAsset } from './cai-asset.js'
import { toCaiAsset } from './cai-asset.js'
import { caiRecords } from './cai-records.js'
import { serviceAccountEmailOfName } from './gcp-names.js'
import { mapAsset } from './map-asset.js'

const RECORD_HINT = 'export again with `gcloud asset export` (NDJSON) or `gcloud asset list --format=json`, or fix this record'

/** An IAM policy of a service account named by unique id waits until the account's email is known. */
const waitsForAccount = (asset: CaiAsset): boolean =>
  asset.assetType === 'iam.googleapis.com/ServiceAccount' && asset.resource === undefined && serviceAccountEmailOfName(asset.name) === undefined

async function readCloudAssetInventory(ctx: ReadContext): Promise<void> {
  const out = new AssetSink()
  const waiting: { asset: CaiAsset; location: string }[] = []
  const map = (asset: CaiAsset, location: string): void =>
    out.record(ctx, `${location} (${asset.assetType} ${asset.name})`, RECORD_HINT, () => mapAsset(asset, out))
  try {
    for await (const record of caiRecords(ctx.file)) {
      if ('syntaxError' in record) {
        ctx.issue({ location: record.location, kind: 'parse-error', message: record.syntaxError, hint: 'the line is damaged or the file was cut: export it again' })
        continue
      }
      const asset = toCaiAsset(record.value)
      if (typeof asset === 'string') ctx.issue({ location: record.location, kind: 'invalid-record', message: asset, hint: RECORD_HINT })
      else if (waitsForAccount(asset)) waiting.push({ asset, location: record.location })
      else map(asset, record.location)
    }
  } finally {
    // Runs on truncation too, so policies read before the damage are kept.
    for (const { asset, location } of waiting) map(asset, location)
  }
}

export const cloudAssetInventoryFormat: FormatAdapter = {
  id: 'gcp-cloud-asset-inventory',
  provider: 'gcp',
  title: 'GCP Cloud Asset Inventory (gcloud asset export NDJSON, gcloud asset list JSON): resources and IAM policies',
  detect: detectCloudAssetInventory,
  read: readCloudAssetInventory,
}
