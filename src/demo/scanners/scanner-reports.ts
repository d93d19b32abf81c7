/**
 * @module Scanner reports (formats.md §A6): Trivy JSON for images and VMs, Grype JSON and Trivy SARIF for
 * images. VM reports name the cloud resource id as `ArtifactName` (the Skyhound convention for VM scans,
 * see docs/demo-estate.md), image reports carry the digests pods report in `imageID`.
 */
import { createHash } from 'node:crypto'
import type { JsonObject } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import type { CveInfo, CveKey } from '../demo-images.js'
import { CVES } from '../demo-images.js'
import { imageDigest, repositoryOf } from '../kubernetes/k8s-objects.js'

const sha = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`
const VENDOR_SCORE = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 } as const

function purl(cve: CveInfo): string {
  if (cve.pkgType === 'maven') {
    const [group, artifact] = cve.pkg.split(':')
    return `pkg:maven/${group}/${artifact}@${cve.installed}`
  }
  return `pkg:deb/debian/${cve.pkg}@${encodeURIComponent(cve.installed)}?arch=amd64&distro=debian-12.5`
}

function trivyVulnerability(cve: CveInfo, layer: string): JsonObject {
  return {
    VulnerabilityID: cve.id,
    PkgID: `${cve.pkg}@${cve.installed}`,
    PkgName: cve.pkg,
    PkgIdentifier: { PURL: purl(cve), UID: createHash('sha1').update(`${cve.pkg}${cve.installed}`).digest('hex').slice(0, 16) },
    InstalledVersion: cve.installed,
    ...(cve.fixed ? { FixedVersion: cve.fixed } : {}),
    Status: cve.fixed ? 'fixed' : 'affected',
    Layer: { DiffID: layer },
    SeveritySource: cve.pkgType === 'deb' ? 'debian' : 'ghsa',
    PrimaryURL: `https://avd.aquasec.com/nvd/${cve.id.toLowerCase()}`,
    DataSource:
      cve.pkgType === 'deb'
        ? { ID: 'debian', Name: 'Debian Security Tracker', URL: 'https://salsa.debian.org/security-tracker-team/security-tracker' }
        : { ID: 'ghsa', Name: 'GitHub Security Advisory Maven', URL: 'https://github.com/advisories?query=type%3Areviewed+ecosystem%3Amaven' },
    Title: cve.title,
    Description: `${cve.title}.`,
    Severity: cve.severity,
    CweIDs: [cve.cwe],
    VendorSeverity: { nvd: VENDOR_SCORE[cve.severity], [cve.pkgType === 'deb' ? 'debian' : 'ghsa']: VENDOR_SCORE[cve.severity] },
    CVSS: { nvd: { V3Vector: cve.vector, V3Score: cve.score } },
    References: [`https://nvd.nist.gov/vuln/detail/${cve.id}`],
    PublishedDate: '2021-12-10T10:15:09.143Z',
    LastModifiedDate: '2024-04-03T17:15:45.000Z',
  }
}

export interface SecretFinding {
  readonly target: string
  readonly ruleId: string
  readonly title: string
  readonly line: number
  /** The line as Trivy prints it: the secret itself replaced by asterisks. */
  readonly masked: string
  readonly context: readonly string[]
}

export interface TrivyTarget {
  readonly kind: 'image' | 'vm'
  /** Image reference, or the cloud id of the VM. */
  readonly artifact: string
  readonly cves: readonly CveKey[]
  /** Where language packages were found (jar path) when `cves` include maven ones. */
  readonly appPath?: string
  readonly secrets?: readonly SecretFinding[]
}

