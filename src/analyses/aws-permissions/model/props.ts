/** @module Narrow readers over node props (JsonObject), so the analysis never trusts a shape it did not check. */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'

export const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const propString = (props: JsonObject, key: string): string | undefined => {
  const value = props[key]
  return typeof value === 'string' && value !== '' ? value : undefined
}

export const propStrings = (props: JsonObject, key: string): string[] => {
  const value = props[key]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []
}

export const propObjects = (props: JsonObject, key: string): JsonObject[] => {
  const value = props[key]
  return Array.isArray(value) ? value.filter(isObject) : []
}

export const ACCOUNT_SCOPE_PREFIX = 'aws://accounts/'

/** `aws://accounts/<id>` → `<id>`; '' for any other scope. */
export const accountOfScope = (scope: string): string => (scope.startsWith(ACCOUNT_SCOPE_PREFIX) ? scope.slice(ACCOUNT_SCOPE_PREFIX.length) : '')

/** Account id of an ARN (`arn:p:svc:region:account:…`); '' when the ARN has none (S3). */
export const accountOfArn = (arn: string): string => arn.split(':')[4] ?? ''

export const regionOfArn = (arn: string): string => arn.split(':')[3] ?? ''

export const partitionOfArn = (arn: string): string => arn.split(':')[1] ?? 'aws'
