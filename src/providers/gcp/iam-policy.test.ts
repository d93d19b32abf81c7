import { describe, expect, it } from 'vitest'
import { normalizeIamPolicy } from './iam-policy.js'

describe('iam-policy', () => {
  it('keeps role, members and condition per binding and calls out public members', () => {
    expect(
      normalizeIamPolicy({
        version: 3,
        etag: 'BwX=',
        bindings: [
          { role: 'roles/storage.objectViewer', members: ['allUsers', 'user:a@example.com'] },
          { role: 'roles/editor', members: ['allAuthenticatedUsers'], condition: { title: 't', expression: 'request.time < timestamp("2030-01-01T00:00:00Z")' } },
          { members: ['user:no-role@example.com'] },
        ],
      }),
    ).toEqual({
      iamBindings: [
        { role: 'roles/storage.objectViewer', members: ['allUsers', 'user:a@example.com'] },
        { role: 'roles/editor', members: ['allAuthenticatedUsers'], condition: { title: 't', expression: 'request.time < timestamp("2030-01-01T00:00:00Z")' } },
      ],
      iamVersion: 3,
      iamEtag: 'BwX=',
      publicBindings: [
        { role: 'roles/storage.objectViewer', member: 'allUsers' },
        { role: 'roles/editor', member: 'allAuthenticatedUsers' },
      ],
    })
  })
})
