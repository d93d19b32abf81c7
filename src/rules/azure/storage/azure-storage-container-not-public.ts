/** @module azure-storage-container-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { RuleNode } from '../../rule-node.js'

export const azureStorageContainerNotPublic = defineRule({
  id: 'azure-storage-container-not-public',
  title: 'Blob container does not allow anonymous access',
  description:
    'A container with public access level Blob lets anyone read its blobs by URL; Container also lets them list ' +
    'every blob. Effective only while the account allows blob public access, which is why both are checked.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Set the container public access level to Private, and disallow blob public access on the account.'],
    cli: 'az storage container set-permission --name <container> --account-name <account> --public-access off',
    terraform: 'container_access_type = "private"',
  },
  target: { kinds: ['azure.storage.blobcontainer'] },
  evaluate: (container) => {
    const level = container.needStr('publicAccess')
    if (level === 'none') return healthy(`container ${container.label} is private`)
    // The account switch overrides container levels: anonymous access is refused while it is off.
    const accountId = container.str('storageAccountId')
    const index = accountId === undefined ? undefined : container.graph.indexOf(accountId)
    const account = index === undefined ? undefined : new RuleNode(container.graph, index)
    return account?.bool('allowBlobPublicAccess') === false
      ? healthy(`container ${container.label} is set to ${level} but its account refuses anonymous access`)
      : unhealthy(`container ${container.label} allows anonymous ${level === 'container' ? 'listing and reading' : 'reading'} of its blobs`)
  },
})
