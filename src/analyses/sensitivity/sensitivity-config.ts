/**
 * @module The configuration of the sensitivity analysis (`ScanOptions.sensitivity`) and its defaults.
 * Everything is optional: an empty object means the defaults below; lists given replace the defaults
 * (except `rules`, which are added to the built-in ones unless `builtinDefaults: false`).
 */
import type { Family } from '../../model/vocabulary.js'

export const CRITICALITY_LEVELS = ['low', 'medium', 'high', 'critical'] as const
export type CriticalityLevel = (typeof CRITICALITY_LEVELS)[number]

/** One configurable rule: every condition given must hold; what it marks is `infoTypes` and/or `criticality`. */
export interface SensitivityRule {
  /** Shown in evidence (`rule:<id>`); defaults to the rule's position. */
  readonly id?: string
  /** Node kinds, exact or with `*` wildcards (`aws.s3.*`). */
  readonly kinds?: readonly string[]
  readonly families?: readonly Family[]
  /** Case-insensitive regular expression on the node name. */
  readonly namePattern?: string
  /** A tag (GCP label, Kubernetes label): key compared case-insensitively, value too when given. */
  readonly tag?: { readonly key: string; readonly value?: string }
  /** Marks `contains-sensitive-data` with these info types. */
  readonly infoTypes?: readonly string[]
  /** Marks `critical-resource` at this level (when at or above `minimumCriticality`). */
  readonly criticality?: CriticalityLevel
  /**
   * Apply even where a classification tag says the data is not sensitive (`public`, `internal`). Rules
   * without a `tag` condition are otherwise silenced there: the tag is a human decision, the rule a guess.
   */
  readonly ignoresClassification?: boolean
}

export interface SensitivityOptions {
  /** Tag keys holding a data classification (compared without case, `-`, `_`, `.`, spaces). */
  readonly classificationTagKeys?: readonly string[]
  /** Classification values that mean sensitive data. */
  readonly sensitiveClassifications?: readonly string[]
  /** Tag keys holding a criticality level. */
  readonly criticalityTagKeys?: readonly string[]
  /** Lowest level that yields `critical-resource` (default `high`). */
  readonly minimumCriticality?: CriticalityLevel
  /** Built-in rules: secret stores and KMS keys critical, secret stores hold credentials, admin identities critical, sensitive data-store names (default true). */
  readonly builtinDefaults?: boolean
  readonly rules?: readonly SensitivityRule[]
}

export const DEFAULT_CLASSIFICATION_TAG_KEYS = [
  'data-classification', 'classification', 'data-sensitivity', 'sensitivity', 'confidentiality',
  'information-classification', 'security-classification', 'data-class',
]

export const DEFAULT_SENSITIVE_CLASSIFICATIONS = [
  'confidential', 'highly-confidential', 'strictly-confidential', 'restricted', 'highly-restricted', 'secret', 'top-secret',
  'sensitive', 'highly-sensitive', 'pii', 'phi', 'pci', 'pci-dss', 'hipaa', 'gdpr', 'regulated', 'personal', 'personal-data', 'customer-data',
]

export const DEFAULT_CRITICALITY_TAG_KEYS = ['criticality', 'business-criticality', 'asset-criticality', 'criticality-level', 'business-impact', 'data-criticality']

/** Tag keys whose truthy value (`true`, `yes`, `1`) names one info type. */
export const INFO_TYPE_FLAG_KEYS: Readonly<Record<string, string>> = {
  pii: 'pii', 'contains-pii': 'pii', 'has-pii': 'pii', 'personal-data': 'pii', gdpr: 'pii',
  phi: 'phi', 'contains-phi': 'phi', hipaa: 'phi',
  pci: 'pci', 'pci-dss': 'pci', 'contains-pci': 'pci', cardholder: 'pci',
}

/** Tag keys whose value lists info types (`pii,financial`). */
export const INFO_TYPE_LIST_KEYS = ['data-types', 'data-type', 'info-types', 'information-types', 'sensitive-data-types']

/** Tag keys whose truthy value makes a resource critical. */
export const CRITICAL_FLAG_KEYS = ['critical', 'crown-jewel', 'business-critical', 'mission-critical']

/** Data stores whose name says what they hold (a name is a weaker signal than a tag: a `public` or `internal` classification overrides it). */
export const BUILTIN_RULES: readonly SensitivityRule[] = [
  { id: 'builtin:secret-store', families: ['secret-store'], infoTypes: ['credentials'], criticality: 'critical', ignoresClassification: true },
  { id: 'builtin:kms-key', families: ['kms-key'], criticality: 'critical', ignoresClassification: true },
  { id: 'builtin:name-pii', families: ['object-storage', 'managed-database', 'database-snapshot'], namePattern: '(^|[-_./])(pii|gdpr|personal[-_]?data|ssn|customers?[-_]?(pii|data|records))([-_./]|$)', infoTypes: ['pii'] },
  { id: 'builtin:name-phi', families: ['object-storage', 'managed-database', 'database-snapshot'], namePattern: '(^|[-_./])(phi|hipaa|patients?|medical|health[-_]?records)([-_./]|$)', infoTypes: ['phi'] },
  { id: 'builtin:name-pci', families: ['object-storage', 'managed-database', 'database-snapshot'], namePattern: '(^|[-_./])(pci|cardholder|card[-_]?data)([-_./]|$)', infoTypes: ['pci'] },
  { id: 'builtin:name-credentials', families: ['object-storage'], namePattern: '(^|[-_./])(secrets?|credentials?|tfstate|terraform[-_]?state)([-_./]|$)', infoTypes: ['credentials'] },
]

/** Classification values that say the data is not sensitive: an explicit human decision, it silences name and kind rules. */
export const NON_SENSITIVE_CLASSIFICATIONS = ['public', 'unclassified', 'open', 'general', 'non-sensitive', 'nonsensitive', 'internal']

export interface ResolvedSensitivityOptions {
  readonly classificationTagKeys: ReadonlySet<string>
  readonly sensitiveClassifications: ReadonlySet<string>
  readonly criticalityTagKeys: ReadonlySet<string>
  readonly minimumCriticality: CriticalityLevel
  readonly builtinDefaults: boolean
  readonly rules: readonly SensitivityRule[]
}

/** `Data_Classification`, `data-classification`, `DataClassification` → `dataclassification`. */
export const normalizeKey = (text: string): string => text.toLowerCase().replace(/[-_.\s:/]/g, '')

export function resolveSensitivityOptions(options: SensitivityOptions = {}): ResolvedSensitivityOptions {
  const builtinDefaults = options.builtinDefaults ?? true
  return {
    classificationTagKeys: new Set((options.classificationTagKeys ?? DEFAULT_CLASSIFICATION_TAG_KEYS).map(normalizeKey)),
    sensitiveClassifications: new Set((options.sensitiveClassifications ?? DEFAULT_SENSITIVE_CLASSIFICATIONS).map(normalizeKey)),
    criticalityTagKeys: new Set((options.criticalityTagKeys ?? DEFAULT_CRITICALITY_TAG_KEYS).map(normalizeKey)),
    minimumCriticality: options.minimumCriticality ?? 'high',
    builtinDefaults,
    rules: [...(builtinDefaults ? BUILTIN_RULES : []), ...(options.rules ?? [])],
  }
}
