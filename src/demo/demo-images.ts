/**
 * @module Container images of the estate and the vulnerabilities their scans report. Planted images carry a
 * remotely exploitable CVE (and their look-alike workloads run the same image, so only one property
 * differs); filler images carry only local or medium findings.
 */
import { COMPANY } from './demo-company.js'

const R = COMPANY.registry

export const IMAGES = {
  storefront: `${R}/shop/storefront:2.3.1`,
  logShipper: `${R}/ops/log-shipper:0.9.3`,
  deployAgent: `${R}/ci/deploy-agent:4.1.0`,
  paymentsApi: `${R}/payments/payments-api:5.0.2`,
  debugConsole: `${R}/tools/debug-console:1.0.0`,
  checkoutApi: `${R}/checkout/checkout-api:3.4.0`,
  reportBuilder: `${R}/analytics/report-builder:2.0.1`,
  edgeProxy: `${R}/ingress/edge-proxy:1.25.3`,
  returnsApi: `${R}/returns/returns-api:1.2.0`,
} as const

export const SYSTEM_IMAGES = {
  eksCoredns: '602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/coredns:v1.11.1-eksbuild.4',
  aksCoredns: 'mcr.microsoft.com/oss/kubernetes/coredns:v1.9.4',
  gkeKubeDns: 'gke.gcr.io/k8s-dns-kube-dns:1.22.28-gke.0',
} as const

/** Images of ordinary workloads; their scans show only low and medium findings. */
export const FILLER_IMAGES: readonly string[] = [
  'catalog', 'inventory', 'pricing', 'search', 'cart', 'shipping', 'loyalty', 'reviews', 'notifications', 'media', 'billing', 'warehouse',
].map((service, i) => `${R}/${service}/${service}-service:${1 + (i % 3)}.${(i * 7) % 10}.${i % 4}`)

export interface CveInfo {
  readonly id: string
  readonly pkg: string
  readonly pkgType: 'deb' | 'maven' | 'golang'
  readonly installed: string
  readonly fixed: string
  readonly severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'
  readonly score: number
  readonly vector: string
  readonly cwe: string
  readonly title: string
}

/**
 * Real CVE identifiers with their public CVSS vectors; titles are our own summaries. The RCE ones are network
 * attack vector, no privileges, code execution impact.
 */
export const CVES = {
  log4shell: { id: 'CVE-2021-44228', pkg: 'org.apache.logging.log4j:log4j-core', pkgType: 'maven', installed: '2.14.1', fixed: '2.15.0', severity: 'CRITICAL', score: 10, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', cwe: 'CWE-917', title: 'log4j-core: JNDI lookups in logged data allow remote code execution' },
  spring4shell: { id: 'CVE-2022-22965', pkg: 'org.springframework:spring-beans', pkgType: 'maven', installed: '5.3.17', fixed: '5.3.18', severity: 'CRITICAL', score: 9.8, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', cwe: 'CWE-94', title: 'spring-beans: data binding on JDK 9+ allows remote code execution' },
  regresshion: { id: 'CVE-2024-6387', pkg: 'openssh-server', pkgType: 'deb', installed: '1:9.2p1-2+deb12u2', fixed: '1:9.2p1-2+deb12u3', severity: 'HIGH', score: 8.1, vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', cwe: 'CWE-364', title: 'openssh: signal handler race in sshd allows unauthenticated remote code execution' },
  apacheTraversal: { id: 'CVE-2021-42013', pkg: 'apache2', pkgType: 'deb', installed: '2.4.50-1', fixed: '2.4.51-1', severity: 'CRITICAL', score: 9.8, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', cwe: 'CWE-22', title: 'apache2: path traversal and remote code execution through mod_cgi' },
  curlSocks: { id: 'CVE-2023-38545', pkg: 'libcurl4', pkgType: 'deb', installed: '7.88.1-10+deb12u3', fixed: '7.88.1-10+deb12u4', severity: 'CRITICAL', score: 9.8, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', cwe: 'CWE-787', title: 'curl: heap buffer overflow in the SOCKS5 proxy handshake' },
  utilLinux: { id: 'CVE-2022-0563', pkg: 'util-linux', pkgType: 'deb', installed: '2.38.1-5+b1', fixed: '', severity: 'LOW', score: 5.5, vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', cwe: 'CWE-209', title: 'util-linux: partial disclosure of arbitrary files in chfn and chsh' },
  aptSignature: { id: 'CVE-2011-3374', pkg: 'apt', pkgType: 'deb', installed: '2.6.1', fixed: '', severity: 'LOW', score: 3.7, vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N', cwe: 'CWE-347', title: 'apt: weak repository key validation' },
  ncurses: { id: 'CVE-2023-50495', pkg: 'libtinfo6', pkgType: 'deb', installed: '6.4-4', fixed: '', severity: 'MEDIUM', score: 6.5, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H', cwe: 'CWE-120', title: 'ncurses: segmentation fault through tic' },
  shadow: { id: 'CVE-2023-29383', pkg: 'passwd', pkgType: 'deb', installed: '1:4.13+dfsg1-1', fixed: '', severity: 'LOW', score: 3.3, vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:L/A:N', cwe: 'CWE-74', title: 'shadow: improper input validation in chfn' },
} as const satisfies Record<string, CveInfo>
export type CveKey = keyof typeof CVES

/** Findings every Debian base image of the demo has (none remotely exploitable). */
export const BASELINE_CVES: readonly CveKey[] = ['utilLinux', 'aptSignature', 'ncurses', 'shadow']

export const IMAGE_CVES: Readonly<Record<string, readonly CveKey[]>> = {
  [IMAGES.storefront]: ['log4shell', ...BASELINE_CVES],
  [IMAGES.logShipper]: ['curlSocks', ...BASELINE_CVES],
  [IMAGES.deployAgent]: ['spring4shell', ...BASELINE_CVES],
  [IMAGES.paymentsApi]: ['spring4shell', ...BASELINE_CVES],
  [IMAGES.debugConsole]: ['curlSocks', ...BASELINE_CVES],
  [IMAGES.checkoutApi]: ['spring4shell', ...BASELINE_CVES],
  [IMAGES.reportBuilder]: ['log4shell', ...BASELINE_CVES],
  [IMAGES.edgeProxy]: ['curlSocks', ...BASELINE_CVES],
  [IMAGES.returnsApi]: ['spring4shell', ...BASELINE_CVES],
}
