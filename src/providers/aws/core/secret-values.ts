/**
 * @module Recognises credentials stored in plaintext (Lambda environment values and the like) so
 * they are flagged as `has-plaintext-secret` without the value ever entering the graph.
 */

import { AWS_ACCESS_KEY_ID } from '../../shared/aws-access-key-ids.js'

export type SecretKind = 'aws-access-key-id' | 'aws-secret-access-key' | 'private-key'

const PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/
const SECRET_KEY_VALUE = /^[A-Za-z0-9/+]{40}$/
const SECRET_KEY_NAME = /secret.?(access)?.?key|aws.?secret/i

/** What kind of credential `value` looks like, judged with the variable `name` for ambiguous shapes. */
export function secretKindOf(name: string, value: string): SecretKind | undefined {
  if (PRIVATE_KEY.test(value)) return 'private-key'
  if (AWS_ACCESS_KEY_ID.test(value)) return 'aws-access-key-id'
  if (SECRET_KEY_NAME.test(name) && SECRET_KEY_VALUE.test(value.trim())) return 'aws-secret-access-key'
  return undefined
}
