/** @module MITRE ATT&CK (Enterprise, cloud and containers matrices) tactics and techniques the attack edges use. */

export const TACTICS = {
  InitialAccess: { id: 'TA0001', name: 'Initial Access' },
  Execution: { id: 'TA0002', name: 'Execution' },
  PrivilegeEscalation: { id: 'TA0004', name: 'Privilege Escalation' },
  CredentialAccess: { id: 'TA0006', name: 'Credential Access' },
  LateralMovement: { id: 'TA0008', name: 'Lateral Movement' },
  Collection: { id: 'TA0009', name: 'Collection' },
  Exfiltration: { id: 'TA0010', name: 'Exfiltration' },
  Impact: { id: 'TA0040', name: 'Impact' },
} as const
export type TacticKey = keyof typeof TACTICS

export const TECHNIQUES = {
  ExploitPublicFacingApplication: { id: 'T1190', name: 'Exploit Public-Facing Application' },
  ValidAccountsCloud: { id: 'T1078.004', name: 'Valid Accounts: Cloud Accounts' },
  BruteForce: { id: 'T1110', name: 'Brute Force' },
  DataFromCloudStorage: { id: 'T1530', name: 'Data from Cloud Storage' },
  DataFromInformationRepositories: { id: 'T1213', name: 'Data from Information Repositories' },
  DataManipulation: { id: 'T1565', name: 'Data Manipulation' },
  CloudInstanceMetadataApi: { id: 'T1552.005', name: 'Unsecured Credentials: Cloud Instance Metadata API' },
  CredentialsInFiles: { id: 'T1552.001', name: 'Unsecured Credentials: Credentials In Files' },
  CloudSecretsManagementStores: { id: 'T1555.006', name: 'Credentials from Password Stores: Cloud Secrets Management Stores' },
  StealApplicationAccessToken: { id: 'T1528', name: 'Steal Application Access Token' },
  ApplicationAccessToken: { id: 'T1550.001', name: 'Use Alternate Authentication Material: Application Access Token' },
  EscapeToHost: { id: 'T1611', name: 'Escape to Host' },
  AdditionalCloudRoles: { id: 'T1098.003', name: 'Account Manipulation: Additional Cloud Roles' },
  CloudAdministrationCommand: { id: 'T1651', name: 'Cloud Administration Command' },
  ContainerAdministrationCommand: { id: 'T1609', name: 'Container Administration Command' },
  TransferDataToCloudAccount: { id: 'T1537', name: 'Transfer Data to Cloud Account' },
} as const
export type TechniqueKey = keyof typeof TECHNIQUES

export interface MitreRef {
  readonly tactic: TacticKey
  readonly technique: TechniqueKey
}

/** The `{ tactic, technique }` strings of the JSON contract: `TA0001 Initial Access`, `T1190 Exploit …`. */
export function mitreLabels(ref: MitreRef): { tactic: string; technique: string } {
  const tactic = TACTICS[ref.tactic]
  const technique = TECHNIQUES[ref.technique]
  return { tactic: `${tactic.id} ${tactic.name}`, technique: `${technique.id} ${technique.name}` }
}
