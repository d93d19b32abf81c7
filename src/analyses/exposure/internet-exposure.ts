/**
 * @module Internet exposure, port-precise, with the route as evidence (issue 4 item 1). Each cloud
 * walk finds the routes from the internet to workloads and managed endpoints — through public
 * addresses, gateways, load balancers and every filter on the way — and the sink turns them into
 * `exposed-to-internet` insights, `routes-traffic-to` edges and `allows-public-access` insights.
 * Kubernetes runs last: NodePorts and host ports are reachable only where the nodes' VMs are.
 */
import type { Analysis } from '../analysis.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import { exposeInstances, exposeLoadBalancers } from './aws-compute.js'
import { exposeApis, exposeBuckets, exposeDatabases, exposeEksEndpoints, exposeFunctionUrls } from './aws-managed.js'
import { AwsNetwork } from './aws-network.js'
import { AzureNetwork, exposeApplicationGateways, exposeFirewallDnat, exposeLoadBalancers as exposeAzureLoadBalancers, exposeVirtualMachines } from './azure-compute.js'
import {
  exposeAksApiServers,
  exposeAppServices,
  exposeContainersAndApis,
  exposeCosmosAccounts,
  exposeDatabaseServers,
  exposeKeyVaults,
  exposeStorage,
} from './azure-managed.js'
import { ExposureContext } from './exposure-context.js'
import {
  exposeCloudSql,
  exposeForwardingRules,
  exposeGcpBuckets,
  exposeGcpInstances,
  exposeGkeControlPlanes,
  exposeServerless,
} from './gcp-exposure.js'
import { GcpNetwork } from './gcp-network.js'
import { ExposureSink } from './exposure-sink.js'
import { internetSpace } from './internet-space.js'
import { exposeKubernetes } from './k8s-exposure.js'

export const internetExposureAnalysis: Analysis = {
  id: 'internet-exposure',
  title: 'Internet exposure, port-precise, with the route as evidence',
  dependsOn: [],
  run(graph, analysisContext) {
    const space = internetSpace(analysisContext.options.trustedCidrs ?? [])
    const sink = new ExposureSink()
    const ctx = new ExposureContext(graph, space.ranges, sink)

    const aws = new AwsNetwork(graph)
    exposeInstances(ctx, aws)
    exposeLoadBalancers(ctx, aws)
    exposeDatabases(ctx, aws)
    exposeEksEndpoints(ctx)
    exposeApis(ctx)
    exposeFunctionUrls(ctx)
    exposeBuckets(ctx)

    const azure = new AzureNetwork(graph)
    exposeVirtualMachines(ctx, azure)
    exposeAzureLoadBalancers(ctx, azure)
    exposeApplicationGateways(ctx, azure)
    exposeFirewallDnat(ctx, azure)
    exposeStorage(ctx)
    exposeKeyVaults(ctx)
    exposeDatabaseServers(ctx, azure)
    exposeCosmosAccounts(ctx)
    exposeAksApiServers(ctx)
    exposeAppServices(ctx)
    exposeContainersAndApis(ctx)

    const gcp = new GcpNetwork(graph)
    exposeGcpInstances(ctx, gcp)
    exposeForwardingRules(ctx, gcp)
    exposeCloudSql(ctx)
    exposeGkeControlPlanes(ctx)
    exposeGcpBuckets(ctx)
    exposeServerless(ctx)

    exposeKubernetes(ctx)

    return sink.derivation(graph.indexOf(INTERNET_NODE_ID) !== undefined)
  },
}
