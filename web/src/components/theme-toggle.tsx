import { useState } from 'preact/hooks'
import { applyTheme, nextTheme, storedTheme } from '../theme.js'
import type { ThemeChoice } from '../theme.js'

const LABELS: Record<ThemeChoice, string> = { system: 'System theme', light: 'Light theme', dark: 'Dark theme' }
const ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' }

export function ThemeToggle() {
  const [choice, setChoice] = useState(storedTheme)
  return (
    <button
      type="button"
      class="button button-quiet theme-toggle"
      title="Switch between system, light and dark"
      onClick={() => {
        const next = nextTheme(choice)
        applyTheme(next)
        setChoice(next)
      }}
    >
      <span aria-hidden="true">{ICONS[choice]}</span> {LABELS[choice]}
    </button>
  )
}
