/**
 * @module The security controls of the secure score (defender-cspm.md §4.2) as data: every rule names
 * one, and a control's max points are shared by the resources its rules evaluate.
 */

export interface SecurityControl {
  readonly title: string
  readonly max: number
  readonly description: string
}

export const SECURITY_CONTROLS = {
  'enable-mfa': { title: 'Enable MFA', max: 10, description: 'Interactive identities sign in with a second factor' },
  'secure-management-ports': { title: 'Secure management ports', max: 8, description: 'SSH, RDP and other admin ports are not open to the internet' },
  'apply-system-updates': { title: 'Apply system updates', max: 6, description: 'Operating systems and platforms run supported, patched versions' },
  'remediate-vulnerabilities': { title: 'Remediate vulnerabilities', max: 6, description: 'Known vulnerabilities in machines and images are fixed' },
  'remediate-security-configurations': { title: 'Remediate security configurations', max: 4, description: 'Workloads and clusters follow secure configuration baselines' },
  'manage-access-and-permissions': { title: 'Manage access and permissions', max: 4, description: 'Least privilege, no standing credentials, authorization enforced' },
  'enable-encryption-at-rest': { title: 'Enable encryption at rest', max: 4, description: 'Disks, buckets and databases are encrypted at rest' },
  'encrypt-data-in-transit': { title: 'Encrypt data in transit', max: 4, description: 'Endpoints accept TLS only, with a modern minimum version' },
  'restrict-unauthorized-network-access': { title: 'Restrict unauthorized network access', max: 4, description: 'Data stores and control planes are not reachable from any address' },
  'apply-adaptive-application-control': { title: 'Apply adaptive application control', max: 3, description: 'Only allowed applications run on machines' },
  'protect-applications-against-ddos': { title: 'Protect applications against DDoS attacks', max: 2, description: 'Internet-facing applications sit behind DDoS protection or a WAF' },
  'enable-endpoint-protection': { title: 'Enable endpoint protection', max: 2, description: 'Machines run endpoint protection' },
  'enable-auditing-and-logging': { title: 'Enable auditing and logging', max: 1, description: 'Control-plane and data access are logged' },
  'enable-enhanced-security-features': { title: 'Enable enhanced security features', max: 0, description: 'Optional protections (never affects the score)' },
  'implement-security-best-practices': { title: 'Implement security best practices', max: 0, description: 'Additional best practices (never affects the score)' },
} as const satisfies Record<string, SecurityControl>

export type ControlId = keyof typeof SECURITY_CONTROLS
export const CONTROL_IDS = Object.keys(SECURITY_CONTROLS) as ControlId[]

export const isControlId = (value: unknown): value is ControlId =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(SECURITY_CONTROLS, value)
