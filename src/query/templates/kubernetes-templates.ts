/** @module Kubernetes templates: the seed question (clusters without RBAC open to any IP) and its neighbours. */
import { defineTemplate } from './define-template.js'

/** RBAC off (AKS `enableRBAC: false`), legacy ABAC (GKE), or the analysis' verdict. */
const RBAC_OFF = (v: string): string => `(${v}.rbacEnabled = false OR ${v}.legacyAbacEnabled = true OR HAS_INSIGHT(${v}, 'rbac-disabled'))`

/** The API server accepts any source address: AKS without authorized ranges, GKE without master authorized networks, EKS open CIDRs. */
const API_OPEN = (v: string): string =>
  `(HAS_INSIGHT(${v}, 'exposed-to-internet', {port: 443, width: 'wide'}) OR ${v}.apiServerUnrestricted = true ` +
  `OR ${v}.controlPlaneUnrestricted = true OR ${v}.publicAccessCidrs CONTAINS '0.0.0.0/0')`

export const KUBERNETES_TEMPLATES = [
  defineTemplate({
    id: 'k8s-rbac-off-unrestricted-access',
    title: 'Kubernetes clusters and services without RBAC whose external access is not restricted by IP',
    description:
      'Clusters with RBAC disabled (AKS enableRBAC=false) or legacy ABAC (GKE) whose API server is reachable from any IP ' +
      '(no authorized IP ranges or master authorized networks, 0.0.0.0/0), and LoadBalancer services without ' +
      'loadBalancerSourceRanges in clusters without RBAC: what a campaign scanning for open API servers and dashboards reaches.',
    category: 'kubernetes',
    references: ['issue 7 seed question', 'demo aks-no-rbac-public-api', 'demo gke-legacy-abac-public-api'],
    needs: ['exposed-to-internet (internet-exposure)', 'rbac-disabled (optional: the cluster props answer without it)'],
    text: `
MATCH (c:k8s-cluster|k8s-service)
WHERE (${RBAC_OFF('c')} AND ${API_OPEN('c')})
   OR (c.family = 'k8s-service' AND c.type = 'LoadBalancer' AND NOT EXISTS(c.loadBalancerSourceRanges)
       AND EXISTS { (c)<-[:contains*2]-(k:k8s-cluster) WHERE ${RBAC_OFF('k')} })
RETURN c`,
  }),
  defineTemplate({
    id: 'k8s-api-server-open-to-any-ip',
    title: 'Kubernetes API servers reachable from any IP',
    description: 'Clusters whose control plane endpoint is public and not narrowed by authorized IP ranges, master authorized networks or public access CIDRs.',
    category: 'kubernetes',
    references: ['issue 7 (API server reachable from any IP)'],
    needs: ['exposed-to-internet (internet-exposure; the cluster props answer without it)'],
    text: `MATCH (c:k8s-cluster) WHERE ${API_OPEN('c')} RETURN c`,
  }),
  defineTemplate({
    id: 'k8s-dashboard-exposed',
    title: 'Kubernetes dashboards exposed to the internet',
    description: 'Services of the Kubernetes dashboard (by name or the usual labels) that the internet can reach: the entry point of crypto-mining campaigns.',
    category: 'kubernetes',
    references: ['issue 7 (dashboard reachable from any IP)'],
    needs: ['exposed-to-internet (internet-exposure)'],
    text: `
MATCH (s:k8s-service)
WHERE HAS_INSIGHT(s, 'exposed-to-internet')
  AND (s.name =~ '(?i)dashboard' OR s.tags.\`k8s-app\` = 'kubernetes-dashboard' OR s.tags.\`app.kubernetes.io/name\` = 'kubernetes-dashboard')
RETURN s`,
  }),
  defineTemplate({
    id: 'k8s-service-open-to-any-ip',
    title: 'Kubernetes LoadBalancer and NodePort services open to any IP',
    description: 'Services of type LoadBalancer or NodePort without loadBalancerSourceRanges that the internet reaches widely.',
    category: 'kubernetes',
    references: ['issue 7 (LoadBalancer without source ranges)'],
    needs: ['exposed-to-internet (internet-exposure)'],
    text: `
MATCH (s:k8s-service)
WHERE s.type IN ['LoadBalancer', 'NodePort'] AND NOT EXISTS(s.loadBalancerSourceRanges)
  AND HAS_INSIGHT(s, 'exposed-to-internet', {width: 'wide'})
RETURN s`,
  }),
  defineTemplate({
    id: 'k8s-exposed-privileged-pod',
    title: 'Internet exposed pods that can escape to their node',
    description: 'Exposed pods running privileged containers or sharing the host PID namespace or file system: a foothold on the node and its cloud identity.',
    category: 'kubernetes',
    references: ['§1.5 container-to-cloud family', 'demo k8s-privileged-pod-node-role-eks'],
    needs: ['exposed-to-internet (internet-exposure)', 'privileged-container, uses-host-pid, mounts-host-path (kubernetes-escape)'],
    text: `
MATCH (p:pod)
WHERE HAS_INSIGHT(p, 'exposed-to-internet')
  AND (HAS_INSIGHT(p, 'privileged-container') OR HAS_INSIGHT(p, 'uses-host-pid') OR HAS_INSIGHT(p, 'mounts-host-path'))
RETURN p`,
  }),
  defineTemplate({
    id: 'k8s-privileged-pod-on-exposed-node',
    title: 'Privileged pods on internet exposed nodes',
    description: 'Pods with privileged containers or host namespaces scheduled on a node that is itself exposed to the internet (or whose VM is).',
    category: 'kubernetes',
    references: ['issue 7 (privileged pods on exposed nodes)'],
    needs: ['exposed-to-internet (internet-exposure)', 'privileged-container (kubernetes-escape)'],
    text: `
MATCH (p:pod)-[:runs-on]->(n:k8s-node)
WHERE (HAS_INSIGHT(p, 'privileged-container') OR HAS_INSIGHT(p, 'uses-host-pid') OR HAS_INSIGHT(p, 'uses-host-network'))
  AND (HAS_INSIGHT(n, 'exposed-to-internet') OR EXISTS { (n)-[:runs-on]->(v:vm|vm-scale-set) WHERE HAS_INSIGHT(v, 'exposed-to-internet') })
RETURN p`,
  }),
  defineTemplate({
    id: 'k8s-host-network-pod-exposed-node-rce',
    title: 'Pods using the host network on an internet exposed node run images with RCE vulnerabilities',
    description: 'A pod in the node network namespace, on a node the internet reaches, running an image with a remotely exploitable vulnerability.',
    category: 'kubernetes',
    references: ['§1.5 #64'],
    needs: ['uses-host-network (kubernetes-escape)', 'exposed-to-internet (internet-exposure)', 'vulnerable-to-rce (vulnerabilities)'],
    text: `
MATCH (p:pod)-[:runs-on]->(n:k8s-node)
WHERE HAS_INSIGHT(p, 'uses-host-network')
  AND (HAS_INSIGHT(n, 'exposed-to-internet') OR EXISTS { (n)-[:runs-on]->(v:vm|vm-scale-set) WHERE HAS_INSIGHT(v, 'exposed-to-internet') })
  AND EXISTS { (p)-[:is-running]->(i:container-image) WHERE HAS_INSIGHT(i, 'vulnerable-to-rce') OR HAS_VULNERABILITY(i, {rce: true}) }
RETURN p`,
  }),
  defineTemplate({
    id: 'k8s-exposed-pod-cluster-admin',
    title: 'Internet exposed pods running as a service account with cluster admin',
    description: 'Exposed pods whose service account token grants administrator rights on the cluster (cluster-admin binding or equivalent).',
    category: 'kubernetes',
    references: ['§1.5 Kubernetes RBAC family', 'demo k8s-service-account-cluster-admin-eks'],
    needs: ['exposed-to-internet (internet-exposure)', 'has-admin-permissions (cloud-permissions, Kubernetes RBAC)'],
    text: `
MATCH (p:pod)-[:can-authenticate-as]->(sa:identity)
WHERE HAS_INSIGHT(p, 'exposed-to-internet') AND HAS_INSIGHT(sa, 'has-admin-permissions')
RETURN p`,
  }),
  defineTemplate({
    id: 'k8s-exposed-pod-cloud-data-access',
    title: 'Internet exposed pods whose workload identity reaches cloud data or secrets',
    description:
      'Exposed pods whose service account becomes a cloud identity (IRSA, Azure workload identity, GKE workload identity) ' +
      'with permissions on storage, databases or secret stores.',
    category: 'kubernetes',
    references: ['§1.5 container-to-cloud family', 'demo k8s-irsa-to-sensitive-bucket-eks', 'demo k8s-workload-identity-aks', 'demo k8s-workload-identity-gke'],
    needs: ['can-assume, has-permission-to (cloud-permissions, workload identity)', 'exposed-to-internet (internet-exposure)'],
    text: `
MATCH (p:pod)-[:can-authenticate-as]->(:identity)-[:can-assume]->(:identity)-[:has-permission-to]->(:object-storage|managed-database|secret-store|kms-key)
WHERE HAS_INSIGHT(p, 'exposed-to-internet')
RETURN p`,
  }),
]
