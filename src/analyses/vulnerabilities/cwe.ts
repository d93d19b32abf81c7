/** @module CWE ids as scanners write them (`CWE-787`, `cwe_787`, `787`) → `CWE-787`. */

export function normalizeCweId(text: string): string | undefined {
  const m = /^(?:cwe[-_/ ]?)?0*(\d+)$/i.exec(text.trim())
  return m === null ? undefined : `CWE-${m[1]!}`
}
