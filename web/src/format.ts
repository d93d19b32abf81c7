/** Display labels and number formatting. */
const PROVIDER_LABELS: Record<string, string> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  kubernetes: 'Kubernetes',
  terraform: 'Terraform',
  scanner: 'Scanners',
  skyhound: 'Skyhound',
}

const ACRONYMS = new Set(['vm', 'api', 'ip', 'kms', 'iac', 'rbac', 'mfa', 'rce', 'id'])

export function providerLabel(provider: string): string {
  return PROVIDER_LABELS[provider] ?? provider
}

/** `object-storage` → `Object storage`, `k8s-cluster` → `K8S cluster`, `exposed-to-internet` → `Exposed to internet`. */
export function humanize(id: string): string {
  const words = id.split('-').map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word === 'k8s' ? 'K8s' : word))
  const first = words[0] ?? ''
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ')
}

const numberFormat = new Intl.NumberFormat('en')
export function count(value: number): string {
  return numberFormat.format(value)
}

export function dateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' })
}

export function bytes(value: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let size = value
  let unit = 0
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024
    unit++
  }
  return `${size >= 10 || unit === 0 ? Math.round(size) : size.toFixed(1)} ${units[unit]}`
}
