/**
 * @module What a node's tags, labels and imported classification results say about its data and its
 * criticality. Keys compare without case and separators (`Data_Classification` = `data-classification`).
 *
 * Imported classification results are read from props any importer may set (no built-in adapter sets them
 * yet): `sensitiveInfoTypes` (string list, e.g. from Macie, Purview or Cloud DLP), `classification` /
 * `dataClassification` (a classification value), `criticality` (a level).
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { CriticalityLevel, ResolvedSensitivityOptions } from './sensitivity-config.js'
import { CRITICAL_FLAG_KEYS, INFO_TYPE_FLAG_KEYS, INFO_TYPE_LIST_KEYS, NON_SENSITIVE_CLASSIFICATIONS, normalizeKey } from './sensitivity-config.js'

export interface DataSignal {
  readonly infoTypes: readonly string[]
  readonly classification?: string
  /** `tag:<key>=<value>` or `import:<prop>`. */
  readonly source: string
}

export interface CriticalitySignal {
  readonly level: CriticalityLevel
  readonly source: string
}

export interface TagReading {
  readonly data: DataSignal[]
  readonly criticality: CriticalitySignal[]
  /** A classification that says the data is not sensitive (`public`, `internal`), when one is given. */
  readonly nonSensitive?: string
}

const TRUTHY = new Set(['true', 'yes', 'y', '1', 'on'])
const NON_SENSITIVE = new Set(NON_SENSITIVE_CLASSIFICATIONS.map(normalizeKey))
const FLAG_TYPES = new Map(Object.entries(INFO_TYPE_FLAG_KEYS).map(([key, type]) => [normalizeKey(key), type]))
const LIST_KEYS = new Set(INFO_TYPE_LIST_KEYS.map(normalizeKey))
const CRITICAL_FLAGS = new Set(CRITICAL_FLAG_KEYS.map(normalizeKey))

const LEVEL_WORDS: Readonly<Record<string, CriticalityLevel>> = {
  critical: 'critical', missioncritical: 'critical', businesscritical: 'critical', crownjewel: 'critical', tier0: 'critical', p0: 'critical', veryhigh: 'critical', severe: 'critical',
  high: 'high', tier1: 'high', p1: 'high', important: 'high', major: 'high',
  medium: 'medium', moderate: 'medium', tier2: 'medium', p2: 'medium', normal: 'medium',
  low: 'low', tier3: 'low', p3: 'low', minimal: 'low', none: 'low', minor: 'low',
}

export const criticalityLevelOf = (value: string): CriticalityLevel | undefined => LEVEL_WORDS[normalizeKey(value)]

function splitList(value: string): string[] {
  return value.split(/[,;|\s]+/).map((v) => v.trim().toLowerCase()).filter((v) => v !== '')
}

function readClassification(value: string, source: string, options: ResolvedSensitivityOptions, out: { data: DataSignal[]; nonSensitive?: string }): void {
  const normalized = normalizeKey(value)
  if (options.sensitiveClassifications.has(normalized)) out.data.push({ infoTypes: [value.toLowerCase()], classification: value.toLowerCase(), source })
  else if (NON_SENSITIVE.has(normalized)) out.nonSensitive ??= value.toLowerCase()
}

/** What each normalized tag key means to the analysis; keys repeat across an estate, so this is cached per key. */
interface KeyRole {
  readonly classification: boolean
  readonly flagType?: string
  readonly list: boolean
  readonly criticality: boolean
  readonly criticalFlag: boolean
}

export class TagReader {
  private readonly roles = new Map<string, KeyRole | null>()

  constructor(private readonly options: ResolvedSensitivityOptions) {}

  private role(key: string): KeyRole | null {
    let role = this.roles.get(key)
    if (role === undefined) {
      const k = normalizeKey(key)
      const flagType = FLAG_TYPES.get(k)
      const found: KeyRole = {
        classification: this.options.classificationTagKeys.has(k),
        ...(flagType === undefined ? {} : { flagType }),
        list: LIST_KEYS.has(k),
        criticality: this.options.criticalityTagKeys.has(k),
        criticalFlag: CRITICAL_FLAGS.has(k),
      }
      role = found.classification || found.flagType !== undefined || found.list || found.criticality || found.criticalFlag ? found : null
      this.roles.set(key, role)
    }
    return role
  }

  read(tags: Readonly<Record<string, string>>, props: JsonObject): TagReading | undefined {
    let out: { data: DataSignal[]; criticality: CriticalitySignal[]; nonSensitive?: string } | undefined
    for (const key in tags) {
      const role = this.role(key)
      if (role === null) continue
      out ??= { data: [], criticality: [] }
      const value = tags[key]!
      const source = `tag:${key}=${value}`
      if (role.classification) readClassification(value, source, this.options, out)
      if (role.flagType !== undefined && TRUTHY.has(value.toLowerCase())) out.data.push({ infoTypes: [role.flagType], source })
      if (role.list) {
        const types = splitList(value)
        if (types.length > 0) out.data.push({ infoTypes: types, source })
      }
      if (role.criticality) {
        const level = criticalityLevelOf(value)
        if (level !== undefined) out.criticality.push({ level, source })
      }
      if (role.criticalFlag && TRUTHY.has(value.toLowerCase())) out.criticality.push({ level: 'critical', source })
    }
    if (props['sensitiveInfoTypes'] !== undefined || props['classification'] !== undefined || props['dataClassification'] !== undefined || props['criticality'] !== undefined) {
      out ??= { data: [], criticality: [] }
      readImported(props, this.options, out)
    }
    return out
  }
}

function readImported(props: JsonObject, options: ResolvedSensitivityOptions, out: { data: DataSignal[]; criticality: CriticalitySignal[]; nonSensitive?: string }): void {
  const imported = props['sensitiveInfoTypes']
  if (Array.isArray(imported)) {
    const types = imported.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase())
    if (types.length > 0) out.data.push({ infoTypes: types, source: 'import:sensitiveInfoTypes' })
  }
  for (const prop of ['classification', 'dataClassification']) {
    const value = props[prop]
    if (typeof value === 'string' && value !== '') readClassification(value, `import:${prop}`, options, out)
  }
  const level = typeof props['criticality'] === 'string' ? criticalityLevelOf(props['criticality']) : undefined
  if (level !== undefined) out.criticality.push({ level, source: 'import:criticality' })
}
