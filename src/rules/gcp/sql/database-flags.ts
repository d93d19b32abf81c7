/**
 * @module Reading Cloud SQL database flags for the flag rules: the engine from `databaseVersion`, the flag
 * value as set (`databaseFlags` keeps every flag the instance sets) or the engine default when unset.
 */
import type { Evaluation, RuleNode } from '../../rule-kit.js'
import { healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export type SqlEngine = 'mysql' | 'postgres' | 'sqlserver'

const ENGINE_NAMES: Readonly<Record<SqlEngine, string>> = { mysql: 'MySQL', postgres: 'PostgreSQL', sqlserver: 'SQL Server' }

/** `MYSQL_8_0` → mysql, `POSTGRES_15` → postgres, `SQLSERVER_2019_STANDARD` → sqlserver. */
export function engineOf(databaseVersion: string): SqlEngine | undefined {
  const prefix = databaseVersion.toUpperCase()
  if (prefix.startsWith('MYSQL')) return 'mysql'
  if (prefix.startsWith('POSTGRES')) return 'postgres'
  return prefix.startsWith('SQLSERVER') ? 'sqlserver' : undefined
}

export interface FlagCheck {
  readonly engine: SqlEngine
  readonly flag: string
  /** The value that is secure, lowercase (`on`, `off`). */
  readonly secure: string
  /** The engine default when the instance does not set the flag, per database version. */
  readonly defaultValue: (databaseVersion: string) => string
}

/** Not applicable to other engines; healthy when the flag (or its default) has the secure value. */
export function evaluateFlag(instance: RuleNode, check: FlagCheck): Evaluation {
  const version = instance.needStr('databaseVersion')
  if (engineOf(version) !== check.engine) return notApplicable(`instance ${instance.label} runs ${version}, not ${ENGINE_NAMES[check.engine]}`)
  const flags = instance.needObj('databaseFlags')
  const set = flags[check.flag]
  const value = typeof set === 'string' ? set.toLowerCase() : check.defaultValue(version)
  const how = typeof set === 'string' ? `sets ${check.flag} to ${value}` : `leaves ${check.flag} at its default (${value})`
  return value === check.secure ? healthy(`instance ${instance.label} ${how}`) : unhealthy(`instance ${instance.label} ${how}`)
}
