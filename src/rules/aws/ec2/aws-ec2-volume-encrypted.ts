/** @module aws-ec2-volume-encrypted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEc2VolumeEncrypted = defineRule({
  id: 'aws-ec2-volume-encrypted',
  title: 'EBS volume is encrypted at rest',
  description:
    'An unencrypted EBS volume and every snapshot taken from it hold data in clear; a shared or leaked snapshot ' +
    'exposes everything on the disk.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: [
      'Snapshot the volume, copy the snapshot with encryption enabled, and replace the volume with one created from it.',
      'Turn on EBS encryption by default in every region.',
    ],
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
  },
  target: { kinds: ['aws.ec2.volume'] },
  evaluate: (volume) =>
    volume.needBool('encrypted') ? healthy(`volume ${volume.label} is encrypted`) : unhealthy(`volume ${volume.label} is not encrypted`),
})
