/**
 * @module The demo company's governance files under `governance/`: the owner → manager directory for
 * `skyhound governance notify` (every team mailbox the `owner` tag names, with its manager) and a notify config
 * that points at it, so `skyhound governance notify --config <estate>/governance/notify.yaml --dry-run DIR`
 * works on the demo estate out of the box. Not scan inputs: `.skyhoundignore` lists the folder.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type { DirectoryFile } from '../governance/notify/notify-directory.js'
import { COMPANY, TEAMS, ownerEmail } from './demo-company.js'

export const DEMO_GOVERNANCE_DIR = 'governance'

const person = (user: string): string => `${user}@${COMPANY.domain}`

/** Who each team reports to: three VPs over the eight teams. */
export const DEMO_MANAGERS: Readonly<Record<(typeof TEAMS)[number], string>> = {
  shop: person('maya.chen'),
  'supply-chain': person('maya.chen'),
  payments: person('samuel.okafor'),
  data: person('samuel.okafor'),
  analytics: person('samuel.okafor'),
  platform: person('ines.garcia'),
  ops: person('ines.garcia'),
  security: person('ines.garcia'),
}

/** Owner of critical findings nobody's tag names (the demo's governance rules, demo-governance-rules.ts). */
export const DEMO_FALLBACK_OWNER = person('security')

const TEAM_NAMES: Readonly<Record<(typeof TEAMS)[number], string>> = {
  shop: 'Shop team',
  'supply-chain': 'Supply chain team',
  payments: 'Payments team',
  data: 'Data team',
  analytics: 'Analytics team',
  platform: 'Platform team',
  ops: 'Operations team',
  security: 'Security team',
}

/** The owner label of a team on GCP resources (`team-shop`), the e-mail owner tag without its domain. */
export const labelOwner = (team: string): string => ownerEmail(team).replace(/@.*$/, '')

export function demoOwnerDirectory(): DirectoryFile {
  const owners: DirectoryFile['owners'] = {}
  const teams: DirectoryFile['teams'] = {}
  for (const team of TEAMS) {
    owners[ownerEmail(team)] = { name: TEAM_NAMES[team], manager: DEMO_MANAGERS[team] }
    // GCP labels cannot hold `@`: there the owner label is the mailbox's local part, a team name here.
    const label = labelOwner(team)
    owners[label] = { name: TEAM_NAMES[team], manager: DEMO_MANAGERS[team] }
    teams[label] = [ownerEmail(team)]
  }
  // The demo governance rules give critical findings no tag names to this mailbox.
  owners[DEMO_FALLBACK_OWNER] = { name: 'Security (unowned critical findings)', manager: DEMO_MANAGERS.security }
  return { owners, teams }
}

/** Writes `governance/owners.yaml` and `governance/notify.yaml`; returns their paths relative to `outDir`. */
export async function writeDemoGovernance(outDir: string): Promise<string[]> {
  await mkdir(join(outDir, DEMO_GOVERNANCE_DIR), { recursive: true })
  const owners = `# Owner directory of ${COMPANY.name} (docs/governance-notifications.md): owner → name, manager.\n${stringify(demoOwnerDirectory())}`
  const notify = [
    `# skyhound governance notify --config governance/notify.yaml --dry-run outbox`,
    '# Add an smtp section (host, port, user; password in SKYHOUND_SMTP_PASSWORD) to send for real.',
    'directory: owners.yaml',
    `from: Skyhound <skyhound@${COMPANY.domain}>`,
    '',
  ].join('\n')
  await writeFile(join(outDir, DEMO_GOVERNANCE_DIR, 'owners.yaml'), owners)
  await writeFile(join(outDir, DEMO_GOVERNANCE_DIR, 'notify.yaml'), notify)
  return [`${DEMO_GOVERNANCE_DIR}/owners.yaml`, `${DEMO_GOVERNANCE_DIR}/notify.yaml`]
}
