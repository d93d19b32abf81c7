import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderGeneratedDocs } from '../../src/docs/render-docs.js'

describe('generated docs', () => {
  for (const [path, content] of Object.entries(renderGeneratedDocs())) {
    it(`${path} is up to date (run \`npm run gen:docs\` to refresh)`, async () => {
      expect(await readFile(path, 'utf8')).toBe(content)
    })
  }
})
