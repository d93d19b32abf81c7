/** @module Maps strings to dense integers and back, so the graph can store ids in typed arrays. */

export class StringInterner {
  private readonly index = new Map<string, number>()
  private readonly values: string[] = []

  /** Returns the integer for `value`, assigning the next one on first sight. */
  intern(value: string): number {
    let id = this.index.get(value)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value)
      this.index.set(value, id)
    }
    return id
  }

  lookup(value: string): number | undefined {
    return this.index.get(value)
  }

  value(id: number): string {
    const value = this.values[id]
    if (value === undefined) throw new RangeError(`interned id ${id} out of range (size ${this.values.length})`)
    return value
  }

  get size(): number {
    return this.values.length
  }

  /** The table in id order. The caller must not mutate it. */
  table(): readonly string[] {
    return this.values
  }
}
