import { describe, expect, it } from 'vitest'
import { parsePolicyDocument } from './policy-document.js'

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }

describe('policy-document', () => {
  it('keeps an object document and leaves Action/Resource as given', () => {
    expect(parsePolicyDocument(doc)).toEqual({ document: doc })
  })

  it('parses a JSON string document', () => {
    expect(parsePolicyDocument(JSON.stringify(doc))).toEqual({ document: doc })
  })

  it('URL-decodes a document that starts with %7B, as the raw IAM API and Config deliver it', () => {
    expect(parsePolicyDocument(encodeURIComponent(JSON.stringify(doc)))).toEqual({ document: doc })
    expect(parsePolicyDocument('%7b%22Statement%22%3A%5B%5D%7D')).toEqual({ document: { Statement: [] } })
  })

  it('turns a single Statement object into a one-element array', () => {
    const single = { Version: '2012-10-17', Statement: { Effect: 'Deny', NotAction: ['iam:*'], NotResource: 'arn:aws:s3:::x' } }
    expect(parsePolicyDocument(single).document?.['Statement']).toEqual([single.Statement])
  })

  it('reads API Gateway policies whose quotes are still backslash-escaped', () => {
    const escaped = JSON.stringify(doc).replace(/"/g, '\\"')
    expect(parsePolicyDocument(escaped)).toEqual({ document: doc })
  })

  it('reports an unreadable document instead of throwing', () => {
    expect(parsePolicyDocument('%7B%22Version%22%3A').error).toMatch(/neither JSON nor URL-encoded JSON/)
    expect(parsePolicyDocument('[1,2]').error).toBe('policy document is not a JSON object')
  })

  it('returns nothing for an absent document', () => {
    expect(parsePolicyDocument(undefined)).toEqual({})
    expect(parsePolicyDocument(null)).toEqual({})
    expect(parsePolicyDocument('')).toEqual({})
  })
})
