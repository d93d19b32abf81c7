import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectInputs } from './collect-inputs.js'

async function folder(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'skyhound-collect-'))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true })
    await writeFile(join(root, path), content)
  }
  return root
}

describe('collect-inputs', () => {
  it('expands folders in name order, skipping dot-files and .skyhoundignore patterns', async () => {
    const root = await folder({
      'b/two.json': '{}',
      'a/one.json': '{}',
      '.hidden.json': '{}',
      'expected.json': '{}',
      'notes/readme.md': '',
      '.skyhoundignore': '# ground truth\nexpected.json\nnotes/**\n',
    })
    const files = await collectInputs([root])
    expect(files.map((f) => f.path.slice(root.length + 1))).toEqual(['a/one.json', 'b/two.json'])
  })

  it('applies per-input options from .skyhound-inputs.json, first match wins', async () => {
    const root = await folder({
      'k8s/prod/pods.json': '{}',
      'k8s/dev/pods.json': '{}',
      'aws/config.json': '{}',
      '.skyhound-inputs.json': JSON.stringify({
        inputs: [
          { match: 'k8s/prod/**', clusterId: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod' },
          { match: 'k8s/**', clusterId: 'gke_demo-proj_europe-west1_dev' },
        ],
      }),
    })
    const byPath = Object.fromEntries((await collectInputs([root])).map((f) => [f.path.slice(root.length + 1), f.options?.clusterId]))
    expect(byPath).toEqual({
      'aws/config.json': undefined,
      'k8s/dev/pods.json': 'gke_demo-proj_europe-west1_dev',
      'k8s/prod/pods.json': 'arn:aws:eks:eu-west-1:111122223333:cluster/prod',
    })
  })

  it('names the file and entry of a malformed .skyhound-inputs.json', async () => {
    const root = await folder({ 'x.json': '{}', '.skyhound-inputs.json': '{"inputs": [{"clusterId": "c"}]}' })
    await expect(collectInputs([root])).rejects.toThrow(/\.skyhound-inputs\.json: inputs\[0\] has no "match" glob/)
  })

  it('fails with the path when an input does not exist', async () => {
    await expect(collectInputs(['/nonexistent/skyhound'])).rejects.toThrow(/\/nonexistent\/skyhound does not exist/)
  })
})