export function trivyReport(clock: DemoClock, target: TrivyTarget): JsonObject {
  const os = target.cves.map((k) => CVES[k]).filter((c) => c.pkgType === 'deb')
  const lang = target.cves.map((k) => CVES[k]).filter((c) => c.pkgType !== 'deb')
  const layers = [sha(`${target.artifact}:base`), sha(`${target.artifact}:app`)]
  const results: JsonObject[] = [
    { Target: `${target.kind === 'image' ? target.artifact : 'rootfs'} (debian 12.5)`, Class: 'os-pkgs', Type: 'debian', Vulnerabilities: os.map((c) => trivyVulnerability(c, layers[0]!)) },
  ]
  if (lang.length > 0) {
    results.push({ Target: target.appPath ?? 'app/app.jar', Class: 'lang-pkgs', Type: 'jar', Vulnerabilities: lang.map((c) => trivyVulnerability(c, layers[1]!)) })
  }
  for (const secret of target.secrets ?? []) {
    results.push({
      Target: secret.target,
      Class: 'secret',
      Secrets: [
        {
          RuleID: secret.ruleId,
          Category: 'AWS',
          Severity: 'CRITICAL',
          Title: secret.title,
          StartLine: secret.line,
          EndLine: secret.line,
          Code: {
            Lines: secret.context.map((content, i) => {
              const number = secret.line - 1 + i
              const cause = number === secret.line
              return { Number: number, Content: content, IsCause: cause, Annotation: '', Truncated: false, Highlighted: content, FirstCause: cause, LastCause: cause }
            }),
          },
          Match: secret.masked,
          Layer: {},
        },
      ],
    })
  }
  const image = target.kind === 'image'
  return {
    SchemaVersion: 2,
    CreatedAt: clock.iso(-120),
    ArtifactName: target.artifact,
    ArtifactType: image ? 'container_image' : 'vm',
    Metadata: {
      OS: { Family: 'debian', Name: '12.5' },
      ...(image
        ? {
            ImageID: sha(`config:${target.artifact}`),
            DiffIDs: layers,
            RepoTags: [target.artifact],
            RepoDigests: [`${repositoryOf(target.artifact)}@${imageDigest(target.artifact)}`],
            ImageConfig: {
              architecture: 'amd64',
              created: clock.iso(-30 * 1440),
              os: 'linux',
              rootfs: { type: 'layers', diff_ids: layers },
              config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], WorkingDir: '/app' },
            },
          }
        : { ImageConfig: { architecture: '', created: '0001-01-01T00:00:00Z', os: '', rootfs: { type: '', diff_ids: null }, config: {} } }),
    },
    Results: results,
  }
}

const GRYPE_SEVERITY = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' } as const

function cvss(cve: CveInfo): JsonObject[] {
  return [{ source: 'nvd@nist.gov', type: 'Primary', version: '3.1', vector: cve.vector, metrics: { baseScore: cve.score, exploitabilityScore: 3.9, impactScore: 5.9 }, vendorMetadata: {} }]
}

