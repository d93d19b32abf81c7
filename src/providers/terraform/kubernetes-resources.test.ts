import { describe, expect, it } from 'vitest'
import { kubernetesObjectOf, toApiShape } from './kubernetes-resources.js'

describe('kubernetes-resources', () => {
  it('turns Terraform blocks back into API objects and lists, keeping map keys verbatim', () => {
    const shaped = toApiShape({
      metadata: [{ name: 'a', labels: { 'app.kubernetes.io/name': 'a' } }],
      spec: [{ host_pid: true, container: [{ name: 'c', volume_mount: [{ mount_path: '/x' }], security_context: [] }], volume: [{ name: 'v', secret: [{ secret_name: 's' }] }] }],
    })
    expect(shaped).toEqual({
      metadata: { name: 'a', labels: { 'app.kubernetes.io/name': 'a' } },
      spec: { hostPID: true, containers: [{ name: 'c', volumeMounts: [{ mountPath: '/x' }] }], volumes: [{ name: 'v', secret: { secretName: 's' } }] },
    })
  })

  it('builds ingress paths under http and service account secrets as a list', () => {
    const ingress = kubernetesObjectOf('kubernetes_ingress_v1', { metadata: [{ name: 'i' }], spec: [{ rule: [{ host: 'h', http: [], path: [{ path: '/', backend: [{ service: [{ name: 's', port: [{ number: 80 }] }] }] }] }] }] })
    expect(ingress).toMatchObject({ kind: 'Ingress', spec: { rules: [{ host: 'h', http: { paths: [{ path: '/', backend: { service: { name: 's', port: { number: 80 } } } }] } }] } })
    expect(kubernetesObjectOf('kubernetes_service_account', { metadata: [{ name: 'sa' }], secret: [{ name: 'tok' }] })).toMatchObject({ kind: 'ServiceAccount', secrets: [{ name: 'tok' }] })
    expect(kubernetesObjectOf('kubernetes_storage_class', {})).toBeUndefined()
  })
})
