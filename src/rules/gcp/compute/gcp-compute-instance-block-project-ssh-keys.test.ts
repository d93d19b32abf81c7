import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceBlockProjectSshKeys } from './gcp-compute-instance-block-project-ssh-keys.js'
import { INSTANCE } from './instance-fixture.js'

const keyed = withProps(INSTANCE, { osLoginEnabled: undefined })

describe('gcp-compute-instance-block-project-ssh-keys', () => {
  it('is healthy when block-project-ssh-keys is TRUE', () => {
    expect(evaluateRule(gcpComputeInstanceBlockProjectSshKeys, keyed).status).toBe('healthy')
  })
  it('is unhealthy when project keys are accepted', () => {
    expect(evaluateRule(gcpComputeInstanceBlockProjectSshKeys, withProps(keyed, { blockProjectSshKeys: undefined }))).toMatchObject({ status: 'unhealthy', message: 'instance `app-1` accepts project-wide SSH keys (no block-project-ssh-keys)' })
  })
  it('is not applicable under OS Login', () => {
    expect(evaluateRule(gcpComputeInstanceBlockProjectSshKeys, withProps(INSTANCE, { blockProjectSshKeys: false })).status).toBe('not-applicable')
  })
  it('is unknown when the metadata was not read', () => {
    expect(evaluateRule(gcpComputeInstanceBlockProjectSshKeys, withProps(keyed, { metadataKeys: undefined })).status).toBe('unknown')
  })
})
