/** @module gcp-compute-instance-serial-port-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpComputeInstanceSerialPortDisabled = defineRule({
  id: 'gcp-compute-instance-serial-port-disabled',
  title: 'Compute Engine instance has interactive serial port access disabled',
  description:
    'The interactive serial console accepts connections from any IP address that holds the SSH key and is not ' +
    'subject to firewall rules: it bypasses the network controls that protect the instance.',
  severity: 'medium',
  control: 'secure-management-ports',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Remove the serial-port-enable metadata entry (or set it to false) on the instance.', 'Enforce the compute.disableSerialPortAccess organization policy.'],
    cli: 'gcloud compute instances add-metadata <instance> --zone <zone> --metadata serial-port-enable=false',
  },
  target: { kinds: ['gcp.compute.instance'] },
  // The metadata keys show that metadata was read; without serial-port-enable the port stays disabled.
  evaluate: (node) => {
    node.needStrings('metadataKeys')
    return node.bool('serialPortEnabled') === true
      ? unhealthy(`instance ${node.label} enables interactive serial port access (serial-port-enable)`)
      : healthy(`instance ${node.label} does not enable interactive serial port access`)
  },
})
