import { describe, expect, it } from 'vitest'
import { ACCOUNT, CTX, ec2, makeCi } from '../../__fixtures__/make-ci.js'
import { mapSecurityGroup, normalizePermissions } from './ec2-security-group.js'

describe('ec2-security-group', () => {
  it('normalizes Config rules: protocol names, port ranges, IPv4 and IPv6 CIDRs, SG references, prefix lists', () => {
    const ci = makeCi('AWS::EC2::SecurityGroup', 'sg-1', {
      groupId: 'sg-1',
      groupName: 'web',
      vpcId: 'vpc-1',
      ipPermissions: [
        { ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'], ipv6Ranges: [{ cidrIpv6: '::/0' }] },
        { ipProtocol: '-1', userIdGroupPairs: [{ groupId: 'sg-2', userId: '444455556666' }, { groupId: 'sg-3' }], prefixListIds: [{ prefixListId: 'pl-1' }] },
        { ipProtocol: '17', fromPort: 53, toPort: 53, ipRanges: ['10.0.0.0/8'] },
        { ipProtocol: 'icmp', fromPort: 8, toPort: -1, ipv4Ranges: [{ cidrIp: '10.0.0.0/8' }] },
      ],
      ipPermissionsEgress: [{ ipProtocol: '-1', ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }] }],
    })
    const mapped = mapSecurityGroup(ci, CTX)
    expect(mapped.kind).toBe('aws.ec2.security-group')
    expect(mapped.props['vpcId']).toBe(ec2('vpc', 'vpc-1'))
    expect(mapped.props['ingressRules']).toEqual([
      { direction: 'ingress', protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0', '::/0'], securityGroups: [], prefixListIds: [] },
      {
        direction: 'ingress',
        protocol: 'all',
        fromPort: 0,
        toPort: 65535,
        cidrs: [],
        securityGroups: [ec2('security-group', 'sg-2', '444455556666'), ec2('security-group', 'sg-3', ACCOUNT)],
        prefixListIds: ['pl-1'],
      },
      { direction: 'ingress', protocol: 'udp', fromPort: 53, toPort: 53, cidrs: ['10.0.0.0/8'], securityGroups: [], prefixListIds: [] },
      { direction: 'ingress', protocol: 'icmp', fromPort: 8, toPort: -1, cidrs: ['10.0.0.0/8'], securityGroups: [], prefixListIds: [] },
    ])
    expect(mapped.props['egressRules']).toEqual([
      { direction: 'egress', protocol: 'all', fromPort: 0, toPort: 65535, cidrs: ['0.0.0.0/0'], securityGroups: [], prefixListIds: [] },
    ])
  })

  it('reads the PascalCase API shape (describe-security-groups) the same way', () => {
    const ci = makeCi('AWS::EC2::SecurityGroup', 'sg-1', {})
    const rules = normalizePermissions(
      [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.0/24', Description: 'vpn' }], Ipv6Ranges: [], UserIdGroupPairs: [] }],
      'ingress',
      ci,
    )
    expect(rules).toEqual([
      { direction: 'ingress', protocol: 'tcp', fromPort: 22, toPort: 22, cidrs: ['203.0.113.0/24'], securityGroups: [], prefixListIds: [], descriptions: ['vpn'] },
    ])
  })

  it('treats tcp without ports as every port', () => {
    const ci = makeCi('AWS::EC2::SecurityGroup', 'sg-1', {})
    expect(normalizePermissions([{ ipProtocol: 'tcp' }], 'ingress', ci)[0]).toMatchObject({ fromPort: 0, toPort: 65535 })
  })
})
