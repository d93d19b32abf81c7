/** @module Every mapped Terraform type, one data file per cloud (kubernetes_* go through the Kubernetes mappers). */
import { AWS_RESOURCES } from './aws-resources.js'
import { AZURE_RESOURCES } from './azure-resources.js'
import { GCP_RESOURCES } from './gcp-resources.js'
import type { TfMapping } from './tf-mapping.js'

export const MAPPINGS: Readonly<Record<string, TfMapping>> = { ...AWS_RESOURCES, ...AZURE_RESOURCES, ...GCP_RESOURCES }
