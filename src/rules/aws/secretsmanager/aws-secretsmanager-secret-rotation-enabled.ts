/** @module aws-secretsmanager-secret-rotation-enabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

const MAXIMUM_DAYS = 90

export const awsSecretsmanagerSecretRotationEnabled = defineRule({
  id: 'aws-secretsmanager-secret-rotation-enabled',
  title: 'Secrets Manager secret rotates automatically at least every 90 days',
  description:
    'A secret that never rotates stays valid forever once it leaks (logs, laptops, former staff). Automatic ' +
    'rotation bounds how long a leaked value is useful.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Configure a rotation function (managed rotation for RDS, Redshift and DocumentDB) and a schedule of 90 days or less.'],
    cli: 'aws secretsmanager rotate-secret --secret-id <secret> --rotation-lambda-arn <arn> --rotation-rules AutomaticallyAfterDays=30',
    terraform: 'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = aws_secretsmanager_secret.this.id\n  rotation_lambda_arn = aws_lambda_function.rotate.arn\n  rotation_rules { automatically_after_days = 30 }\n}',
  },
  target: { kinds: ['aws.secretsmanager.secret'] },
  evaluate: (secret) => {
    if (!secret.needBool('rotationEnabled')) return unhealthy(`secret ${secret.label} does not rotate automatically`)
    const days = secret.num('rotationDays')
    if (days !== undefined && days > MAXIMUM_DAYS) return unhealthy(`secret ${secret.label} rotates only every ${String(days)} days`)
    return healthy(`secret ${secret.label} rotates automatically${days === undefined ? '' : ` every ${String(days)} days`}`)
  },
})
