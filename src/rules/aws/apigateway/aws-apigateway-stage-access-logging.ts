/** @module aws-apigateway-stage-access-logging */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsApigatewayStageAccessLogging = defineRule({
  id: 'aws-apigateway-stage-access-logging',
  title: 'API Gateway stage writes access logs',
  description:
    'Access logs record who called which route, from where, with what result; without them abuse of the API ' +
    '(credential stuffing, scraping, exploitation attempts) leaves no trace.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Configure access logging on the stage to a CloudWatch Logs group (or Firehose) with a JSON format.'],
    cli: 'aws apigateway update-stage --rest-api-id <api> --stage-name <stage> --patch-operations op=replace,path=/accessLogSettings/destinationArn,value=<log-group-arn>',
    terraform: 'access_log_settings {\n  destination_arn = aws_cloudwatch_log_group.api.arn\n  format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })\n}',
  },
  target: { kinds: ['aws.apigateway.stage', 'aws.apigatewayv2.stage'] },
  // Config lists accessLogSettings only when access logging is configured.
  evaluate: (stage) =>
    stage.str('accessLogDestinationArn') === undefined
      ? unhealthy(`stage ${stage.label} writes no access logs`)
      : healthy(`stage ${stage.label} writes access logs`),
})
