/**
 * @module Privilege escalation (data/aws-escalation-methods.ts), each method evaluated with the real
 * evaluator on its real target: methods that let a principal grant itself anything become an admin
 * `has-permission-to` edge to the account (and `has-admin-permissions`) — only when its permissions
 * boundary and SCPs would let admin through —, methods that let it act as another identity become
 * `can-assume` edges. Principals already account admin are skipped (nothing to escalate to), and
 * principals that reach admin by a method get no further can-assume methods (they can do anything).
 */
import type { Evidence } from '../../model/graph-types.js'
import { adminCheck } from './admin.js'
import type { AdminResult } from './admin.js'
import type { AnalysisContext } from './context.js'
import { accountNode, decide } from './context.js'
import { AWS_ESCALATION_METHODS, escalationMethod } from './data/aws-escalation-methods.js'
import type { EscalationMethod } from './data/aws-escalation-methods.js'
import type { IamGroup, Principal } from './model/iam-index.js'
import { versionStatements } from './model/iam-index.js'
import { propString, propStrings } from './model/props.js'
import type { ResourceEntry } from './model/resource-index.js'
import type { Decision } from './policy/evaluate.js'
import { normalizePolicy } from './policy/normalize-policy.js'
import { StatementSet } from './policy/statement-set.js'
import { decisionEvidence } from './output/evidence.js'
import type { AssumptionResult } from './role-assumption.js'

const ALLOW_ALL = new StatementSet(
  normalizePolicy({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }, { id: 'skyhound:any-policy', name: 'any policy the attacker writes', kind: 'builtin' }).statements,
)

const PASS_ROLE_METHODS = AWS_ESCALATION_METHODS.filter((m) => m.target === 'service-role')
const M = {
  createPolicyVersion: escalationMethod('iam-create-policy-version'),
  setDefaultPolicyVersion: escalationMethod('iam-set-default-policy-version'),
  attachUserPolicy: escalationMethod('iam-attach-user-policy'),
  putUserPolicy: escalationMethod('iam-put-user-policy'),
  attachGroupPolicy: escalationMethod('iam-attach-group-policy'),
  putGroupPolicy: escalationMethod('iam-put-group-policy'),
  attachRolePolicy: escalationMethod('iam-attach-role-policy'),
  putRolePolicy: escalationMethod('iam-put-role-policy'),
  attachRolePolicyAssume: escalationMethod('iam-attach-role-policy-assume'),
  putRolePolicyAssume: escalationMethod('iam-put-role-policy-assume'),
  deleteUserBoundary: escalationMethod('iam-delete-user-permissions-boundary'),
  deleteRoleBoundary: escalationMethod('iam-delete-role-permissions-boundary'),
  addUserToGroup: escalationMethod('iam-add-user-to-group'),
  createAccessKey: escalationMethod('iam-create-access-key'),
  createLoginProfile: escalationMethod('iam-create-login-profile'),
  updateLoginProfile: escalationMethod('iam-update-login-profile'),
  updateAssumeRolePolicy: escalationMethod('iam-update-assume-role-policy'),
  updateFunctionCode: escalationMethod('lambda-update-function-code'),
  updateFunctionConfiguration: escalationMethod('lambda-update-function-configuration'),
  sendCommand: escalationMethod('ssm-send-command'),
  startSession: escalationMethod('ssm-start-session'),
  instanceConnect: escalationMethod('ec2-instance-connect'),
  modifyUserData: escalationMethod('ec2-modify-user-data'),
} as const

/**
 * "Some resource of the action's service in the principal's account", so a statement on another
 * service's resources (a Deny with NotResource on one bucket…) is not mistaken for one on these.
 */
function probeArn(action: string, p: Principal): string {
  const service = action.slice(0, action.indexOf(':')).toLowerCase()
  const partition = p.id.split(':')[1] ?? 'aws'
  if (service === 's3') return `arn:${partition}:s3:::*`
  if (service === 'iam' || service === 'sts') return `arn:${partition}:${service}::${p.account}:*`
  return `arn:${partition}:${service}:*:${p.account}:*`
}

/** Literal prefixes of the role ARNs the principal's PassRole grants name; undefined when they can name any role. */
function passRolePrefixes(p: Principal): string[] | undefined {
  const prefixes: string[] = []
  for (const s of p.identity.forAction('iam:PassRole')) {
    if (s.effect !== 'Allow') continue
    if (s.resource.negated) return undefined
    for (const glob of s.resource.globs) {
      const cut = glob.source.search(/[*?$]/)
      if (cut === 0) return undefined
      prefixes.push(cut < 0 ? glob.source : glob.source.slice(0, cut))
    }
  }
  return prefixes
}

