/** @module VM, container and serverless templates (§1.5 VM families, containers, serverless containers, AI). */
import { defineTemplate } from './define-template.js'

const EXPOSED_VULNERABLE = (v: string): string =>
  `HAS_INSIGHT(${v}, 'exposed-to-internet') AND (HAS_INSIGHT(${v}, 'has-high-severity-vulnerabilities') OR HAS_INSIGHT(${v}, 'vulnerable-to-rce'))`

/** Compute → its identity (EC2 → instance profile → role takes two hops). */
const IDENTITY_OF = (v: string): string => `(${v})-[:can-authenticate-as*1..2]->`

export const COMPUTE_TEMPLATES = [
  defineTemplate({
    id: 'vm-exposed-rce',
    title: 'Internet exposed VMs with remote code execution vulnerabilities',
    description: 'Virtual machines and scale sets reachable from the internet whose software has a remotely exploitable vulnerability.',
    category: 'compute',
    references: ['§1.5 #1', '§1.5 #20', '§1.5 #29', 'issue 7 (exposed VMs with RCE vulnerabilities)'],
    needs: ['exposed-to-internet (internet-exposure)', 'vulnerable-to-rce (vulnerabilities; the scanner props answer without it)'],
    text: `
MATCH (v:vm|vm-scale-set)
WHERE HAS_INSIGHT(v, 'exposed-to-internet') AND (HAS_INSIGHT(v, 'vulnerable-to-rce') OR HAS_VULNERABILITY(v, {rce: true}))
RETURN v`,
  }),
  defineTemplate({
    id: 'vm-ssh-rdp-open-to-internet',
    title: 'VMs with SSH or RDP open to any IP',
    description: 'Virtual machines widely exposed (0.0.0.0/0, *, Internet) on port 22 or 3389.',
    category: 'compute',
    references: ['§1.5 exposure-width variants', 'demo aws-ec2-narrow-exposure (narrow, not listed)'],
    needs: ['exposed-to-internet with ports and width (internet-exposure)'],
    text: `MATCH (v:vm|vm-scale-set) WHERE HAS_INSIGHT(v, 'exposed-to-internet', {port: [22, 3389], width: 'wide'}) RETURN v`,
  }),
  defineTemplate({
    id: 'vm-exposed-vulnerable-high-permission-account',
    title: 'Internet exposed vulnerable VMs with high permission to an account, subscription or project',
    description:
      'Exposed VMs with high-severity or RCE vulnerabilities whose identity is an administrator or may write at account, ' +
      'subscription or project scope: one exploit away from taking the scope over.',
    category: 'compute',
    references: ['§1.5 #2', '§1.5 #15', '§1.5 #32'],
    needs: ['has-permission-to with level, has-admin-permissions (permissions analyses)', 'exposed-to-internet', 'vulnerabilities'],
    text: `
MATCH (v:vm|vm-scale-set)
WHERE ${EXPOSED_VULNERABLE('v')}
  AND EXISTS { ${IDENTITY_OF('v')}(i:identity)
               WHERE HAS_INSIGHT(i, 'has-admin-permissions')
                  OR EXISTS { (i)-[p:has-permission-to]->(:account) WHERE p.level IN ['write', 'admin'] } }
RETURN v`,
  }),
  defineTemplate({
    id: 'vm-exposed-vulnerable-read-secret-store',
    title: 'Internet exposed vulnerable VMs whose identity can read a key vault, secret manager or KMS key',
    description: 'Exposed VMs with high-severity or RCE vulnerabilities whose identity has permissions on a secret store, a secret or an encryption key.',
    category: 'compute',
    references: ['§1.5 #5', '§1.5 #19', '§1.5 #33', 'demo azure-vm-exposed-rce-keyvault'],
    needs: ['has-permission-to (permissions analyses)', 'exposed-to-internet', 'vulnerabilities'],
    text: `
MATCH (v:vm|vm-scale-set)
WHERE ${EXPOSED_VULNERABLE('v')}
  AND EXISTS { ${IDENTITY_OF('v')}(:identity)-[:has-permission-to]->(:secret-store|secret|kms-key) }
RETURN v`,
  }),
  defineTemplate({
    id: 'vm-exposed-vulnerable-read-sensitive-data',
    title: 'Internet exposed vulnerable VMs whose identity can read a data store with sensitive data',
    description: 'Exposed VMs with high-severity or RCE vulnerabilities whose identity may read a bucket, storage account or database holding sensitive data.',
    category: 'compute',
    references: ['§1.5 #3', '§1.5 #18', '§1.5 #31', 'demo aws-ec2-exposed-rce-sensitive-bucket', 'demo gcp-vm-exposed-rce-sensitive-bucket'],
    needs: ['contains-sensitive-data (sensitivity)', 'has-permission-to (permissions analyses)', 'exposed-to-internet', 'vulnerabilities'],
    text: `
MATCH (v:vm|vm-scale-set)
WHERE ${EXPOSED_VULNERABLE('v')}
  AND EXISTS { ${IDENTITY_OF('v')}(:identity)-[:can-assume*0..2]->(:identity)-[:has-permission-to]->(d:object-storage|managed-database)
               WHERE HAS_INSIGHT(d, 'contains-sensitive-data') }
RETURN v`,
  }),
  defineTemplate({
    id: 'vm-exposed-vulnerable-role-chain-admin',
    title: 'Internet exposed vulnerable VMs that reach an administrator through a chain of role assumptions',
    description: 'Exposed vulnerable VMs whose identity can assume, directly or through up to four hops (cross-account too), an identity with administrator rights.',
    category: 'compute',
    references: ['§1.5 #15 (lateral)', 'demo aws-iam-role-chain-cross-account'],
    needs: ['can-assume, has-admin-permissions (permissions analyses)', 'exposed-to-internet', 'vulnerabilities'],
    text: `
MATCH (v:vm|vm-scale-set)
WHERE ${EXPOSED_VULNERABLE('v')}
  AND EXISTS { ${IDENTITY_OF('v')}(:identity)-[:can-assume*1..4]->(a:identity) WHERE HAS_INSIGHT(a, 'has-admin-permissions') }
RETURN v`,
  }),
  defineTemplate({
    id: 'exposed-workload-rce-image',
    title: 'Internet exposed pods and serverless containers running images with RCE vulnerabilities',
    description: 'Pods, container apps and functions reachable from the internet whose container image has a remotely exploitable vulnerability.',
    category: 'containers',
    references: ['§1.5 #63', '§1.5 serverless-containers family', 'demo k8s-exposed-pod-rce-eks', 'demo serverless-container-app-exposed'],
    needs: ['exposed-to-internet (internet-exposure)', 'vulnerable-to-rce (vulnerabilities; the scanner props answer without it)'],
    text: `
MATCH (w:pod|function|app-service)-[:is-running]->(i:container-image)
WHERE HAS_INSIGHT(w, 'exposed-to-internet') AND (HAS_INSIGHT(i, 'vulnerable-to-rce') OR HAS_VULNERABILITY(i, {rce: true}))
RETURN w`,
  }),
  defineTemplate({
    id: 'workloads-images-critical-cves',
    title: 'Workloads running container images with critical vulnerabilities',
    description: 'Pods, containers, controllers, container apps and functions whose image has at least one critical CVE.',
    category: 'containers',
    references: ['§2.4 (containers created by images with vulnerabilities)', 'issue 7 (containers from images with critical CVEs)'],
    needs: ['scanner reports joined to the running images'],
    text: `
MATCH (w:pod|container|k8s-workload|function|app-service)-[:is-running]->(i:container-image)
WHERE HAS_VULNERABILITY(i, {severity: 'critical'})
RETURN w`,
  }),
  defineTemplate({
    id: 'running-images-rce',
    title: 'Running container images with remote code execution vulnerabilities',
    description: 'Images with a remotely exploitable vulnerability that at least one pod, controller, container app or function runs.',
    category: 'containers',
    references: ['§2.4 (container images with vulnerabilities)'],
    needs: ['scanner reports'],
    text: `
MATCH (i:container-image)<-[:is-running]-(:pod|k8s-workload|function|app-service)
WHERE HAS_VULNERABILITY(i, {rce: true})
RETURN i`,
  }),
  defineTemplate({
    id: 'exposed-vm-reaches-ai-service',
    title: 'Internet exposed vulnerable VMs whose identity can call an AI service',
    description: 'Exposed VMs with high-severity or RCE vulnerabilities whose identity has permissions on an Azure OpenAI or Cognitive Services account.',
    category: 'compute',
    references: ['§1.5 AI family', 'demo ai-vm-to-openai'],
    needs: ['has-permission-to (permissions analyses)', 'exposed-to-internet', 'vulnerabilities'],
    text: `
MATCH (v:vm|vm-scale-set)
WHERE ${EXPOSED_VULNERABLE('v')}
  AND EXISTS { ${IDENTITY_OF('v')}(:identity)-[:has-permission-to]->(:\`azure.unmapped.microsoft.cognitiveservices/accounts\`) }
RETURN v`,
  }),
]
