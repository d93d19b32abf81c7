import { describe, expect, it } from 'vitest'
import { cloudPermissionsAnalysis } from '../cloud-permissions.js'
import type { Derived } from '../__fixtures__/derive.js'
import { derive, graphOf } from '../__fixtures__/derive.js'

const F = 'src/analyses/cloud-permissions/__fixtures__'
const EKS = 'arn:aws:eks:eu-west-1:111122223333:cluster/payments-eks'
const AKS = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod'
const role = (name: string): string => `arn:aws:iam::111122223333:role/${name}`
const eksSa = (name: string): string => `k8s://payments-eks/payments/serviceaccount/${name}`
const aksSa = (name: string): string => `k8s://aks-prod/checkout/serviceaccount/${name}`
const mi = (name: string): string => `/subscriptions/00000000-0000-0000-0000-000000000001/resourcegroups/rg-aks/providers/microsoft.managedidentity/userassignedidentities/${name}`

describe('workload-identity', () => {
  let derived: Derived | undefined
  const load = async (): Promise<Derived> =>
    (derived ??= derive(
      cloudPermissionsAnalysis,
      await graphOf(
        [
          `${F}/aws/iam-authz-irsa.json`,
          `${F}/aws/eks-describe-payments.json`,
          { path: `${F}/workload-identity/eks-service-accounts.json`, options: { clusterId: EKS } },
          `${F}/workload-identity/arg-aks-identities.json`,
          { path: `${F}/workload-identity/aks-service-accounts.json`, options: { clusterId: AKS } },
        ],
        // A role known from an export without trust policies (a Config item read apart, a Terraform plan).
        [{ nodes: [{ id: role('unlisted-role'), kind: 'aws.iam.role', family: 'identity', provider: 'aws', props: { roleName: 'unlisted-role' } }], edges: [] }],
      ),
    ))

  it('links IRSA when the role trust admits the service account from the cluster OIDC provider', async () => {
    const d = await load()
    const hop = d.edge('can-assume', eksSa('api'), role('payments-irsa'))
    expect(hop?.props).toEqual({ method: 'irsa' })
    expect(hop?.evidence?.[0]?.detail).toContain('statement PaymentsApi')
    expect(d.props('can-assume', eksSa('worker'), role('wildcard-irsa'))).toEqual({ method: 'irsa' })
  })

  it.each([
    ['another subject', 'batch', 'batch-irsa'],
    ["another cluster's OIDC provider", 'other-cluster', 'other-cluster-irsa'],
    ['an explicit Deny for the subject', 'denied', 'denied-irsa'],
  ])('gives no IRSA edge when the trust names %s', async (_why, sa, target) => {
    expect((await load()).edge('can-assume', eksSa(sa), role(target))).toBeUndefined()
  })

  it('keeps the IRSA edge with a caveat when the role trust policy is not in the input', async () => {
    const caveats = (await load()).props('can-assume', eksSa('unknown-trust'), role('unlisted-role'))?.['caveats']
    expect(caveats).toEqual([expect.stringContaining('trust policy of arn:aws:iam::111122223333:role/unlisted-role is not in the input')])
  })

  it('links Azure workload identity when a federated credential trusts the AKS issuer for the subject', async () => {
    const d = await load()
    const hop = d.edge('can-assume', aksSa('checkout-api'), mi('id-checkout'))
    expect(hop?.props).toEqual({ method: 'azure-workload-identity' })
    expect(hop?.evidence?.[0]?.source).toBe(`${mi('id-checkout')}/federatedidentitycredentials/checkout-api`)
  })

  it.each([
    ['a credential for another subject', 'impostor', 'id-worker'],
    ['a credential from another issuer', 'foreign', 'id-foreign'],
  ])('gives no Azure workload-identity edge for %s', async (_why, sa, identity) => {
    expect((await load()).edge('can-assume', aksSa(sa), mi(identity))).toBeUndefined()
  })

  it('keeps the Azure workload-identity edge with a caveat when the identity has no federated credential in the input', async () => {
    const caveats = (await load()).props('can-assume', aksSa('legacy'), mi('id-nocreds'))?.['caveats']
    expect(caveats).toEqual([expect.stringContaining('no federated identity credential')])
  })
})
