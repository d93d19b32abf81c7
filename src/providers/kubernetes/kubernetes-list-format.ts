/** @module `kubectl get … -A -o json|yaml` Lists (`List` or typed `*List`), streamed item by item. */
import type { FormatAdapter, ReadContext } from '../../formats/format-adapter.js'
import { detectK8sList } from './k8s-detect.js'
import { K8sReadSession, listDefaults } from './k8s-read-session.js'
import { readYamlDocuments } from './k8s-yaml.js'

/** The list's own kind/apiVersion from the text before `items` (typed lists name their items there). */
function envelopeOf(head: string): { kind?: string; apiVersion?: string } {
  const before = head.slice(0, Math.max(0, head.indexOf('"items"')))
  const kind = /"kind"\s*:\s*"([^"]+)"/.exec(before)?.[1]
  const apiVersion = /"apiVersion"\s*:\s*"([^"]+)"/.exec(before)?.[1]
  return { ...(kind === undefined ? {} : { kind }), ...(apiVersion === undefined ? {} : { apiVersion }) }
}

async function readList(ctx: ReadContext): Promise<void> {
  const session = new K8sReadSession(ctx)
  const { text } = await ctx.file.head(64 * 1024)
  if (!/^\s*(\ufeff)?\s*\{/.test(text)) {
    await readYamlDocuments(ctx, session)
    return
  }
  const envelope = envelopeOf(text)
  const defaults = listDefaults(envelope.kind, envelope.apiVersion)
  for await (const { index, value } of ctx.file.streamArray(['items'])) {
    session.object(value, `items[${index}]`, defaults)
  }
}

export const kubernetesListFormat: FormatAdapter = {
  id: 'kubernetes-list',
  provider: 'kubernetes',
  title: 'Kubernetes kubectl get -o json/yaml List',
  detect: detectK8sList,
  read: readList,
}
