/** Test helper: a canonical ConfigItem from the fields a test cares about (S3-delivery key names). */
import type { JsonObject } from '../../../model/graph-types.js'
import { normalizeConfigItem } from '../config/config-item.js'
import type { ConfigItem } from '../config/config-item.js'
import type { MapContext } from '../config/config-mapper.js'

export const ACCOUNT = '111122223333'
export const REGION = 'eu-west-1'
export const CTX: MapContext = { source: 'test.json', location: 'configurationItems[0]' }

export function makeCi(resourceType: string, resourceId: string, configuration: JsonObject, extra: JsonObject = {}): ConfigItem {
  const result = normalizeConfigItem({
    awsAccountId: ACCOUNT,
    awsRegion: REGION,
    resourceType,
    resourceId,
    configuration,
    ...extra,
  })
  if ('error' in result) throw new Error(result.error)
  return result.item
}

export const ec2 = (segment: string, id: string, account = ACCOUNT): string => `arn:aws:ec2:${REGION}:${account}:${segment}/${id}`
