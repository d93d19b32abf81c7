/**
 * @module The demo estate's governance rules (`governance/rules.yaml` in the estate): owners from the
 * company's `owner` tag, remediation timeframes by severity, grace periods for high and medium findings.
 * `skyhound demo` applies them and backdates when its tasks' findings were first seen by
 * DEMO_FIRST_SEEN_DAYS, so the dashboard shows overdue work next to on-time work on the first run
 * (docs/governance.md, "The demo estate").
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { COMPANY } from './demo-company.js'
import { DEMO_GOVERNANCE_DIR } from './demo-governance.js'

/** The demo pretends the estate was first scanned this many days before its snapshot. */
export const DEMO_FIRST_SEEN_DAYS = 20

export const DEMO_GOVERNANCE_RULES_FILE = `${DEMO_GOVERNANCE_DIR}/rules.yaml`

export const DEMO_GOVERNANCE_RULES = `# Governance rules of ${COMPANY.name} (skyhound governance apply governance/rules.yaml).
# Owners come from the \`owner\` tag of the resource, else its resource group, else its account;
# critical findings nobody owns go to the security team. Timeframes follow severity.
rules:
  - id: critical-in-7-days
    name: Critical findings fixed within a week
    description: Anything critical is fixed in 7 days; the security team owns what no tag names.
    priority: 1
    conditions:
      severities: [critical]
    owner:
      tag: owner
      email: security@${COMPANY.domain}
    timeframe: 7
    gracePeriod: false
  - id: high-in-14-days
    name: High findings fixed within two weeks
    priority: 2
    conditions:
      severities: [high]
    owner:
      tag: owner
    timeframe: 14
    gracePeriod: true
  - id: medium-in-30-days
    name: Medium findings fixed within a month
    priority: 3
    conditions:
      severities: [medium]
    owner:
      tag: owner
    timeframe: 30
    gracePeriod: true
  - id: low-in-90-days
    name: Low findings fixed within a quarter
    priority: 4
    conditions:
      severities: [low]
    owner:
      tag: owner
    timeframe: 90
    notifications:
      weeklyDigest: false
      managerOverdueDigest: false
`

/** Writes `governance/rules.yaml`; returns its path relative to `outDir`. */
export async function writeDemoGovernanceRules(outDir: string): Promise<string> {
  await mkdir(join(outDir, DEMO_GOVERNANCE_DIR), { recursive: true })
  await writeFile(join(outDir, DEMO_GOVERNANCE_RULES_FILE), DEMO_GOVERNANCE_RULES)
  return DEMO_GOVERNANCE_RULES_FILE
}
