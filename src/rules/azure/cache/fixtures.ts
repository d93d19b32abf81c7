/** @module An Azure Cache for Redis as the Azure Resource Graph reader maps it (providers/azure/mappers/databases.ts), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const REDIS: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-data/providers/microsoft.cache/redis/redis-demo',
  kind: 'azure.cache.redis',
  family: 'managed-database',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'redis-demo',
  props: { armType: 'microsoft.cache/redis', nonSslPortEnabled: false, minimumTlsVersion: '1.2', hostName: 'redis-demo.redis.cache.windows.net' },
}