export function grypeReport(clock: DemoClock, image: string, cves: readonly CveKey[], appPath: string): JsonObject {
  const digest = imageDigest(image)
  const matches = cves.map((key): JsonObject => {
    const cve: CveInfo = CVES[key]
    const java = cve.pkgType === 'maven'
    const name = java ? (cve.pkg.split(':')[1] ?? cve.pkg) : cve.pkg
    return {
      vulnerability: {
        id: cve.id,
        dataSource: java ? `https://github.com/advisories/${cve.id}` : `https://security-tracker.debian.org/tracker/${cve.id}`,
        namespace: java ? 'github:language:java' : 'debian:distro:debian:12',
        severity: GRYPE_SEVERITY[cve.severity],
        urls: [`https://nvd.nist.gov/vuln/detail/${cve.id}`],
        description: `${cve.title}.`,
        cvss: java ? cvss(cve) : [],
        fix: cve.fixed ? { versions: [cve.fixed], state: 'fixed' } : { versions: [], state: 'not-fixed' },
        advisories: [],
      },
      relatedVulnerabilities: [
        { id: cve.id, dataSource: `https://nvd.nist.gov/vuln/detail/${cve.id}`, namespace: 'nvd:cpe', severity: GRYPE_SEVERITY[cve.severity], urls: [], description: `${cve.title}.`, cvss: cvss(cve) },
      ],
      matchDetails: [
        {
          type: 'exact-direct-match',
          matcher: java ? 'java-matcher' : 'dpkg-matcher',
          searchedBy: java ? { language: 'java', namespace: 'github:language:java', package: { name, version: cve.installed } } : { distro: { type: 'debian', version: '12' }, namespace: 'debian:distro:debian:12', package: { name, version: cve.installed } },
          found: { versionConstraint: cve.fixed ? `< ${cve.fixed} (${java ? 'unknown' : 'deb'})` : 'none (deb)', vulnerabilityID: cve.id },
        },
      ],
      artifact: {
        id: createHash('sha1').update(`${image}${cve.pkg}`).digest('hex').slice(0, 16),
        name,
        version: cve.installed,
        type: java ? 'java-archive' : 'deb',
        locations: [{ path: java ? `/${appPath}` : `/var/lib/dpkg/status.d/${name}`, layerID: sha(`${image}:${java ? 'app' : 'base'}`) }],
        language: java ? 'java' : '',
        licenses: [],
        cpes: [],
        purl: purl(cve),
        upstreams: [],
      },
    }
  })
  return {
    matches,
    source: {
      type: 'image',
      target: {
        userInput: image,
        imageID: sha(`config:${image}`),
        manifestDigest: digest,
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        tags: [image],
        imageSize: 187_366_912,
        layers: [
          { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: sha(`${image}:base`), size: 124_000_000 },
          { mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', digest: sha(`${image}:app`), size: 63_366_912 },
        ],
        repoDigests: [`${repositoryOf(image)}@${digest}`],
        architecture: 'amd64',
        os: 'linux',
      },
    },
    distro: { name: 'debian', version: '12', idLike: [] },
    descriptor: {
      name: 'grype',
      version: '0.77.0',
      configuration: { output: ['json'], file: '', distro: '', 'add-cpes-if-none': false, 'by-cve': false },
      db: { built: clock.iso(-1440), schemaVersion: 5, location: '/root/.cache/grype/db/5', checksum: 'sha256:3c6a1f8e9b0d', error: null },
      timestamp: clock.iso(-100),
    },
  }
}

const LEVEL = { LOW: 'note', MEDIUM: 'warning', HIGH: 'error', CRITICAL: 'error' } as const

export function sarifReport(image: string, cves: readonly CveKey[], appPath: string): JsonObject {
  const list = cves.map((k) => CVES[k])
  return {
    version: '2.1.0',
    $schema: 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            fullName: 'Trivy Vulnerability Scanner',
            informationUri: 'https://github.com/aquasecurity/trivy',
            name: 'Trivy',
            rules: list.map((cve) => ({
              id: cve.id,
              name: cve.pkgType === 'deb' ? 'OsPackageVulnerability' : 'LanguageSpecificPackageVulnerability',
              shortDescription: { text: cve.title },
              fullDescription: { text: `${cve.title}.` },
              defaultConfiguration: { level: LEVEL[cve.severity] },
              helpUri: `https://avd.aquasec.com/nvd/${cve.id.toLowerCase()}`,
              help: { text: `Vulnerability ${cve.id}\nSeverity: ${cve.severity}\nPackage: ${cve.pkg}`, markdown: `**Vulnerability ${cve.id}**\n| Severity | Package |\n| --- | --- |\n|${cve.severity}|${cve.pkg}|` },
              properties: { precision: 'very-high', 'security-severity': cve.score.toFixed(1), tags: ['vulnerability', 'security', cve.severity] },
            })),
            version: '0.50.1',
          },
        },
        results: list.map((cve, ruleIndex) => ({
          ruleId: cve.id,
          ruleIndex,
          level: LEVEL[cve.severity],
          message: { text: `Package: ${cve.pkg}\nInstalled Version: ${cve.installed}\nVulnerability ${cve.id}\nSeverity: ${cve.severity}\nFixed Version: ${cve.fixed}\nLink: [${cve.id}](https://avd.aquasec.com/nvd/${cve.id.toLowerCase()})` },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: cve.pkgType === 'deb' ? image : appPath, uriBaseId: 'ROOTPATH' }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } },
              message: { text: `${cve.pkgType === 'deb' ? image : appPath}: ${cve.pkg}@${cve.installed}` },
            },
          ],
        })),
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
        properties: {
          imageName: image,
          repoDigests: [`${repositoryOf(image)}@${imageDigest(image)}`],
          repoTags: [image],
        },
      },
    ],
  }
}
