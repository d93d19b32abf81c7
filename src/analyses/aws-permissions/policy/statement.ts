/** @module The normalized form of one IAM policy statement that the evaluator works on. */
import type { Glob } from './wildcard.js'

/** Where a statement comes from; `id` is the graph node (or owner) the evidence points at. */
export type PolicyKind =
  | 'inline'
  | 'managed'
  | 'group-inline'
  | 'group-managed'
  | 'builtin'
  | 'boundary'
  | 'scp'
  | 'resource'
  | 'trust'

export interface PolicyRef {
  /** Evidence source: managed policy ARN, inline policy node id, resource ARN (resource and trust policies), SCP ARN. */
  readonly id: string
  readonly name: string
  readonly kind: PolicyKind
}

export interface ElementMatcher {
  /** `NotAction` / `NotResource` / `NotPrincipal`: the statement applies to everything the patterns do not name. */
  readonly negated: boolean
  readonly globs: readonly Glob[]
}

/** The `Principal` / `NotPrincipal` element of a resource or trust policy. */
export interface PrincipalSpec {
  readonly negated: boolean
  /** `"*"` or `{"AWS": "*"}`: every principal, anonymous callers included. */
  readonly any: boolean
  /** Account ids named by id or by `arn:…:iam::<id>:root`. */
  readonly accounts: ReadonlySet<string>
  /** User and role ARNs. */
  readonly arns: ReadonlySet<string>
  /** `arn:…:sts::<id>:assumed-role/<role>/<session>` → `<id>/<role>`: sessions of that role. */
  readonly roleSessions: ReadonlySet<string>
  /** Unique ids (`AROA…`, `AIDA…`) that IAM writes when a named principal was deleted and recreated. */
  readonly uniqueIds: ReadonlySet<string>
  /** Service principals, lowercased (`ec2.amazonaws.com`). */
  readonly services: ReadonlySet<string>
  /** Identity providers: OIDC/SAML provider ARNs or web identity hosts. */
  readonly federated: ReadonlySet<string>
  readonly canonicalUsers: ReadonlySet<string>
}

export interface PolicyStatement {
  readonly policy: PolicyRef
  /** `Sid`, or `#<index>` (1-based) when the statement has none. */
  readonly sid: string
  readonly effect: 'Allow' | 'Deny'
  readonly action: ElementMatcher
  /** Absent `Resource` (trust policies, some resource policies) matches every resource. */
  readonly resource: ElementMatcher
  readonly principal?: PrincipalSpec
  /** Conditions rendered for caveats; empty when the statement is unconditional. */
  readonly conditions: readonly string[]
  /** Service prefixes the statement's actions can touch; undefined for every service (`*`, NotAction). */
  readonly services: readonly string[] | undefined
}

export const statementLabel = (statement: PolicyStatement): string => `${statement.policy.name}/${statement.sid}`