const allowsAny = (p: Principal, action: string): boolean => p.identity.forAction(action).some((s) => s.effect === 'Allow')

export class Escalation {
  private readonly escalatedAdmins = new Set<number>()
  private readonly ceilings = new Map<number, AdminResult>()

  constructor(
    private readonly ctx: AnalysisContext,
    private readonly assumption: AssumptionResult,
  ) {}

  isEscalatedAdmin(p: Principal): boolean {
    return this.escalatedAdmins.has(p.index)
  }

  /** Whether anything the principal granted itself would make it admin (boundary and SCPs allow admin). */
  private ceiling(p: Principal): AdminResult {
    let result = this.ceilings.get(p.index)
    if (result === undefined) {
      result = adminCheck(this.ctx, p, { identity: ALLOW_ALL })
      this.ceilings.set(p.index, result)
    }
    return result
  }

  private can(p: Principal, action: string, resource: string, account = p.account): Decision {
    return decide(this.ctx, p, action, resource, { resourceAccount: account })
  }

  private admin(p: Principal, method: EscalationMethod, decisions: readonly Decision[], notes: readonly string[], account = p.account, extraCaveats: readonly string[] = []): void {
    const target = accountNode(this.ctx, account)
    const evidence: Evidence[] = [...decisions.flatMap((d) => decisionEvidence(d.allowedBy)), ...notes.map((detail) => ({ source: p.id, detail }))]
    const caveats = [...decisions.flatMap((d) => d.caveats), ...extraCaveats, ...p.gaps]
    if (target !== undefined) {
      this.ctx.out.edge('has-permission-to', p.id, target, { level: 'admin', actions: method.actions, method: method.method, via: decisions[0]?.allowedBy[0]?.policy.id ?? p.id, caveats, evidence })
    }
    this.ctx.out.insight(p.id, 'has-admin-permissions', { scope: `aws://accounts/${account}` }, { method: method.method, caveats, evidence })
    if (account === p.account) this.escalatedAdmins.add(p.index)
  }

  private assume(p: Principal, target: Principal, method: EscalationMethod, decisions: readonly Decision[], notes: readonly string[], extraCaveats: readonly string[] = []): void {
    this.ctx.out.edge('can-assume', p.id, target.id, {
      method: method.method,
      caveats: [...decisions.flatMap((d) => d.caveats), ...extraCaveats, ...p.gaps],
      evidence: [...decisions.flatMap((d) => decisionEvidence(d.allowedBy)), ...notes.map((detail) => ({ source: target.id, detail }))],
    })
  }

  /** Self-escalation to admin: policy versions, own policies, own groups, assumable roles, boundary removal, groups. */
  deriveAdminMethods(p: Principal): void {
    if (!p.identity.allowsService('iam')) return
    const ceiling = this.ceiling(p)
    if (ceiling.admin) {
      this.policyVersionMethods(p, ceiling)
      const self = p.type === 'user' ? [M.attachUserPolicy, M.putUserPolicy] : [M.attachRolePolicy, M.putRolePolicy]
      for (const method of self) {
        const d = this.can(p, method.actions[0]!, p.id)
        if (d.decision === 'allow') this.admin(p, method, [d], [`${method.actions[0]!} on itself`], p.account, ceiling.caveats)
      }
      for (const group of p.groups) {
        for (const method of [M.attachGroupPolicy, M.putGroupPolicy]) {
          const d = this.can(p, method.actions[0]!, group.id)
          if (d.decision === 'allow') this.admin(p, method, [d], [`${p.name} is a member of group ${group.name}`], p.account, ceiling.caveats)
        }
      }
      if (p.type === 'user' && allowsAny(p, 'iam:AddUserToGroup')) this.addUserToGroup(p)
    }
    if (p.boundary !== undefined) {
      const method = p.type === 'user' ? M.deleteUserBoundary : M.deleteRoleBoundary
      const d = this.can(p, method.actions[0]!, p.id)
      if (d.decision === 'allow') {
        const unbounded = adminCheck(this.ctx, p, { withoutBoundary: true })
        if (unbounded.admin) this.admin(p, method, [d], [`without its boundary ${p.boundaryArn ?? ''} its identity policies grant account admin`], p.account, unbounded.caveats)
      }
    }
    for (const role of this.assumption.assumable.get(p.index) ?? []) {
      const roleCeiling = this.ceiling(role)
      if (!roleCeiling.admin) continue
      for (const method of [M.attachRolePolicyAssume, M.putRolePolicyAssume]) {
        const d = this.can(p, method.actions[0]!, role.id, role.account)
        if (d.decision === 'allow') this.admin(p, method, [d], [`${p.name} can assume ${role.id}`], role.account, roleCeiling.caveats)
      }
    }
  }

