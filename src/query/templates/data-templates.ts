/** @module Data and secret templates: public sensitive storage, replication to public copies, open databases, secrets. */
import { defineTemplate } from './define-template.js'

export const DATA_TEMPLATES = [
  defineTemplate({
    id: 'public-storage-sensitive-data',
    title: 'Publicly accessible storage with sensitive data',
    description: 'Buckets, storage accounts and blob containers readable anonymously that hold sensitive data.',
    category: 'data',
    references: ['§1.5 #50', '§1.5 #51', '§1.5 #62', '§2.4', 'issue 7 (public storage with sensitive data)'],
    needs: ['allows-public-access (internet-exposure)', 'contains-sensitive-data (sensitivity)'],
    text: `
MATCH (s:object-storage)
WHERE HAS_INSIGHT(s, 'allows-public-access') AND HAS_INSIGHT(s, 'contains-sensitive-data')
RETURN s`,
  }),
  defineTemplate({
    id: 'public-storage',
    title: 'Publicly accessible storage',
    description: 'Buckets, storage accounts and blob containers that anyone on the internet can read.',
    category: 'data',
    references: ['§3.3 (allows public access)'],
    needs: ['allows-public-access (internet-exposure)'],
    text: `MATCH (s:object-storage) WHERE HAS_INSIGHT(s, 'allows-public-access') RETURN s`,
  }),
  defineTemplate({
    id: 'private-storage-replicates-to-public',
    title: 'Private storage that replicates data to publicly accessible storage',
    description: 'Buckets and storage accounts that are not public themselves but replicate (object replication, S3 replication) into a publicly readable copy.',
    category: 'data',
    references: ['§1.5 #49', '§1.5 #59', '§1.5 #60', 'demo aws-s3-replication-to-public', 'demo azure-blob-replication-to-public'],
    needs: ['allows-public-access (internet-exposure)'],
    text: `
MATCH (s:object-storage)-[:moves-data-to]->(d:object-storage)
WHERE NOT HAS_INSIGHT(s, 'allows-public-access') AND HAS_INSIGHT(d, 'allows-public-access')
RETURN s`,
  }),
  defineTemplate({
    id: 'database-open-to-any-ip-basic-auth',
    title: 'Managed databases open to any IP that allow password authentication',
    description: 'Managed database servers reachable from any address (0.0.0.0/0, firewall 0.0.0.0–255.255.255.255) that accept local user and password sign-in.',
    category: 'data',
    references: ['§1.5 #45', '§1.5 #46', '§1.5 #56', '§1.5 #57'],
    needs: ['exposed-to-internet (internet-exposure)', 'allows-basic-authentication (analysis of database auth settings)'],
    text: `
MATCH (d:managed-database)
WHERE HAS_INSIGHT(d, 'exposed-to-internet', {width: 'wide'}) AND HAS_INSIGHT(d, 'allows-basic-authentication')
RETURN d`,
  }),
  defineTemplate({
    id: 'database-open-to-any-ip',
    title: 'Managed databases reachable from any IP',
    description: 'Managed database servers the internet reaches without an address restriction (excessive exposure).',
    category: 'data',
    references: ['§3.2 (excessively exposed)', 'demo aws-rds-public-password', 'demo azure-postgres-open-password', 'demo gcp-cloudsql-open-any-ip'],
    needs: ['exposed-to-internet (internet-exposure)'],
    text: `MATCH (d:managed-database) WHERE HAS_INSIGHT(d, 'exposed-to-internet', {width: 'wide'}) RETURN d`,
  }),
  defineTemplate({
    id: 'secret-authenticates-to-data-store',
    title: 'Secrets that authenticate to databases or storage',
    description: 'Connection strings, keys and tokens (in code, on disks, in Kubernetes) that can sign in to a managed database or a storage service.',
    category: 'secrets',
    references: ['§2.4 (code repositories containing secrets that can authenticate to managed databases or object storage)', 'issue 7'],
    needs: ['can-authenticate-to (secrets analysis)'],
    text: `MATCH (s:secret)-[:can-authenticate-to]->(:managed-database|object-storage) RETURN s`,
  }),
  defineTemplate({
    id: 'compute-secret-authenticates-to-data-store',
    title: 'VMs and functions holding a plaintext secret that authenticates to a database or storage',
    description: 'Compute with a plaintext credential (on disk, in metadata or environment) that signs in to a managed database or storage account.',
    category: 'secrets',
    references: ['§1.5 #11-14', '§1.5 #26-27', '§2.4 (VM with plaintext secret that can authenticate to a storage account / SQL database)'],
    needs: ['has-plaintext-secret (secrets analysis)', 'can-authenticate-to (secrets analysis)'],
    text: `
MATCH (c:vm|vm-scale-set|function|app-service|container|pod)
WHERE HAS_INSIGHT(c, 'has-plaintext-secret')
  AND (EXISTS { (c)-[:can-authenticate-to]->(:managed-database|object-storage) }
       OR EXISTS { (c)-[:contains]->(:secret)-[:can-authenticate-to]->(:managed-database|object-storage) })
RETURN c`,
  }),
  defineTemplate({
    id: 'compute-plaintext-credential',
    title: 'Compute holding plaintext credentials',
    description: 'VMs, functions, app services and containers with a plaintext credential on disk, in startup metadata or in environment variables.',
    category: 'secrets',
    references: ['§3.3 (secrets found)', 'demo azure-vm-plaintext-secret-on-disk', 'demo cross-account-lambda-env-aws-key'],
    needs: ['has-plaintext-secret (secrets analysis)'],
    text: `MATCH (c:vm|vm-scale-set|function|app-service|container|pod) WHERE HAS_INSIGHT(c, 'has-plaintext-secret') RETURN c`,
  }),
  defineTemplate({
    id: 'compute-secret-authenticates-as-admin',
    title: 'VMs and functions holding a plaintext key that signs in as an administrator',
    description: 'Compute with a plaintext cloud credential that authenticates as an identity with administrator rights, possibly in another cloud or account.',
    category: 'secrets',
    references: ['§1.5 #28', 'demo cross-cloud-gcp-startup-script-aws-key'],
    needs: ['has-plaintext-secret, can-authenticate-to (secrets analysis)', 'has-admin-permissions (permissions analyses)'],
    text: `
MATCH (c:vm|vm-scale-set|function|app-service|container|pod)
WHERE HAS_INSIGHT(c, 'has-plaintext-secret')
  AND (EXISTS { (c)-[:can-authenticate-to]->(i:identity) WHERE HAS_INSIGHT(i, 'has-admin-permissions') }
       OR EXISTS { (c)-[:contains]->(:secret)-[:can-authenticate-to]->(j:identity) WHERE HAS_INSIGHT(j, 'has-admin-permissions') })
RETURN c`,
  }),
]
