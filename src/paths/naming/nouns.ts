/** @module The words titles use for entries and targets, in the reference catalogue's vocabulary. */
import type { GraphView } from '../../graph/graph-view.js'
import type { PathShape, ShapeNode } from './path-shape.js'

const ENTRY_NOUNS: Readonly<Record<string, string>> = {
  'aws.ec2.instance': 'EC2 instance',
  'azure.compute.virtualmachine': 'VM',
  'gcp.compute.instance': 'VM instance',
  'k8s.pod': 'Kubernetes pod',
  'azure.app.containerapp': 'container app',
  'aws.lambda.function': 'Lambda function',
  'gcp.run.service': 'Cloud Run service',
}

const FAMILY_NOUNS: Readonly<Record<string, string>> = {
  vm: 'VM',
  'vm-scale-set': 'VM scale set',
  function: 'function',
  'app-service': 'app service',
  container: 'container',
  pod: 'Kubernetes pod',
  'managed-database': 'managed database',
  'object-storage': 'data store',
  identity: 'identity',
}

const CLOUD_NAMES: Readonly<Record<string, string>> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP', kubernetes: 'Kubernetes' }

export const cloudName = (provider: string): string => CLOUD_NAMES[provider] ?? provider

export function entryNoun(node: ShapeNode): string {
  return ENTRY_NOUNS[node.kind] ?? FAMILY_NOUNS[node.family] ?? node.kind
}

/** `an account`, `a subscription`, `a project` (the catalogue's "high permission to …"). */
export function accountPhrase(node: ShapeNode): string {
  if (node.kind.includes('managementgroup')) return 'a management group'
  if (node.kind.includes('organization')) return 'an organization'
  if (node.kind.includes('folder')) return 'a folder'
  if (node.provider === 'azure') return 'a subscription'
  if (node.provider === 'gcp') return 'a project'
  return 'an account'
}

/** `account`, `subscription`, `project`. */
export const accountWord = (node: ShapeNode): string => accountPhrase(node).replace(/^an? /, '')

const isAi = (kind: string): boolean => /cognitiveservices|openai|aiplatform|bedrock|sagemaker|machinelearning/.test(kind)

/** The target of a permission, as the catalogue words it ("read permission to a S3 bucket with sensitive data"). */
export function dataTargetPhrase(shape: PathShape): string {
  const t = shape.target
  const sensitive = shape.sensitiveTarget ? ' with sensitive data' : ''
  if (t.kind === 'azure.keyvault.vault') return 'a Key Vault'
  if (t.family === 'kms-key') return 'a KMS'
  if (t.kind.includes('secretmanager')) return 'a Secret Manager'
  if (t.kind === 'k8s.secret') return 'a Kubernetes secret'
  if (t.family === 'secret-store' || t.family === 'secret') return 'a secret store'
  if (t.kind === 'aws.s3.bucket') return shape.sensitiveTarget ? 'a S3 bucket with sensitive data' : 'S3 bucket'
  if (t.provider === 'aws' && t.family === 'managed-database') return `a DB${sensitive}`
  if (isAi(t.kind)) return `${cloudName(t.provider)} AI service${sensitive}`
  if (t.family === 'k8s-cluster') return 'a Kubernetes cluster'
  return `a data store${sensitive}`
}

export function aiServicePhrase(node: ShapeNode): string | undefined {
  if (!isAi(node.kind)) return undefined
  if (node.kind.includes('cognitiveservices') || node.kind.includes('openai')) return 'an Azure OpenAI deployment'
  if (node.kind.includes('aiplatform')) return 'a Vertex AI endpoint'
  if (node.kind.includes('bedrock')) return 'an Amazon Bedrock model'
  return 'an AI service'
}

export function hasInsight(graph: GraphView, node: number, id: string): boolean {
  return graph.nodeInsights(node).some((insight) => insight.id === id)
}
