import { describe, expect, it } from 'vitest'
import { CTX, ec2, makeCi } from '../../__fixtures__/make-ci.js'
import { mapListener, mapTargetGroup } from './elb-listener.js'
import { mapClassicLoadBalancer, mapLoadBalancerV2 } from './elb-load-balancer.js'

const LB = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1'
const TG = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/2'

describe('elb', () => {
  it('marks internet-facing v2 load balancers and protects them with their groups', () => {
    const ci = makeCi('AWS::ElasticLoadBalancingV2::LoadBalancer', LB, { scheme: 'internal', type: 'network', securityGroups: ['sg-1'] })
    const mapped = mapLoadBalancerV2(ci, CTX)
    expect(mapped.props).toMatchObject({ scheme: 'internal', internetFacing: false, type: 'network' })
    expect(mapped.edges).toEqual([{ from: LB, to: ec2('security-group', 'sg-1'), kind: 'protected-by' }])
  })

  it('keeps classic listener ports and routes to the listed instances', () => {
    const ci = makeCi('AWS::ElasticLoadBalancing::LoadBalancer', 'old', {
      scheme: 'internet-facing',
      listenerDescriptions: [{ listener: { protocol: 'TCP', loadBalancerPort: 22, instancePort: 22 } }],
      instances: [{ instanceId: 'i-1' }],
    })
    const mapped = mapClassicLoadBalancer(ci, CTX)
    expect(mapped.props).toMatchObject({ internetFacing: true, listenerPorts: [22] })
    expect(mapped.edges).toEqual([{ from: ci.arn, to: ec2('instance', 'i-1'), kind: 'routes-traffic-to', props: { ports: [22], source: 'config' } }])
  })

  it('links load balancer → listener → target group → targets from plain config', () => {
    const listenerArn = 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/1/3'
    const listener = mapListener(
      makeCi('AWS::ElasticLoadBalancingV2::Listener', listenerArn, {
        loadBalancerArn: LB,
        port: 80,
        protocol: 'HTTP',
        defaultActions: [{ type: 'forward', forwardConfig: { targetGroups: [{ targetGroupArn: TG }] } }],
      }),
      CTX,
    )
    expect(listener.edges).toEqual([
      { from: LB, to: listenerArn, kind: 'contains' },
      { from: listenerArn, to: TG, kind: 'routes-traffic-to', props: { ports: [80], protocol: 'http', source: 'config' } },
    ])
    const group = mapTargetGroup(
      makeCi('AWS::ElasticLoadBalancingV2::TargetGroup', TG, {
        TargetType: 'instance',
        Port: 8080,
        Targets: [{ Id: 'i-1' }],
        targetHealthDescriptions: [{ target: { id: 'arn:aws:lambda:eu-west-1:111122223333:function:f' } }],
      }),
      CTX,
    )
    expect(group.edges).toEqual([
      { from: TG, to: ec2('instance', 'i-1'), kind: 'routes-traffic-to', props: { ports: [8080], source: 'config' } },
      { from: TG, to: 'arn:aws:lambda:eu-west-1:111122223333:function:f', kind: 'routes-traffic-to', props: { ports: [8080], source: 'config' } },
    ])
  })
})
