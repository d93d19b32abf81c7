/**
 * @module Scanner reports that name a host only by name (`scanner.host`, id `host://<name>`) → the VM of
 * the inventory with that name: resource name, EC2 private/public DNS name (or its first label), Azure
 * computer name, private IP. Only an unambiguous match counts: two VMs called `web-1` in two accounts
 * leave the host unjoined.
 */
import type { GraphView } from '../../graph/graph-view.js'
import { str } from './json-read.js'

const NAME_FIELDS = ['privateDnsName', 'publicDnsName', 'computerName', 'hostName', 'hostname', 'privateIp']

function namesOf(graph: GraphView, vm: number): string[] {
  const props = graph.nodeProps(vm)
  const names = [graph.nodeName(vm)]
  for (const field of NAME_FIELDS) {
    const value = str(props[field])
    if (value === undefined) continue
    names.push(value)
    if (field.endsWith('DnsName')) names.push(value.split('.')[0] ?? value)
  }
  return [...new Set(names.map((n) => n.toLowerCase()))]
}

/** `scanner.host` node → the one VM it names. */
export function joinHostsToVms(graph: GraphView): Map<number, number> {
  const hosts = graph.nodesOfKind('scanner.host')
  const joined = new Map<number, number>()
  if (hosts.length === 0) return joined
  const byName = new Map<string, number[]>()
  for (const vm of graph.nodesOfFamily('vm')) {
    if (graph.nodeKind(vm) === 'scanner.host') continue
    for (const name of namesOf(graph, vm)) {
      const list = byName.get(name)
      if (list === undefined) byName.set(name, [vm])
      else if (!list.includes(vm)) list.push(vm)
    }
  }
  for (const host of hosts) {
    const name = (str(graph.nodeProps(host)['hostName']) ?? graph.nodeName(host)).toLowerCase()
    const matches = byName.get(name) ?? []
    if (matches.length === 1) joined.set(host, matches[0]!)
  }
  return joined
}
