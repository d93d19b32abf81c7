import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodReadOnlyRootFilesystem } from './k8s-pod-read-only-root-filesystem.js'
import { POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-read-only-root-filesystem', () => {
  it('is healthy when every container has a read-only root file system', () => {
    expect(evaluateRule(k8sPodReadOnlyRootFilesystem, POD).status).toBe('healthy')
  })
  it('is unhealthy when a container leaves its root file system writable', () => {
    const pod = withSpec(POD, { containers: [container(), container({ name: 'worker', readOnlyRootFilesystem: undefined })] })
    expect(evaluateRule(k8sPodReadOnlyRootFilesystem, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` runs worker with a writable root file system' })
  })
  it('is unknown without containers', () => {
    expect(evaluateRule(k8sPodReadOnlyRootFilesystem, withSpec(POD, { containers: [] })).status).toBe('unknown')
  })
})