  private policyVersionMethods(p: Principal, ceiling: AdminResult): void {
    const holders = new Map<string, string>()
    for (const arn of p.attachedPolicyArns) holders.set(arn, p.name)
    for (const g of p.groups) for (const arn of g.attachedPolicyArns) if (!holders.has(arn)) holders.set(arn, `group ${g.name}`)
    for (const [arn, holder] of [...holders].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const policy = this.ctx.iam.policies.get(arn)
      if (policy === undefined || !policy.customer) continue
      const note = `${arn} is attached to ${holder}`
      const create = this.can(p, 'iam:CreatePolicyVersion', arn)
      if (create.decision === 'allow') this.admin(p, M.createPolicyVersion, [create], [note], p.account, ceiling.caveats)
      const setDefault = this.can(p, 'iam:SetDefaultPolicyVersion', arn)
      if (setDefault.decision !== 'allow') continue
      for (const version of policy.versions) {
        if (version.isDefault) continue
        const statements = [...p.identity.all.filter((s) => s.policy.id !== arn), ...versionStatements(policy, version)]
        const result = adminCheck(this.ctx, p, { identity: new StatementSet(statements) })
        if (!result.admin) continue
        this.admin(p, M.setDefaultPolicyVersion, [setDefault], [note, `version ${version.versionId} of ${arn} grants account admin`], p.account, result.caveats)
        break
      }
    }
  }

  private addUserToGroup(p: Principal): void {
    const mine = new Set(p.groups.map((g) => g.index))
    for (const group of this.ctx.iam.groupsByAccount.get(p.account) ?? []) {
      if (mine.has(group.index)) continue
      const d = this.can(p, 'iam:AddUserToGroup', group.id)
      if (d.decision !== 'allow') continue
      const result = adminCheck(this.ctx, p, { identity: new StatementSet([...p.identity.all, ...group.statements]) })
      if (result.admin) this.admin(p, M.addUserToGroup, [d], [groupNote(group)], p.account, result.caveats)
    }
  }

  /** Methods that reach another identity: access keys and passwords, trust rewrites, PassRole to a service. */
  deriveAssumeMethods(p: Principal): void {
    if (this.isEscalatedAdmin(p) || !p.identity.allowsService('iam')) return
    for (const method of [M.createAccessKey, M.createLoginProfile, M.updateLoginProfile]) {
      if (!allowsAny(p, method.actions[0]!)) continue
      for (const user of this.ctx.iam.usersByAccount.get(p.account) ?? []) {
        if (user.index === p.index) continue
        const d = this.can(p, method.actions[0]!, user.id)
        if (d.decision === 'allow') this.assume(p, user, method, [d], [`${method.actions[0]!} on ${user.id}`], this.userCaveats(method, user))
      }
    }
    if (allowsAny(p, 'iam:UpdateAssumeRolePolicy')) {
      for (const role of this.ctx.iam.rolesByAccount.get(p.account) ?? []) {
        if (role.index === p.index || role.serviceLinked) continue
        const d = this.can(p, 'iam:UpdateAssumeRolePolicy', role.id)
        if (d.decision === 'allow') this.assume(p, role, M.updateAssumeRolePolicy, [d], [`can rewrite the trust policy of ${role.id} to trust itself`])
      }
    }
    if (allowsAny(p, 'iam:PassRole')) this.passRole(p)
  }

  private userCaveats(method: EscalationMethod, user: Principal): string[] {
    const props = this.ctx.graph.nodeProps(user.index)
    if (method === M.createAccessKey) {
      const keys = Array.isArray(props['accessKeys']) ? props['accessKeys'].length : 0
      return keys >= 2 ? [`${user.name} already has two access keys: one must be deleted first (iam:DeleteAccessKey)`] : []
    }
    if (method === M.createLoginProfile) return [`iam:CreateLoginProfile works only if ${user.name} has no console password yet`]
    return [`iam:UpdateLoginProfile works only if ${user.name} has a console password`]
  }

