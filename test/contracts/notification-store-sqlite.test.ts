import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../../src/store/open-store.js'
import { runNotificationStoreContract } from './notification-store.contract.js'

runNotificationStoreContract('sqlite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-notifications-'))
  const file = join(dir, 'skyhound.db')
  const store = await openStore(file)
  return {
    store,
    openAnother: () => openStore(file),
    cleanup: async () => {
      await store.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
})
