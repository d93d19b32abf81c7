/**
 * @module The kinds catalogue (docs/kinds.md): every provider's kinds table, with the Terraform types that map
 * onto each live kind. Rendered by src/docs/render-docs.ts, so the page never drifts from the adapters.
 */
import { AWS_KINDS } from './aws/aws-kinds.js'
import { AZURE_KINDS } from './azure/azure-kinds.js'
import { GCP_KINDS } from './gcp/gcp-kinds.js'
import { KUBERNETES_KINDS } from './kubernetes/kubernetes-kinds.js'
import { SCANNER_KINDS } from './scanner/scanner-kinds.js'
import type { KindTable } from './shared/kind-info.js'
import { MAPPINGS } from './terraform/tf-mapping-table.js'

const PROVIDER_TABLES: readonly { readonly title: string; readonly unmapped: string; readonly kinds: KindTable }[] = [
  { title: 'AWS', unmapped: '`aws.unmapped.<AWS::Service::Type>`', kinds: AWS_KINDS },
  { title: 'Azure', unmapped: '`azure.unmapped.<microsoft.provider/type>`', kinds: AZURE_KINDS },
  { title: 'GCP', unmapped: '`gcp.unmapped.<service.googleapis.com/type>` (lowercased)', kinds: GCP_KINDS },
  { title: 'Kubernetes', unmapped: '`k8s.unmapped.<kind>` (lowercased)', kinds: KUBERNETES_KINDS },
]

/** Terraform types mapped onto each kind (`kubernetes_*` resources go through the Kubernetes mappers). */
function terraformTypesByKind(): Map<string, string[]> {
  const byKind = new Map<string, string[]>()
  for (const [type, mapping] of Object.entries(MAPPINGS)) byKind.set(mapping.kind, [...(byKind.get(mapping.kind) ?? []), type])
  return byKind
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|')
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n')
}

/** The generated page, under `banner`. */
export function kindsPage(banner: string): string {
  const terraform = terraformTypesByKind()
  const sections = PROVIDER_TABLES.flatMap(({ title, unmapped, kinds }) => [
    `## ${title}`,
    '',
    `Types without a mapper are kept as ${unmapped}, family \`other\`, and counted as unmapped by \`skyhound scan --coverage\`.`,
    '',
    table(
      ['kind', 'family', 'what it is', 'Terraform types'],
      Object.entries(kinds).map(([kind, info]) => [`\`${kind}\``, `\`${info.family}\``, info.description, (terraform.get(kind) ?? []).map((t) => `\`${t}\``).join(', ')]),
    ),
    '',
  ])
  const scannerOnly = Object.entries(SCANNER_KINDS).filter(([kind]) => !PROVIDER_TABLES.some((p) => kind in p.kinds))
  return [
    banner,
    '# Node kinds',
    '',
    'Every kind a reader emits, with its family (docs/vocabulary.md) — the tables the coverage report and the',
    'adapters share (`src/providers/<provider>/<provider>-kinds.ts`). Terraform resources map onto the same kinds',
    'as the live exports (last column); scanner reports add stubs that merge into the real image or VM node.',
    '',
    ...sections,
    '## Terraform and scanner reports',
    '',
    table(
      ['kind', 'family', 'what it is'],
      [
        ['`terraform.resource`', '`iac-resource`', 'Terraform resource address (`tf://<file>#<address>`), target of `provisioned-by`'],
        ['`terraform.unmapped.<type>`', '`other`', 'A Terraform type without a mapping'],
        ...scannerOnly.map(([kind, info]) => [`\`${kind}\``, `\`${info.family}\``, info.description]),
      ],
    ),
    '',
  ].join('\n')
}
