/**
 * @module Seeded randomness for the demo estate. Everything the generator invents comes from here, so the
 * same seed gives byte-identical files. Streams are keyed by name, so adding filler to one file never
 * shifts the values of another, and cross-file facts (a Kubernetes node and its cloud VM) are derived by
 * hashing (seed, stream, index) instead of sharing a sequence.
 */

/** 32-bit FNV-1a over the parts joined by NUL, then avalanched; stable across platforms. */
export function hash32(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5
  const text = parts.join('\u0000')
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** mulberry32: tiny, fast and good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HEX = '0123456789abcdef'
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export class DemoRandom {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  /** A stream independent of every other name for the same seed. */
  static stream(seed: number, name: string, index: number | string = 0): DemoRandom {
    return new DemoRandom(hash32(seed, name, index))
  }

  float(): number {
    return this.next()
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  private chars(alphabet: string, length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)]
    return out
  }

  hex(length: number): string {
    return this.chars(HEX, length)
  }

  /** Lowercase letters and digits, as in Kubernetes pod-name suffixes and GCP instance suffixes. */
  alnum(length: number): string {
    return this.chars(LOWER_ALNUM, length)
  }

  /** Upper-case base32 alphabet, as in IAM unique ids (AROA…, AIDA…). */
  upper(length: number): string {
    return this.chars(UPPER_ALNUM, length)
  }

  /** RFC 4122 version-4 shaped GUID. */
  uuid(): string {
    const h = this.hex(32)
    const variant = HEX[8 + Math.floor(this.next() * 4)]!
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
  }

  digits(length: number): string {
    return this.chars('0123456789', length)
  }
}

/** Deterministic hex of any length from a name alone (seed-independent: used for planted ids). */
export function stableHex(name: string, length: number): string {
  return DemoRandom.stream(0x5eed, name).hex(length)
}

/** Deterministic GUID from a name alone (seed-independent: used for planted ids). */
export function stableUuid(name: string): string {
  return DemoRandom.stream(0x5eed, name).uuid()
}

/** Deterministic upper-case base32 id from a name alone (IAM unique ids of planted principals). */
export function stableUpper(name: string, length: number): string {
  return DemoRandom.stream(0x5eed, name).upper(length)
}
