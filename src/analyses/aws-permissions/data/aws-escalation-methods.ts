/**
 * @module The AWS privilege-escalation methods Skyhound evaluates (data; docs are generated from it),
 * after Rhino Security Labs' catalogue and its successor pathfinding.cloud. Each method says what the
 * attacker needs (`actions`, all evaluated with the real policy evaluator on the real target), what it
 * yields (`can-assume` edge to the identity it can act as, or `admin` of its own account) and, for
 * PassRole methods, which service the passed role must trust.
 */

export type EscalationResult = 'admin' | 'can-assume'

export type EscalationTarget =
  | 'attached-policy' // a customer managed policy attached to the attacker (directly or via a group)
  | 'self' // the attacker's own user or role
  | 'own-group' // a group the attacker (a user) belongs to
  | 'assumable-role' // a role the attacker can already assume
  | 'other-user' // another IAM user of the account
  | 'other-role' // another role of the account
  | 'group' // any group of the account (the attacker adds itself)
  | 'service-role' // a role trusting the service, passed to a new resource
  | 'function-role' // the execution role of an existing Lambda function
  | 'instance-role' // the role of an existing EC2 instance (through its instance profile)

export interface EscalationMethod {
  /** Stable kebab-case id (docs anchor, test name). */
  readonly id: string
  /** `props.method` of the edges it produces. */
  readonly method: string
  readonly title: string
  readonly description: string
  /** Every action the attacker needs; evaluated on the target resource. */
  readonly actions: readonly string[]
  readonly target: EscalationTarget
  readonly result: EscalationResult
  /** PassRole methods: the service principal the passed role must trust. */
  readonly service?: string
  readonly references: readonly string[]
}

const RHINO = 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'
const PATHFINDING = 'https://pathfinding.cloud'

const passRole = (
  id: string,
  service: string,
  actions: readonly string[],
  title: string,
  description: string,
): EscalationMethod => ({
  id,
  method: ['iam:PassRole', ...actions].join('+'),
  title,
  description,
  actions: ['iam:PassRole', ...actions],
  target: 'service-role',
  result: 'can-assume',
  service,
  references: [RHINO, PATHFINDING],
})

