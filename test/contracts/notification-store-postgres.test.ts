import { describe } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { PG_SKIP_TITLE, PG_URL, createTestSchema } from '../helpers/store-postgres.js'
import { runNotificationStoreContract } from './notification-store.contract.js'

if (PG_URL === undefined) {
  describe.skip(PG_SKIP_TITLE, () => {
    runNotificationStoreContract('postgres', () => Promise.reject(new Error('SKYHOUND_TEST_PG_URL is not set')))
  })
} else {
  const baseUrl = PG_URL
  runNotificationStoreContract('postgres', async () => {
    const schema = await createTestSchema(baseUrl)
    const store = await openStore(schema.url)
    return {
      store,
      openAnother: () => openStore(schema.url),
      cleanup: async () => {
        await store.close()
        await schema.drop()
      },
    }
  })
}
