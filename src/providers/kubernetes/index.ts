/** @module Input formats read by the kubernetes provider. */
import type { FormatAdapter } from '../../formats/format-adapter.js'
import { kubernetesListFormat } from './kubernetes-list-format.js'
import { kubernetesManifestFormat } from './kubernetes-manifest-format.js'

export { KUBERNETES_KINDS } from './kubernetes-kinds.js'

export const KUBERNETES_FORMATS: readonly FormatAdapter[] = [kubernetesListFormat, kubernetesManifestFormat]
