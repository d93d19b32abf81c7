/** @module aws-apigateway-stage-waf */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsApigatewayStageWaf = defineRule({
  id: 'aws-apigateway-stage-waf',
  title: 'API Gateway REST stage is protected by AWS WAF',
  description:
    'A web ACL in front of the stage filters common exploits (SQL injection, known bad inputs), rate-limits ' +
    'abusive clients and blocks by reputation before requests reach integrations and pay-per-call backends.',
  severity: 'medium',
  control: 'protect-applications-against-ddos',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Create a regional WAF web ACL with the AWS managed core and rate-based rules and associate it with the stage.'],
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<api>/stages/<stage>',
    terraform: 'resource "aws_wafv2_web_acl_association" "api" {\n  resource_arn = aws_api_gateway_stage.prod.arn\n  web_acl_arn  = aws_wafv2_web_acl.api.arn\n}',
  },
  target: { kinds: ['aws.apigateway.stage'] },
  evaluate: (stage) =>
    stage.str('webAclArn') === undefined
      ? unhealthy(`stage ${stage.label} has no WAF web ACL`)
      : healthy(`stage ${stage.label} is protected by a WAF web ACL`),
})
