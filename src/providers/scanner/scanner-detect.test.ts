import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { detectFixture } from '../../../test/helpers/read-fixture.js'

const fixture = (path: string): string => fileURLToPath(new URL(path, import.meta.url))

describe('scanner-detect', () => {
  it('claims each report shape for its own format', async () => {
    const expected: Record<string, string> = {
      'trivy-image.json': 'trivy-json', 'trivy-legacy.json': 'trivy-json', 'trivy-k8s.json': 'trivy-json', 'trivy-k8s-old.json': 'trivy-json',
      'trivy-truncated.json': 'trivy-json', 'trivy-operator-reports.json': 'trivy-operator', 'grype.json': 'grype-json',
      'multi-tool.sarif': 'sarif', 'grype.sarif': 'sarif', 'no-runs.sarif': 'sarif',
    }
    for (const [name, id] of Object.entries(expected)) expect((await detectFixture(fixture(`./__fixtures__/${name}`)))?.id, name).toBe(id)
  })

  it('leaves Kubernetes, Terraform, ARG and CAI files to their own adapters', async () => {
    for (const path of ['../kubernetes/__fixtures__/list-mixed.json', '../kubernetes/__fixtures__/list.yaml', '../kubernetes/__fixtures__/arg-result.json',
      '../kubernetes/__fixtures__/cai-assets.json', '../terraform/__fixtures__/plan.json', '../terraform/__fixtures__/raw.tfstate']) {
      expect((await detectFixture(fixture(path)))?.provider, path).not.toBe('scanner')
    }
  })
})
