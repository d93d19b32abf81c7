/** @module Plain Kubernetes manifests: multi-document YAML, one JSON object or a JSON array of objects. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { detectK8sManifest } from './k8s-detect.js'
import { K8sReadSession } from './k8s-read-session.js'
import { readYamlDocuments } from './k8s-yaml.js'

async function readManifest(ctx: ReadContext): Promise<void> {
  const session = new K8sReadSession(ctx)
  const { text } = await ctx.file.head(4096)
  if (!/^\s*(\ufeff)?\s*[[{]/.test(text)) {
    await readYamlDocuments(ctx, session)
    return
  }
  const value = await ctx.file.json()
  if (Array.isArray(value)) value.forEach((item, i) => session.object(item, `[${i}]`))
  else session.object(value, 'object')
}

export const kubernetesManifestFormat: FormatAdapter = {
  id: 'kubernetes-manifest',
  provider: 'kubernetes',
  title: 'Kubernetes manifests (YAML documents or JSON objects)',
  detect: detectK8sManifest,
  read: readManifest,
}
