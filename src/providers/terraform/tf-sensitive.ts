/**
 * @module Masks secrets in Terraform attribute values before anything is kept: values that
 * Terraform marks sensitive (`sensitive_values`, `after_sensitive`, raw-state
 * `sensitive_attributes` paths), and attributes whose names say they hold credentials, since
 * provider-schema sensitivity is not recorded in raw state.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { isObject } from '../shared/json-values.js'

export const MASK = '<sensitive>'

const CREDENTIAL_KEY = /(^|_)(password|passwd|secret|secrets|token|private_key|access_key|secret_key|connection_string|sas_url|sas_token|credentials?|client_key|client_secret|client_certificate|kube_config|kube_admin_config|kube_config_raw|kube_admin_config_raw|master_auth|auth_token|ssh_private_key|secret_string|secret_binary|encrypted_secret|ses_smtp_password_v4|primary_key|secondary_key|primary_access_key|secondary_access_key|custom_data|user_data)($|_)/i
/** Whole maps whose entries are payload (kubernetes_secret.data) are reduced to their keys. */
const PAYLOAD_KEYS = new Set(['data', 'binary_data', 'string_data'])

export const isCredentialKey = (key: string): boolean => CREDENTIAL_KEY.test(key)

function masked(value: JsonValue): JsonValue {
  return value === null || value === '' ? value : MASK
}

/**
 * Returns a copy of `value` with every part that `mirror` flags (`true`) or whose key names a
 * credential replaced by MASK. `payloadType` makes `data`-like maps keep keys only.
 */
export function maskSensitive(value: JsonValue, mirror: JsonValue | undefined, payloadType = false): JsonValue {
  if (mirror === true) return masked(value)
  if (Array.isArray(value)) {
    return value.map((item, i) => maskSensitive(item, Array.isArray(mirror) ? mirror[i] : undefined, payloadType))
  }
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const [key, v] of Object.entries(value)) {
    const childMirror = isObject(mirror) ? mirror[key] : undefined
    if (payloadType && PAYLOAD_KEYS.has(key) && isObject(v)) out[key] = Object.fromEntries(Object.keys(v).map((k) => [k, masked(v[k] ?? null)]))
    else if (isCredentialKey(key) && typeof v !== 'boolean' && typeof v !== 'number') out[key] = Array.isArray(v) || isObject(v) ? MASK : masked(v)
    else out[key] = maskSensitive(v, childMirror, payloadType)
  }
  return out
}

/** Raw-state `sensitive_attributes` (lists of `{type: get_attr|index, value}` steps) → a mirror object. */
export function mirrorOfPaths(paths: JsonValue | undefined): JsonValue {
  const root: JsonObject = {}
  if (!Array.isArray(paths)) return root
  for (const path of paths) {
    if (!Array.isArray(path) || path.length === 0) continue
    let node: JsonObject = root
    path.forEach((step, i) => {
      const raw = isObject(step) ? step.value : undefined
      const inner = isObject(raw) ? raw.value : raw
      const key = typeof inner === 'string' || typeof inner === 'number' ? String(inner) : ''
      if (i === path.length - 1) {
        node[key] = true
        return
      }
      const next = node[key]
      const child: JsonObject = isObject(next) ? next : {}
      node[key] = child
      node = child
    })
  }
  return root
}

/** Mirrors index lists by position; mirrorOfPaths keys them by string index, so lists are read as objects too. */
export function normalizeMirror(mirror: JsonValue, value: JsonValue): JsonValue {
  if (mirror === true || !isObject(mirror)) return mirror
  if (Array.isArray(value)) return value.map((item, i) => normalizeMirror(mirror[String(i)] ?? false, item))
  if (!isObject(value)) return mirror
  const out: JsonObject = {}
  for (const [key, v] of Object.entries(value)) if (key in mirror) out[key] = normalizeMirror(mirror[key] ?? false, v)
  return out
}
