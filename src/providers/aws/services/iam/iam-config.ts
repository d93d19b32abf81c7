/** @module AWS Config IAM items (camelCase, URL-encoded documents) through the shared IAM mappers. */
import { parseArn } from '../../core/arn.js'
import type { ConfigMapper } from '../../config/config-mapper.js'
import { defaultGroupArn, mapIamGroup, mapIamRole, mapIamUser } from './iam-identity.js'
import { mapManagedPolicy } from './iam-policy.js'

export const mapConfigIamUser: ConfigMapper = (ci) => {
  const partition = parseArn(ci.arn)?.partition
  return mapIamUser(ci.configuration, ci, (name) => defaultGroupArn(ci.accountId, name, partition))
}

export const mapConfigIamGroup: ConfigMapper = (ci) => mapIamGroup(ci.configuration, ci)
export const mapConfigIamRole: ConfigMapper = (ci) => mapIamRole(ci.configuration, ci)
export const mapConfigIamPolicy: ConfigMapper = (ci) => mapManagedPolicy(ci.configuration, ci.arn)
