/** @module AWS::EC2::Volume → disk node attached to its instances. */
import { bool, compact, num, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2Ref, orDefault } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapVolume: ConfigMapper = (ci) => {
  const c = ci.configuration
  const instances = unique(objects(c, 'attachments').flatMap((a) => strings(a, 'instanceId')).map((id) => ec2Ref(ci, 'instance', id)))
  return {
    kind: 'aws.ec2.volume',
    props: compact({
      volumeId: str(c, 'volumeId') ?? ci.resourceId,
      encrypted: orDefault(ci, bool(c, 'encrypted'), false),
      kmsKeyId: str(c, 'kmsKeyId'),
      sizeGiB: num(c, 'size'),
      volumeType: str(c, 'volumeType'),
      state: str(c, 'state'),
      snapshotId: str(c, 'snapshotId'),
      instanceIds: instances,
    }),
    edges: instances.map((instance) => edge(ci.arn, instance, 'attached-to')),
  }
}
