import { describe, expect, it } from 'vitest'
import { clusterFromId, clusterFromPath } from './cluster-identity.js'

describe('k8s-cluster', () => {
  it('takes the short name and cloud id from EKS, AKS and GKE ids', () => {
    expect(clusterFromId('arn:aws:eks:eu-west-1:111122223333:cluster/prod')).toMatchObject({ name: 'prod', awsAccountId: '111122223333', cloudProvider: 'aws' })
    const aks = clusterFromId('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/RG/providers/Microsoft.ContainerService/managedClusters/Aks1')
    expect(aks).toMatchObject({ name: 'aks1', cloudClusterId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg/providers/microsoft.containerservice/managedclusters/aks1' })
    expect(clusterFromId('projects/demo-proj/locations/europe-west1/clusters/gke1').cloudClusterId).toBe('//container.googleapis.com/projects/demo-proj/locations/europe-west1/clusters/gke1')
    expect(clusterFromId('gke_demo-proj_europe-west1-b_gke2')).toMatchObject({ name: 'gke2', cloudClusterId: '//container.googleapis.com/projects/demo-proj/locations/europe-west1-b/clusters/gke2' })
  })

  it('uses any other id as the name, sanitized', () => {
    expect(clusterFromId('My Cluster!')).toMatchObject({ name: 'my-cluster', nodeId: 'k8s://my-cluster' })
    expect(clusterFromId('kind-kind').cloudClusterId).toBeUndefined()
  })

  it('derives the name from the file name without export words', () => {
    expect(clusterFromPath('/exports/prod-pods.json').name).toBe('prod')
    expect(clusterFromPath('/exports/staging.yaml.gz').name).toBe('staging')
  })

  it('falls back to folders, skipping one named like the namespace (KubeHound layout)', () => {
    expect(clusterFromPath('/dumps/prod-eu/shop/pods.json', 'shop').name).toBe('prod-eu')
    expect(clusterFromPath('/dumps/prod-eu/clusterroles.rbac.authorization.k8s.io.json').name).toBe('prod-eu')
    expect(clusterFromPath('all.json')).toMatchObject({ name: 'default', nameSource: 'default' })
  })
})
