/** @module aws-lambda-function-supported-runtime */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

/**
 * Runtimes past their Lambda deprecation date (docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html,
 * as of November 2026). Deprecated runtimes get no security patches; functions keep running but can no longer be
 * updated once creation and update are blocked.
 */
const DEPRECATED = new Set([
  'nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x', 'nodejs12.x', 'nodejs14.x', 'nodejs16.x', 'nodejs18.x', 'nodejs20.x',
  'python2.7', 'python3.6', 'python3.7', 'python3.8', 'python3.9',
  'ruby2.5', 'ruby2.7', 'ruby3.2',
  'java8', 'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'dotnetcore3.1', 'dotnet5.0', 'dotnet6', 'dotnet7',
  'go1.x', 'provided',
])

export const awsLambdaFunctionSupportedRuntime = defineRule({
  id: 'aws-lambda-function-supported-runtime',
  title: 'Lambda function runs on a supported runtime',
  description:
    'A deprecated runtime (Node.js 20 and older, Python 3.9 and older, Go 1.x, .NET 6, …) no longer receives ' +
    'security patches for the language runtime or its OS, and AWS eventually blocks updates to the function.',
  severity: 'medium',
  control: 'apply-system-updates',
  categories: ['vulnerabilities'],
  remediation: {
    steps: ['Upgrade the function code to a supported runtime version and update the function configuration.'],
    cli: 'aws lambda update-function-configuration --function-name <name> --runtime <supported-runtime>',
    terraform: 'runtime = "python3.12"',
  },
  target: { kinds: ['aws.lambda.function'] },
  evaluate: (fn) => {
    if (fn.str('packageType') === 'Image') return notApplicable(`function ${fn.label} is a container image; its base image sets the runtime`)
    const runtime = fn.needStr('runtime')
    return DEPRECATED.has(runtime)
      ? unhealthy(`function ${fn.label} runs on deprecated runtime ${runtime}`)
      : healthy(`function ${fn.label} runs on ${runtime}`)
  },
})
