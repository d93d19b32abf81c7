/** `npm run gen:docs`: writes the generated pages of docs/ (a meta-test fails when they are stale). */
import { writeFile } from 'node:fs/promises'
import { renderGeneratedDocs } from '../src/docs/render-docs.js'

for (const [path, content] of Object.entries(renderGeneratedDocs())) {
  await writeFile(path, content)
  console.log(`wrote ${path}`)
}