  private passRole(p: Principal): void {
    const some = new Map<string, Decision>()
    const anywhere = (action: string): Decision => {
      let d = some.get(action)
      if (d === undefined) {
        d = decide(this.ctx, p, action, probeArn(action, p), { resourceAccount: p.account, mode: 'some' })
        some.set(action, d)
      }
      return d
    }
    const reach = passRolePrefixes(p)
    for (const method of PASS_ROLE_METHODS) {
      const others = method.actions.filter((a) => a !== 'iam:PassRole').map(anywhere)
      if (others.some((d) => d.decision !== 'allow')) continue
      for (const { role, caveats: trustCaveats } of this.assumption.rolesTrustingService.get(method.service ?? '') ?? []) {
        if (role.account !== p.account || role.index === p.index || role.serviceLinked) continue
        if (reach !== undefined && !reach.some((prefix) => role.id.startsWith(prefix))) continue
        const pass = this.can(p, 'iam:PassRole', role.id)
        if (pass.decision !== 'allow') continue
        const notes = [`${role.name} trusts ${method.service ?? ''}`]
        const decisions = [pass, ...others]
        if (method.service === 'ec2.amazonaws.com' && role.instanceProfileArns.length === 0) {
          const create = [anywhere('iam:CreateInstanceProfile'), anywhere('iam:AddRoleToInstanceProfile')]
          if (create.some((d) => d.decision !== 'allow')) continue
          decisions.push(...create)
          notes.push(`${role.name} has no instance profile: one is created first`)
        }
        this.assume(p, role, method, decisions, notes, trustCaveats)
      }
    }
  }

  /** Escalation through existing compute found by the resource evaluation (functions, instances). */
  readonly hook = (p: Principal, resource: ResourceEntry, allowed: ReadonlyMap<string, Decision>): void => {
    if (this.isEscalatedAdmin(p)) return
    if (resource.kind === 'aws.lambda.function') {
      const role = this.ctx.iam.principalByArn.get(propString(this.ctx.graph.nodeProps(resource.index), 'roleArn') ?? '')
      if (role === undefined || role.index === p.index) return
      for (const method of [M.updateFunctionCode, M.updateFunctionConfiguration]) {
        const d = allowed.get(method.actions[0]!)
        if (d !== undefined) this.assume(p, role, method, [d], [`${resource.id} runs as ${role.id}`])
      }
      return
    }
    if (resource.kind !== 'aws.ec2.instance') return
    const roles = this.instanceRoles(resource.index).filter((r) => r.index !== p.index)
    if (roles.length === 0) return
    for (const method of [M.sendCommand, M.startSession, M.instanceConnect, M.modifyUserData]) {
      const decisions = method.actions.map((a) => allowed.get(a))
      if (decisions.some((d) => d === undefined)) continue
      for (const role of roles) this.assume(p, role, method, decisions as Decision[], [`${resource.id} runs with ${role.id}`])
    }
  }

  /** Instance → instance profile → role, from `can-authenticate-as` edges or the instance/profile props. */
  private instanceRoles(instance: number): Principal[] {
    const { graph, iam } = this.ctx
    const roles = new Map<number, Principal>()
    const profiles = new Set<number>()
    graph.forEachEdge(instance, 'out', 'can-authenticate-as', (_e, n) => {
      if (graph.nodeKind(n) === 'aws.iam.instance-profile') profiles.add(n)
      const direct = iam.principalByArn.get(graph.nodeId(n))
      if (direct !== undefined) roles.set(direct.index, direct)
    })
    const profileArn = propString(graph.nodeProps(instance), 'instanceProfileArn')
    const fromProps = profileArn === undefined ? undefined : graph.indexOf(profileArn)
    if (fromProps !== undefined) profiles.add(fromProps)
    for (const profile of profiles) {
      graph.forEachEdge(profile, 'out', 'can-authenticate-as', (_e, n) => {
        const role = iam.principalByArn.get(graph.nodeId(n))
        if (role !== undefined) roles.set(role.index, role)
      })
      for (const arn of propStrings(graph.nodeProps(profile), 'roleArns')) {
        const role = iam.principalByArn.get(arn)
        if (role !== undefined) roles.set(role.index, role)
      }
    }
    return [...roles.values()].sort((a, b) => a.index - b.index)
  }
}

const groupNote = (group: IamGroup): string => `group ${group.name} grants account admin`
