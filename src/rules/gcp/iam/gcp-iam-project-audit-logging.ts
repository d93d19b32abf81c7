/** @module gcp-iam-project-audit-logging */
import type { JsonObject } from '../../../model/graph-types.js'
import { defineRule, healthy, text, texts, unhealthy } from '../../rule-kit.js'

const REQUIRED = ['ADMIN_READ', 'DATA_READ', 'DATA_WRITE']

export const gcpIamProjectAuditLogging = defineRule({
  id: 'gcp-iam-project-audit-logging',
  title: 'Project records Data Access audit logs for all services',
  description:
    'Admin Activity logs are always on, but reads and writes of data (DATA_READ, DATA_WRITE) are only logged when an audit config asks for it: without one, nobody can tell which data a stolen credential read.',
  severity: 'medium',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Add an audit config for allServices with ADMIN_READ, DATA_READ and DATA_WRITE and no exempted members (at project, folder or organization level).'],
    cli: 'gcloud projects get-iam-policy <project> > policy.yaml  # add auditConfigs for allServices, then: gcloud projects set-iam-policy <project> policy.yaml',
    terraform: 'resource "google_project_iam_audit_config" "all" {\n  project = var.project\n  service = "allServices"\n  audit_log_config { log_type = "ADMIN_READ" }\n  audit_log_config { log_type = "DATA_READ" }\n  audit_log_config { log_type = "DATA_WRITE" }\n}',
  },
  target: { kinds: ['gcp.resourcemanager.project'] },
  evaluate: (project) => {
    // The policy is in the input (bindings read) but may carry no auditConfigs at all.
    project.needObjects('iamBindings')
    const all = (project.objects('iamAuditConfigs') ?? []).find((config) => text(config['service']) === 'allServices')
    if (all === undefined) return unhealthy(`project ${project.label} has no audit config for allServices (Data Access logs off, unless set on a folder or the organization)`)
    const configs = Array.isArray(all['auditLogConfigs']) ? all['auditLogConfigs'].filter((c): c is JsonObject => typeof c === 'object' && c !== null && !Array.isArray(c)) : []
    const missing = REQUIRED.filter((type) => !configs.some((c) => text(c['logType']) === type))
    const exempted = configs.flatMap((c) => texts(c['exemptedMembers']))
    if (missing.length > 0) return unhealthy(`project ${project.label} does not log ${missing.join(', ')} for allServices`, { missing })
    return exempted.length > 0
      ? unhealthy(`project ${project.label} exempts ${exempted.join(', ')} from audit logging`, { exempted })
      : healthy(`project ${project.label} logs ADMIN_READ, DATA_READ and DATA_WRITE for all services`)
  },
})
