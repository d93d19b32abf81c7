/**
 * Theme: follows the system (prefers-color-scheme) unless the user picked light or dark; the choice is
 * a `data-theme` attribute on <html> that styles.css reads.
 */
export type ThemeChoice = 'system' | 'light' | 'dark'
const KEY = 'skyhound.theme'
const ORDER: readonly ThemeChoice[] = ['system', 'light', 'dark']

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY)
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme')
  else document.documentElement.setAttribute('data-theme', choice)
  try {
    if (choice === 'system') localStorage.removeItem(KEY)
    else localStorage.setItem(KEY, choice)
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}

export function applyStoredTheme(): void {
  applyTheme(storedTheme())
}

export function nextTheme(choice: ThemeChoice): ThemeChoice {
  return ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length]!
}
