/** @module ISO 8601 week of a date (`2026-W48`), the period a weekly digest is sent once in (UTC). */

/** `YYYY-Www` of the UTC day of `date`. Weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() === 0 ? 7 : day.getUTCDay()
  // The Thursday of this week decides the year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const year = day.getUTCFullYear()
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** `YYYY-MM-DD` of the UTC day of `date`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10)
