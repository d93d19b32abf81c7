/**
 * @module SARIF 2.1.0 from any tool. A result is a vulnerability when its rule id is an advisory id
 * (CVE, GHSA, …) or the rule is tagged `vulnerability`; a secret when the tool is a secret scanner
 * or the rule is tagged `secret`; anything else is kept as a misconfiguration finding. Results
 * attach to the image the run names (Trivy run properties, Grype "in image" messages), else to
 * the file in `artifactLocation.uri`. Messages and snippets are never kept for secrets (only the AWS access key
 * ids they name).
 */
import type { DetectionSample, FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'
import { isObject, num, obj, objects, str, strings } from '../shared/json-values.js'
import type { ArtifactTarget } from './artifact-target.js'
import { fileTarget, imageTarget } from './artifact-target.js'
import { ScanReport } from './artifact-findings.js'
import type { VulnSeverity } from './vulnerability.js'
import { isRemoteCodeExecution, normalizeCwe, normalizeSeverity, secretKeyIds, severityOfScore } from './vulnerability.js'

/** Advisory ids; Grype suffixes the package (`CVE-2023-4911-libc6`), so only the prefix must match. */
const ADVISORY_PREFIX = /^(CVE-\d{4}-\d{4,}|GHSA(?:-[a-z0-9]{4}){3}|GO-\d{4}-\d{4}|PYSEC-\d{4}-\d+|RUSTSEC-\d{4}-\d{4}|ALAS\d*-\d{4}-\d+|RHSA-\d{4}:\d+|DSA-\d+(?:-\d+)?|DLA-\d+(?:-\d+)?|USN-\d+-\d+|ELSA-\d{4}-\d+)/i
const SECRET_TOOLS = /gitleaks|trufflehog|detect-secrets|ggshield|secretlint|kingfisher/i

interface Rule {
  readonly id: string
  readonly tags: readonly string[]
  readonly securitySeverity?: number
  readonly texts: readonly (string | undefined)[]
  readonly title?: string
}

/** `security-severity` is a string in the spec's examples and a number in some tools. */
function scoreOf(value: JsonValue | undefined): number | undefined {
  const score = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseFloat(value) : Number.NaN
  return Number.isNaN(score) ? undefined : score
}

function ruleOf(raw: JsonObject): Rule {
  const props = obj(raw.properties) ?? {}
  const score = scoreOf(props['security-severity'])
  const title = str(obj(raw.shortDescription)?.text) ?? str(raw.name)
  return {
    id: str(raw.id) ?? '',
    tags: strings(props.tags),
    ...(score === undefined ? {} : { securitySeverity: score }),
    texts: [title, str(obj(raw.fullDescription)?.text), str(obj(raw.help)?.text)],
    ...(title === undefined ? {} : { title }),
  }
}

function severityOf(rule: Rule | undefined, result: JsonObject): VulnSeverity {
  const tagged = rule?.tags.map(normalizeSeverity).find((s) => s !== 'unknown')
  if (tagged !== undefined) return tagged
  const score = scoreOf(obj(result.properties)?.['security-severity']) ?? rule?.securitySeverity
  if (score !== undefined) return severityOfScore(score)
  const level = str(result.level) ?? 'warning'
  return level === 'error' ? 'high' : level === 'warning' ? 'medium' : level === 'note' ? 'low' : 'unknown'
}

/** Package and versions from the message text Trivy and Grype write. */
function packageFacts(text: string): { package?: string; installed?: string; fixed?: string } {
  const trivyPkg = /Package:\s*(\S+)/.exec(text)?.[1]
  const trivyInstalled = /Installed Version:\s*(\S+)/.exec(text)?.[1]
  const trivyFixed = /Fixed Version:\s*(\S+)/.exec(text)?.[1]
  const grype = /package:\s*([^,\s]+),\s*version\s+(\S+?)[,\s]/.exec(text) ?? /reports\s+(\S+)\s+at\s+version\s+(\S+)/.exec(text)
  const pkg = trivyPkg ?? grype?.[1]
  const installed = trivyInstalled ?? grype?.[2]
  return { ...(pkg === undefined ? {} : { package: pkg }), ...(installed === undefined ? {} : { installed }), ...(trivyFixed === undefined ? {} : { fixed: trivyFixed }) }
}

function runImage(run: JsonObject): ArtifactTarget | undefined {
  const props = obj(run.properties)
  const name = str(props?.imageName)
  if (name === undefined && strings(props?.repoDigests).length === 0) return undefined
  return imageTarget(name, strings(props?.repoDigests), strings(props?.repoTags))
}

function readRun(run: JsonObject, runIndex: number, report: ScanReport, ctx: ReadContext): void {
  const driver = obj(obj(run.tool)?.driver) ?? {}
  const tool = (str(driver.name) ?? 'sarif').toLowerCase()
  const rulesRaw = objects(driver.rules)
  const rules = new Map(rulesRaw.map((r) => [str(r.id) ?? '', ruleOf(r)]))
  const image = runImage(run)
  const secretTool = SECRET_TOOLS.test(tool)
  objects(run.results).forEach((result, index) => {
    const ruleIndex = num(result.ruleIndex)
    const rule = rules.get(str(result.ruleId) ?? '') ?? (ruleIndex === undefined || rulesRaw[ruleIndex] === undefined ? undefined : ruleOf(rulesRaw[ruleIndex]))
    const ruleId = str(result.ruleId) ?? rule?.id
    if (ruleId === undefined) {
      ctx.issue({ location: `runs[${runIndex}].results[${index}]`, kind: 'invalid-record', message: `runs[${runIndex}].results[${index}] has no ruleId`, hint: 'the result is skipped' })
      return
    }
    const location = obj(objects(result.locations)[0]?.physicalLocation)
    const uri = str(obj(location?.artifactLocation)?.uri) ?? ''
    const line = num(obj(location?.region)?.startLine)
    const message = str(obj(result.message)?.text) ?? ''
    const inImage = /\bin image\s+(\S+?)(?:\s+at:|[\s,]|$)/.exec(message)?.[1]
    const target = image ?? (inImage === undefined ? undefined : imageTarget(inImage)) ?? fileTarget(uri === '' ? 'unknown' : uri)
    const findings = report.artifact(target, tool)
    const severity = severityOf(rule, result)
    const bareId = ruleId.replace(/^\[\w+\]\s*/, '')
    const tags = rule?.tags ?? []
    if (secretTool || tags.some((t) => t.toLowerCase() === 'secret')) {
      const snippet = str(obj(obj(location?.region)?.snippet)?.text)
      findings.addSecret({ ruleId: bareId, category: tags.find((t) => !/^(secret|security|critical|high|medium|low)$/i.test(t)) ?? bareId, target: uri, severity, ...(rule?.title === undefined ? {} : { title: rule.title }), ...(line === undefined ? {} : { line }), ...secretKeyIds(snippet, message) })
    } else if (ADVISORY_PREFIX.test(bareId) || tags.some((t) => t.toLowerCase() === 'vulnerability')) {
      const cwes = tags.map(normalizeCwe).filter((c): c is string => c !== undefined)
      const cvss = rule?.securitySeverity
      findings.addVuln({
        id: ADVISORY_PREFIX.exec(bareId)?.[1]?.toUpperCase() ?? bareId,
        severity,
        rce: isRemoteCodeExecution({ cwes, text: [...(rule?.texts ?? []), message] }),
        ...(cwes.length === 0 ? {} : { cwes }),
        ...(cvss === undefined ? {} : { cvss }),
        ...packageFacts(`${message}\n${rule?.texts.join('\n') ?? ''}`),
      })
    } else {
      findings.misconfigs.push({ id: bareId, severity, target: uri, tool, ...(rule?.title === undefined ? {} : { title: rule.title }), ...(line === undefined ? {} : { line }) })
    }
  })
}

export const isSarif = (value: JsonValue | undefined): boolean =>
  isObject(value) && str(value.version) === '2.1.0' && Array.isArray(value.runs)

function detect(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isSarif(sample.json)
  const head = sample.head.slice(0, 4096)
  return /"version"\s*:\s*"2\.1\.0"/.test(head) && /"runs"\s*:/.test(head) && /sarif/i.test(head)
}

async function read(ctx: ReadContext): Promise<void> {
  const value = await ctx.file.json()
  if (!isSarif(value) || !isObject(value)) throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: not SARIF 2.1.0`, { where: `${ctx.file.path}:file`, hint: 'export the report with --format sarif' })
  const report = new ScanReport(ctx.file.path, 'sarif')
  objects(value.runs).forEach((run, i) => readRun(run, i, report, ctx))
  ctx.emit(report.fragment())
}

export const sarifFormat: FormatAdapter = {
  id: 'sarif',
  provider: 'scanner',
  title: 'SARIF 2.1.0 (Trivy, Grype, Checkov, Kubescape, CodeQL, gitleaks…)',
  detect,
  read,
}