export const AWS_ESCALATION_METHODS: readonly EscalationMethod[] = [
  {
    id: 'iam-create-policy-version',
    method: 'iam:CreatePolicyVersion',
    title: 'Rewrite an attached managed policy',
    description: 'Creates a new default version of a customer managed policy attached to the attacker (or its groups) with any permissions.',
    actions: ['iam:CreatePolicyVersion'],
    target: 'attached-policy',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-set-default-policy-version',
    method: 'iam:SetDefaultPolicyVersion',
    title: 'Switch an attached policy to a more privileged old version',
    description: 'Makes a non-default version of a policy attached to the attacker the default; found only when such a version grants account admin.',
    actions: ['iam:SetDefaultPolicyVersion'],
    target: 'attached-policy',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-attach-user-policy',
    method: 'iam:AttachUserPolicy',
    title: 'Attach a managed policy to oneself',
    description: 'An IAM user attaches AdministratorAccess (or any policy) to itself.',
    actions: ['iam:AttachUserPolicy'],
    target: 'self',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-put-user-policy',
    method: 'iam:PutUserPolicy',
    title: 'Write an inline policy on oneself',
    description: 'An IAM user writes an inline policy granting itself anything.',
    actions: ['iam:PutUserPolicy'],
    target: 'self',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-attach-group-policy',
    method: 'iam:AttachGroupPolicy',
    title: "Attach a managed policy to one's group",
    description: 'A user attaches any managed policy to a group it belongs to.',
    actions: ['iam:AttachGroupPolicy'],
    target: 'own-group',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-put-group-policy',
    method: 'iam:PutGroupPolicy',
    title: "Write an inline policy on one's group",
    description: 'A user writes an inline policy granting anything on a group it belongs to.',
    actions: ['iam:PutGroupPolicy'],
    target: 'own-group',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-attach-role-policy',
    method: 'iam:AttachRolePolicy',
    title: 'Attach a managed policy to oneself (role)',
    description: 'A role attaches any managed policy to itself.',
    actions: ['iam:AttachRolePolicy'],
    target: 'self',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-put-role-policy',
    method: 'iam:PutRolePolicy',
    title: 'Write an inline policy on oneself (role)',
    description: 'A role writes an inline policy granting itself anything.',
    actions: ['iam:PutRolePolicy'],
    target: 'self',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-attach-role-policy-assume',
    method: 'iam:AttachRolePolicy+sts:AssumeRole',
    title: 'Attach a managed policy to a role one can assume',
    description: 'Attaches AdministratorAccess to a role the attacker can already assume, then assumes it.',
    actions: ['iam:AttachRolePolicy'],
    target: 'assumable-role',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-put-role-policy-assume',
    method: 'iam:PutRolePolicy+sts:AssumeRole',
    title: 'Write an inline policy on a role one can assume',
    description: 'Writes an inline admin policy on a role the attacker can already assume, then assumes it.',
    actions: ['iam:PutRolePolicy'],
    target: 'assumable-role',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-delete-user-permissions-boundary',
    method: 'iam:DeleteUserPermissionsBoundary',
    title: "Remove one's own permissions boundary (user)",
    description: 'A user whose identity policies grant admin but whose boundary cuts them deletes the boundary.',
    actions: ['iam:DeleteUserPermissionsBoundary'],
    target: 'self',
    result: 'admin',
    references: [PATHFINDING],
  },
  {
    id: 'iam-delete-role-permissions-boundary',
    method: 'iam:DeleteRolePermissionsBoundary',
    title: "Remove one's own permissions boundary (role)",
    description: 'A role whose identity policies grant admin but whose boundary cuts them deletes the boundary.',
    actions: ['iam:DeleteRolePermissionsBoundary'],
    target: 'self',
    result: 'admin',
    references: [PATHFINDING],
  },
  {
    id: 'iam-add-user-to-group',
    method: 'iam:AddUserToGroup',
    title: 'Join an administrator group',
    description: 'A user adds itself to a group whose policies grant account admin.',
    actions: ['iam:AddUserToGroup'],
    target: 'group',
    result: 'admin',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-create-access-key',
    method: 'iam:CreateAccessKey',
    title: "Create an access key for another user",
    description: 'Creates a new access key for another IAM user and acts as that user (a user holds at most two keys).',
    actions: ['iam:CreateAccessKey'],
    target: 'other-user',
    result: 'can-assume',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-create-login-profile',
    method: 'iam:CreateLoginProfile',
    title: 'Set a console password for another user',
    description: 'Creates a console password for a user that has none and signs in as that user.',
    actions: ['iam:CreateLoginProfile'],
    target: 'other-user',
    result: 'can-assume',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-update-login-profile',
    method: 'iam:UpdateLoginProfile',
    title: "Change another user's console password",
    description: 'Resets the console password of a user that has one and signs in as that user.',
    actions: ['iam:UpdateLoginProfile'],
    target: 'other-user',
    result: 'can-assume',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'iam-update-assume-role-policy',
    method: 'iam:UpdateAssumeRolePolicy',
    title: "Rewrite a role's trust policy",
    description: 'Rewrites the trust policy of a role of the same account to trust the attacker, then assumes it.',
    actions: ['iam:UpdateAssumeRolePolicy'],
    target: 'other-role',
    result: 'can-assume',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'sts-assume-role',
    method: 'sts:AssumeRole',
    title: 'Assume a role',
    description: "The role's trust policy trusts the principal (or its account, and the principal's policies allow sts:AssumeRole on the role).",
    actions: ['sts:AssumeRole'],
    target: 'other-role',
    result: 'can-assume',
    references: [PATHFINDING],
  },
  passRole('passrole-ec2-run-instances', 'ec2.amazonaws.com', ['ec2:RunInstances'], 'Launch an instance with a privileged role', 'Passes a role (through its instance profile) to a new EC2 instance and reads its credentials from the metadata service.'),
  passRole('passrole-ec2-request-spot-instances', 'ec2.amazonaws.com', ['ec2:RequestSpotInstances'], 'Request a spot instance with a privileged role', 'Like RunInstances, through a spot request.'),
  passRole('passrole-lambda-create-invoke', 'lambda.amazonaws.com', ['lambda:CreateFunction', 'lambda:InvokeFunction'], 'Create and invoke a function with a privileged role', 'Creates a Lambda function running as the passed role and invokes it.'),
  passRole('passrole-lambda-create-event-source', 'lambda.amazonaws.com', ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping'], 'Create a function with a privileged role triggered by an event source', 'Creates a Lambda function running as the passed role and triggers it from a stream or queue.'),
  passRole('passrole-lambda-create-add-permission', 'lambda.amazonaws.com', ['lambda:CreateFunction', 'lambda:AddPermission'], 'Create a function with a privileged role and open its invocation', 'Creates a Lambda function running as the passed role and lets itself (or anyone) invoke it.'),
  passRole('passrole-cloudformation-create-stack', 'cloudformation.amazonaws.com', ['cloudformation:CreateStack'], 'Create a stack with a privileged service role', 'Creates a CloudFormation stack whose service role provisions anything the attacker templates.'),
  passRole('passrole-glue-create-dev-endpoint', 'glue.amazonaws.com', ['glue:CreateDevEndpoint'], 'Create a Glue development endpoint with a privileged role', 'Creates a Glue dev endpoint running as the passed role and logs in to it over SSH.'),
  passRole('passrole-glue-create-job', 'glue.amazonaws.com', ['glue:CreateJob', 'glue:StartJobRun'], 'Create and run a Glue job with a privileged role', 'Creates a Glue job running as the passed role and starts it.'),
  passRole('passrole-ecs-run-task', 'ecs-tasks.amazonaws.com', ['ecs:RegisterTaskDefinition', 'ecs:RunTask'], 'Run an ECS task with a privileged task role', 'Registers a task definition with the passed role as task role and runs it.'),
  passRole('passrole-ecs-create-service', 'ecs-tasks.amazonaws.com', ['ecs:RegisterTaskDefinition', 'ecs:CreateService'], 'Create an ECS service with a privileged task role', 'Registers a task definition with the passed role and creates a service that runs it.'),
  passRole('passrole-codebuild-create-project', 'codebuild.amazonaws.com', ['codebuild:CreateProject', 'codebuild:StartBuild'], 'Create and start a CodeBuild project with a privileged role', 'Creates a build project running as the passed role with an attacker buildspec and starts it.'),
  passRole('passrole-sagemaker-notebook', 'sagemaker.amazonaws.com', ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'], 'Create a SageMaker notebook with a privileged role', 'Creates a notebook instance running as the passed role and opens it.'),
  passRole('passrole-sagemaker-training-job', 'sagemaker.amazonaws.com', ['sagemaker:CreateTrainingJob'], 'Run a SageMaker training job with a privileged role', 'Runs attacker code in a training job as the passed role.'),
  passRole('passrole-datapipeline', 'datapipeline.amazonaws.com', ['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline'], 'Run a Data Pipeline with a privileged role', 'Creates and activates a pipeline whose activities run commands as the passed role.'),
  passRole('passrole-apprunner-create-service', 'tasks.apprunner.amazonaws.com', ['apprunner:CreateService'], 'Create an App Runner service with a privileged instance role', 'Creates an App Runner service whose instance role is the passed role.'),
  passRole('passrole-autoscaling-launch-configuration', 'ec2.amazonaws.com', ['autoscaling:CreateLaunchConfiguration', 'autoscaling:CreateAutoScalingGroup'], 'Launch instances with a privileged role through Auto Scaling', 'Creates a launch configuration with the instance profile and a group that launches it.'),
  {
    id: 'lambda-update-function-code',
    method: 'lambda:UpdateFunctionCode',
    title: 'Replace the code of a function with a privileged role',
    description: 'Replaces the code of an existing function, which then runs as its execution role.',
    actions: ['lambda:UpdateFunctionCode'],
    target: 'function-role',
    result: 'can-assume',
    references: [RHINO, PATHFINDING],
  },
  {
    id: 'lambda-update-function-configuration',
    method: 'lambda:UpdateFunctionConfiguration',
    title: 'Inject a layer into a function with a privileged role',
    description: 'Adds an attacker layer to an existing function (code runs as its execution role at the next invocation).',
    actions: ['lambda:UpdateFunctionConfiguration'],
    target: 'function-role',
    result: 'can-assume',
    references: [PATHFINDING],
  },
  {
    id: 'ssm-send-command',
    method: 'ssm:SendCommand',
    title: 'Run commands on an instance with a role',
    description: "Runs shell commands through SSM on an instance and reads its role's credentials.",
    actions: ['ssm:SendCommand'],
    target: 'instance-role',
    result: 'can-assume',
    references: [PATHFINDING],
  },
  {
    id: 'ssm-start-session',
    method: 'ssm:StartSession',
    title: 'Open a session on an instance with a role',
    description: "Opens an SSM Session Manager shell on an instance and reads its role's credentials.",
    actions: ['ssm:StartSession'],
    target: 'instance-role',
    result: 'can-assume',
    references: [PATHFINDING],
  },
  {
    id: 'ec2-instance-connect',
    method: 'ec2-instance-connect:SendSSHPublicKey',
    title: 'Push an SSH key to an instance with a role',
    description: "Pushes a one-time SSH key with EC2 Instance Connect, logs in and reads the instance role's credentials.",
    actions: ['ec2-instance-connect:SendSSHPublicKey'],
    target: 'instance-role',
    result: 'can-assume',
    references: [PATHFINDING],
  },
  {
    id: 'ec2-modify-user-data',
    method: 'ec2:ModifyInstanceAttribute',
    title: "Rewrite an instance's user data",
    description: 'Stops an instance, replaces its user data with a script and starts it again: the script runs as root with the instance role.',
    actions: ['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'],
    target: 'instance-role',
    result: 'can-assume',
    references: [PATHFINDING],
  },
]

/** Methods in the catalogue that Skyhound cannot evaluate yet, with the missing input (docs list them). */
export const AWS_ESCALATION_NOT_EVALUATED: readonly { readonly method: string; readonly missing: string }[] = [
  { method: 'glue:UpdateDevEndpoint', missing: 'Glue development endpoints are not ingested' },
  { method: 'cloudformation:UpdateStack / CreateChangeSet+ExecuteChangeSet', missing: 'CloudFormation stacks and their service roles are not ingested' },
  { method: 'codebuild:StartBuild (existing project)', missing: 'CodeBuild projects are not ingested' },
  { method: 'sagemaker:CreatePresignedNotebookInstanceUrl (existing notebook)', missing: 'SageMaker notebook instances are not ingested' },
  { method: 'ecs:ExecuteCommand / UpdateService (existing task role)', missing: 'ECS services and task definitions are not ingested' },
  { method: 'ssm:GetParameter* / secretsmanager:GetSecretValue (credential access)', missing: 'SSM parameters are not ingested; secrets get has-permission-to edges instead' },
]

export const escalationMethod = (id: string): EscalationMethod => {
  const method = AWS_ESCALATION_METHODS.find((m) => m.id === id)
  if (method === undefined) throw new Error(`unknown escalation method ${id}`)
  return method
}
