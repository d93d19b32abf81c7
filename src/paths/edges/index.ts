/** @module The built-in attack edges, in catalogue order (entries first): the order breaks ties between two moves on one pair. */
import type { AttackEdge } from '../attack-edge.js'
import { ADMINISTER_ACCOUNT } from './administer-account.js'
import { ADMINISTER_CLUSTER } from './administer-cluster.js'
import { ASSUME_ROLE } from './assume-role.js'
import { ESCALATE_PRIVILEGES } from './escalate-privileges.js'
import { ESCAPE_TO_NODE } from './escape-to-node.js'
import { EXPLOIT_EXPOSED_WORKLOAD } from './exploit-exposed-workload.js'
import { EXTERNAL_TRUST } from './external-trust.js'
import { GROUP_MEMBERSHIP } from './group-membership.js'
import { HOSTED_DATABASE } from './hosted-database.js'
import { IMPERSONATE_IDENTITY } from './impersonate-identity.js'
import { K8S_TOKEN_THEFT } from './k8s-token-theft.js'
import { OPEN_DATABASE_LOGIN } from './open-database-login.js'
import { PASS_ROLE } from './pass-role.js'
import { PRIVATE_DATA_REPLICATED } from './private-data-replicated.js'
import { PUBLIC_DATA_ACCESS } from './public-data-access.js'
import { READ_DATA } from './read-data.js'
import { READ_SECRETS } from './read-secrets.js'
import { REPLICATE_TO_PUBLIC_COPY } from './replicate-to-public-copy.js'
import { SECRET_IN_STORE } from './secret-in-store.js'
import { USE_NODE_IDENTITY } from './use-node-identity.js'
import { USE_PLAINTEXT_SECRET } from './use-plaintext-secret.js'
import { USE_SERVICE_ACCOUNT_TOKEN } from './use-service-account-token.js'
import { USE_WORKLOAD_IDENTITY } from './use-workload-identity.js'
import { WORKLOAD_IDENTITY_FEDERATION } from './workload-identity-federation.js'
import { WRITE_DATA } from './write-data.js'

export const ATTACK_EDGES: readonly AttackEdge[] = [
  EXPLOIT_EXPOSED_WORKLOAD,
  PUBLIC_DATA_ACCESS,
  OPEN_DATABASE_LOGIN,
  EXTERNAL_TRUST,
  PRIVATE_DATA_REPLICATED,
  USE_WORKLOAD_IDENTITY,
  USE_SERVICE_ACCOUNT_TOKEN,
  ESCAPE_TO_NODE,
  USE_NODE_IDENTITY,
  WORKLOAD_IDENTITY_FEDERATION,
  K8S_TOKEN_THEFT,
  ASSUME_ROLE,
  IMPERSONATE_IDENTITY,
  PASS_ROLE,
  ESCALATE_PRIVILEGES,
  GROUP_MEMBERSHIP,
  USE_PLAINTEXT_SECRET,
  SECRET_IN_STORE,
  HOSTED_DATABASE,
  REPLICATE_TO_PUBLIC_COPY,
  ADMINISTER_ACCOUNT,
  ADMINISTER_CLUSTER,
  READ_SECRETS,
  READ_DATA,
  WRITE_DATA,
]
