import { describe, expect, it } from 'vitest'
import { ocsfComplianceFinding, ocsfDetectionFinding } from '../../test/schemas/ocsf-1.1.0.js'
import { sarifLog } from '../../test/schemas/sarif-2.1.0.js'
import type { Finding } from '../model/finding.js'
import { ALL_RULES } from '../rules/index.js'
import type { ExportInput } from './export-input.js'
import { FORMATTERS } from './formatters.js'

const finding = (rule: string, node: string, status: Finding['status'], extra: Finding['details'] = {}): Finding => ({
  id: `${rule}|${node}`,
  ruleId: rule,
  nodeId: node,
  status,
  severity: ALL_RULES.find((r) => r.id === rule)?.severity ?? 'low',
  message: `bucket \`${node.split(':').pop() ?? ''}\` "says", hello`,
  scope: 'aws://accounts/111122223333',
  details: { control: 'restrict-unauthorized-network-access', provider: 'aws', kind: 'aws.s3.bucket', name: node.split(':').pop() ?? '', ...extra },
})

const input: ExportInput = {
  snapshot: { id: 'snap-1', createdAt: '2026-02-01T00:00:00.000Z', inputs: [] },
  findings: [
    finding('aws-s3-bucket-public-read', 'arn:aws:s3:::exports', 'unhealthy', { risk: 'critical', riskFactors: [{ factor: 'internet-exposure', weight: 1, detail: 'wide' }] }),
    finding('aws-s3-bucket-public-read', 'arn:aws:s3:::logs', 'healthy'),
    finding('aws-s3-bucket-versioning-enabled', 'arn:aws:s3:::logs', 'unhealthy', { exemption: { id: 'ex-1', category: 'waiver' } }),
    finding('custom-owner-tag', 'arn:aws:s3:::logs', 'unhealthy'),
  ],
  rules: new Map(ALL_RULES.map((r) => [r.id, r])),
  toolVersion: '0.1.0',
}

describe('export formatters', () => {
  it('SARIF validates against the SARIF 2.1.0 structure, with unhealthy findings as fail results', () => {
    const log = JSON.parse(FORMATTERS.sarif.format(input, {})) as unknown
    const parsed = sarifLog.safeParse(log)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    const run = parsed.data!.runs![0]!
    expect(run.results!.map((r) => [r.ruleId, r.kind, r.level])).toEqual([
      ['aws-s3-bucket-public-read', 'fail', 'error'],
      ['aws-s3-bucket-versioning-enabled', 'fail', 'note'],
      ['custom-owner-tag', 'fail', 'note'],
    ])
    expect(run.results![1]!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'waiver exemption ex-1' }])
    expect(run.tool.driver.rules!.find((r) => r.id === 'aws-s3-bucket-public-read')!.properties!.tags).toContain('cis-aws-foundations-3-0/2.1.4')
  })

  it('SARIF includes passing results on request', () => {
    const log = sarifLog.parse(JSON.parse(FORMATTERS.sarif.format(input, { includePassed: true })))
    expect(log.runs![0]!.results!.filter((r) => r.kind === 'pass')).toHaveLength(1)
  })

  it('OCSF writes Compliance Findings (2003) that validate, with the frameworks as standards', () => {
    const events = JSON.parse(FORMATTERS.ocsf.format(input, {})) as unknown[]
    expect(events).toHaveLength(3)
    for (const event of events) {
      const parsed = ocsfComplianceFinding.safeParse(event)
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
    expect(events[0]).toMatchObject({
      class_uid: 2003, type_uid: 200301, severity_id: 4, status_id: 1,
      compliance: { standards: ['cis-aws-foundations-3-0', 'mcsb-1'], status_id: 3 },
      resources: [{ uid: 'arn:aws:s3:::exports', type: 'aws.s3.bucket' }],
    })
    expect(events[1]).toMatchObject({ status_id: 3 })
  })

  it('OCSF writes Detection Findings (2004) that validate', () => {
    const events = JSON.parse(FORMATTERS.ocsf.format(input, { class: 'detection' })) as unknown[]
    for (const event of events) expect(ocsfDetectionFinding.safeParse(event).success).toBe(true)
    expect(ocsfComplianceFinding.safeParse(events[0]).success).toBe(false)
  })

  it('CSV quotes cells per RFC 4180 and lists frameworks and exemptions', () => {
    const lines = FORMATTERS.csv.format(input, {}).split('\r\n')
    expect(lines[0]).toBe('finding_id,rule_id,title,status,severity,risk,risk_factors,provider,scope,resource_id,resource_name,resource_kind,control,frameworks,exemption,message')
    expect(lines).toHaveLength(6)
    expect(lines[1]).toContain(',critical,internet-exposure,aws,')
    expect(lines[1]).toContain('cis-aws-foundations-3-0:2.1.4;mcsb-1:DP-1')
    expect(lines[1]!.endsWith('"bucket `exports` ""says"", hello"')).toBe(true)
    expect(lines[3]).toContain(',waiver:ex-1,')
  })

  it('JSON carries the snapshot, the rules referenced and every finding', () => {
    const doc = JSON.parse(FORMATTERS.json.format(input, {})) as { snapshot: unknown; rules: { id: string }[]; findings: unknown[] }
    expect(doc.snapshot).toEqual({ id: 'snap-1', createdAt: '2026-02-01T00:00:00.000Z' })
    expect(doc.rules.map((r) => r.id)).toEqual(['aws-s3-bucket-public-read', 'aws-s3-bucket-versioning-enabled', 'custom-owner-tag'])
    expect(doc.findings).toHaveLength(4)
  })
})
