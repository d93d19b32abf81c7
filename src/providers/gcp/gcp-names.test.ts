import { describe, expect, it } from 'vitest'
import { ancestorNodeId, computeName, gcpServiceAccountNodeId, projectIdOfName, serviceAccountEmailOfName } from './gcp-names.js'

describe('gcp-names', () => {
  it('turns self-links and relative names into compute full names', () => {
    const name = '//compute.googleapis.com/projects/demo-proj/global/networks/default'
    expect(computeName('https://www.googleapis.com/compute/v1/projects/demo-proj/global/networks/default')).toBe(name)
    expect(computeName('https://compute.googleapis.com/compute/beta/projects/demo-proj/global/networks/default')).toBe(name)
    expect(computeName('projects/demo-proj/global/networks/default')).toBe(name)
    expect(computeName(name)).toBe(name)
    expect(computeName('default')).toBeUndefined()
  })

  it('keys ancestors as Resource Manager full names, projects by number', () => {
    expect(ancestorNodeId('projects/123456789012')).toBe('//cloudresourcemanager.googleapis.com/projects/123456789012')
    expect(ancestorNodeId('folders/42')).toBe('//cloudresourcemanager.googleapis.com/folders/42')
    expect(ancestorNodeId('organizations/99')).toBe('//cloudresourcemanager.googleapis.com/organizations/99')
    expect(ancestorNodeId('billingAccounts/x')).toBeUndefined()
  })

  it('builds service-account ids from the email, taking the project from the email when it says', () => {
    expect(gcpServiceAccountNodeId('App-SA@demo-proj.iam.gserviceaccount.com', 'other')).toBe(
      '//iam.googleapis.com/projects/demo-proj/serviceAccounts/app-sa@demo-proj.iam.gserviceaccount.com',
    )
    expect(gcpServiceAccountNodeId('demo-proj@appspot.gserviceaccount.com', 'other')).toBe(
      '//iam.googleapis.com/projects/demo-proj/serviceAccounts/demo-proj@appspot.gserviceaccount.com',
    )
    expect(gcpServiceAccountNodeId('123-compute@developer.gserviceaccount.com', 'demo-proj')).toBe(
      '//iam.googleapis.com/projects/demo-proj/serviceAccounts/123-compute@developer.gserviceaccount.com',
    )
    // Google-managed service agents live in Google's projects: the referencing project is used.
    expect(gcpServiceAccountNodeId('service-1@gcp-sa-cloud-sql.iam.gserviceaccount.com', 'demo-proj')).toContain('/projects/demo-proj/')
    expect(gcpServiceAccountNodeId('x@developer.gserviceaccount.com', undefined)).toContain('/projects/-/')
  })

  it('reads project ids and service-account emails out of names', () => {
    expect(projectIdOfName('//compute.googleapis.com/projects/demo-proj/zones/z/instances/i')).toBe('demo-proj')
    expect(serviceAccountEmailOfName('projects/p/serviceAccounts/a@p.iam.gserviceaccount.com/keys/k')).toBe('a@p.iam.gserviceaccount.com')
    expect(serviceAccountEmailOfName('//iam.googleapis.com/projects/p/serviceAccounts/1048576')).toBeUndefined()
  })
})
