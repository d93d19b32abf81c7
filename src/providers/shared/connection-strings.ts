/**
 * @module The non-secret half of credentials that name what they open: the host of a connection string
 * that carries a password, the Azure storage account of an account key or SAS token. Adapters keep these
 * names (`hosts`, `storageAccounts`) so the vulnerabilities analysis can resolve the credential to the
 * database or storage account it signs in to; the password, key or signature is never returned.
 * A connection string without a password (IAM or Entra token sign-in, a host in a config map) names a
 * host but opens nothing, and gives nothing here.
 */

export interface CredentialTargets {
  /** `connection-string` (password in it), `azure-storage-key` (AccountKey), `azure-sas-token` (sig=). */
  readonly kinds: readonly string[]
  /** Host names, lowercased. */
  readonly hosts: readonly string[]
  /** Azure storage account names, lowercased. */
  readonly storageAccounts: readonly string[]
}

/** `postgres://user:password@host:5432/db`, `mongodb+srv://u:p@cluster.example/`, `redis://:password@host`. */
const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*:[^@/\s]+@([^:/?#\s,;'"]+)/gi
/** `jdbc:sqlserver://host:1433;user=u;password=p`, `jdbc:postgresql://host/db?user=u&password=p`. */
const JDBC_WITH_PASSWORD = /\bjdbc:[a-z0-9]+:\/\/([^:/?;\s'"]+)[^\s'"]*?[?&;]password=[^&;\s'"]+/gi
/** ADO.NET / ODBC key=value strings: `Server=tcp:host,1433;…;Password=…`. */
const KEY_VALUE_HOST = /(?:^|;)\s*(?:server|host|data source|address|addr|network address|hostname)\s*=\s*([^;]+)/i
const KEY_VALUE_PASSWORD = /(?:^|;)\s*(?:password|pwd)\s*=\s*[^;\s]+/i
const ACCOUNT_KEY = /AccountName=([a-z0-9]{3,24});[^'"\s]*?AccountKey=[A-Za-z0-9+/=]{40,}|AccountKey=[A-Za-z0-9+/=]{40,};[^'"\s]*?AccountName=([a-z0-9]{3,24})/gi
const SAS_URL = /https:\/\/([a-z0-9]{3,24})\.(?:blob|file|queue|table|dfs)\.core\.windows\.net\/[^\s'"]*?[?&]sig=[^&\s'"]+/gi

function bareHost(text: string): string {
  return text.trim().toLowerCase().replace(/^tcp:/, '').split(/[,:\s]/)[0] ?? ''
}

/** What `value` signs in to, or undefined when it holds no credential of these shapes. */
export function credentialTargetsIn(value: string): CredentialTargets | undefined {
  const kinds = new Set<string>()
  const hosts = new Set<string>()
  const accounts = new Set<string>()
  for (const match of value.matchAll(URL_WITH_PASSWORD)) {
    // `https://x.blob.core.windows.net` with user info is not a database; SAS and keys are read below.
    hosts.add(bareHost(match[1]!))
    kinds.add('connection-string')
  }
  for (const match of value.matchAll(JDBC_WITH_PASSWORD)) {
    hosts.add(bareHost(match[1]!))
    kinds.add('connection-string')
  }
  if (KEY_VALUE_PASSWORD.test(value)) {
    const host = KEY_VALUE_HOST.exec(value)
    if (host !== null) {
      hosts.add(bareHost(host[1]!))
      kinds.add('connection-string')
    }
  }
  for (const match of value.matchAll(ACCOUNT_KEY)) {
    accounts.add((match[1] ?? match[2]!).toLowerCase())
    kinds.add('azure-storage-key')
  }
  for (const match of value.matchAll(SAS_URL)) {
    accounts.add(match[1]!.toLowerCase())
    kinds.add('azure-sas-token')
  }
  hosts.delete('')
  if (kinds.size === 0) return undefined
  return { kinds: [...kinds].sort(), hosts: [...hosts].sort(), storageAccounts: [...accounts].sort() }
}

/** The union over several values (a Secret's keys, a function's variables). */
export function mergeCredentialTargets(found: readonly (CredentialTargets | undefined)[]): CredentialTargets | undefined {
  const present = found.filter((f): f is CredentialTargets => f !== undefined)
  if (present.length === 0) return undefined
  const union = (pick: (f: CredentialTargets) => readonly string[]): string[] => [...new Set(present.flatMap(pick))].sort()
  return { kinds: union((f) => f.kinds), hosts: union((f) => f.hosts), storageAccounts: union((f) => f.storageAccounts) }
}
