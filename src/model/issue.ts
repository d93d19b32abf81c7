/** @module Problems met while reading inputs or collecting: data, never exceptions (STYLE.md §8.5). */

export const ISSUE_KINDS = {
  'unrecognized-format': 'The file matches no supported format',
  'parse-error': 'The file is not valid JSON/YAML/NDJSON, or is truncated',
  'invalid-record': 'One record has a shape the adapter cannot read; the rest of the file is kept',
  'unreadable-input': 'The file or folder cannot be opened',
  'dangling-reference': 'An edge points at a node that no input defines',
  'alias-conflict': 'Two different resources list the same alias; it stays with the first, the second is not merged',
  'access-denied': 'A live collector was refused',
  throttled: 'A live collector was throttled',
  'region-disabled': 'A region or API is disabled',
  unsupported: 'Input feature not supported yet',
  unexpected: 'An unexpected internal failure while handling one input',
} as const
export type IssueKind = keyof typeof ISSUE_KINDS

export interface ScanIssue {
  /** Input file (or collector scope) the issue is about. */
  readonly file: string
  /** Where inside the file: `line 12`, `items[4]`, `$.Policies[3].PolicyVersionList`… */
  readonly location: string
  readonly kind: IssueKind
  readonly message: string
  /** What the user can do about it. */
  readonly hint?: string
}
