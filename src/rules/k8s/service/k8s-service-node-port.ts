/** @module k8s-service-node-port */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const k8sServiceNodePort = defineRule({
  id: 'k8s-service-node-port',
  title: 'Service is not published as a NodePort',
  description:
    'A NodePort service listens on the same high port of every node, on every node address: wherever the nodes are ' +
    'reachable (public node IPs, peered networks) the service is too, outside any load balancer or ingress controls.',
  severity: 'low',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Change the service to ClusterIP and publish it through an Ingress or a LoadBalancer service with source ranges.'],
    cli: 'kubectl patch service <name> -n <ns> -p \'{"spec":{"type":"ClusterIP"}}\'',
  },
  target: { kinds: ['k8s.service'] },
  evaluate: (service) => {
    const type = service.needStr('type')
    if (type === 'LoadBalancer') return notApplicable(`service ${service.label} is a load balancer (its node ports serve the load balancer)`)
    if (type !== 'NodePort') return healthy(`service ${service.label} is of type ${type}`)
    const ports = (service.list('nodePorts') ?? []).filter((p): p is number => typeof p === 'number')
    return unhealthy(`service ${service.label} listens on every node${ports.length === 0 ? '' : ` at port ${ports.join(', ')}`}`, { nodePorts: ports })
  },
})
