import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadNotifyConfig } from '../governance/notify/notify-config.js'
import { loadDirectory, managerOf, recipientsOf } from '../governance/notify/notify-directory.js'
import { TEAMS, ownerEmail } from './demo-company.js'
import { DEMO_FALLBACK_OWNER, DEMO_MANAGERS, labelOwner, writeDemoGovernance } from './demo-governance.js'

describe('demo-governance', () => {
  it('ships a directory with a manager for every team the owner tag names, and a notify config that finds it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-governance-'))
    const written = await writeDemoGovernance(dir)
    expect(written).toStrictEqual(['governance/owners.yaml', 'governance/notify.yaml'])
    const config = await loadNotifyConfig({ config: join(dir, 'governance', 'notify.yaml') }, {})
    expect(config.directoryFile).toBe(join(dir, 'governance', 'owners.yaml'))
    expect(config.smtp).toBeUndefined()
    const directory = await loadDirectory(config.directoryFile!)
    for (const team of TEAMS) {
      expect(managerOf(directory, ownerEmail(team))).toBe(DEMO_MANAGERS[team])
      expect(recipientsOf(directory, ownerEmail(team))).toStrictEqual([ownerEmail(team)])
      // GCP resources carry the label form of the owner (`team-shop`): it reaches the same mailbox and manager.
      expect(recipientsOf(directory, labelOwner(team))).toStrictEqual([ownerEmail(team)])
      expect(managerOf(directory, labelOwner(team))).toBe(DEMO_MANAGERS[team])
    }
    expect(managerOf(directory, DEMO_FALLBACK_OWNER)).toBe(DEMO_MANAGERS.security)
  })
})
