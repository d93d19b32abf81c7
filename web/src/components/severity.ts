/** Severity / risk levels, most severe first, with the CSS tone each one uses. */
export const LEVELS = ['critical', 'high', 'medium', 'low'] as const
export type Level = (typeof LEVELS)[number]

export function levelRows(counts: Partial<Record<Level, number>>) {
  return LEVELS.map((level) => ({
    key: level,
    label: level.charAt(0).toUpperCase() + level.slice(1),
    value: counts[level] ?? 0,
    tone: `tone-${level}`,
  }))
}
