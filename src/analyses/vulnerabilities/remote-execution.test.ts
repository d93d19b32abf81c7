import { describe, expect, it } from 'vitest'
import { cvssMetrics, isUnauthenticatedRemoteWrite, rceBasis } from './remote-execution.js'
import type { VulnerabilityFacts } from './remote-execution.js'

const NETWORK_FULL = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'

describe('remote-execution', () => {
  it('reads CVSS 2, 3.1 and 4.0 vectors into metric maps', () => {
    expect(cvssMetrics(NETWORK_FULL).get('AV')).toBe('N')
    expect(cvssMetrics('(AV:N/AC:L/Au:N/C:C/I:C/A:C)').get('AU')).toBe('N')
    expect(cvssMetrics('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N').get('VI')).toBe('H')
  })

  it.each([
    [NETWORK_FULL, true],
    ['AV:N/AC:L/Au:N/C:C/I:C/A:C', true],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', true],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', false],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H', false],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', false],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', false],
  ])('judges %s as an unauthenticated remote write: %s', (vector, expected) => {
    expect(isUnauthenticatedRemoteWrite(vector)).toBe(expected)
  })

  const cases: readonly [string, VulnerabilityFacts, string | undefined][] = [
    ['keeps the scanner hint', { id: 'a', severity: 'critical', rce: true }, 'scanner'],
    ['drops the scanner hint behind a local vector', { id: 'b', severity: 'high', rce: true, vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' }, undefined],
    ['takes a heap overflow reachable unauthenticated over the network', { id: 'c', severity: 'critical', vector: NETWORK_FULL, cwes: ['CWE-787'] }, 'cvss-vector'],
    ['takes a network write primitive whose CWE is unknown', { id: 'd', severity: 'critical', vector: NETWORK_FULL }, 'cvss-vector'],
    ['rejects a network bug of a non-execution class (SQL injection)', { id: 'e', severity: 'critical', vector: NETWORK_FULL, cwes: ['CWE-89'] }, undefined],
    ['rejects a buffer overflow that needs user interaction', { id: 'f', severity: 'medium', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H', cwes: ['CWE-120'] }, undefined],
    ['infers from a 9.8 score when neither vector nor CWE was kept', { id: 'g', severity: 'critical', cvss: 9.8 }, 'cvss-score'],
    ['does not infer from a 9.1 score', { id: 'h', severity: 'critical', cvss: 9.1 }, undefined],
    ['does not infer from the score when the CWE says otherwise', { id: 'i', severity: 'critical', cvss: 9.8, cwes: ['CWE-89'] }, undefined],
  ]
  it.each(cases)('%s', (_title, facts, expected) => {
    expect(rceBasis(facts)).toBe(expected)
  })
})
