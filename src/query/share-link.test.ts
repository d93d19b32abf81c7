import { describe, expect, it } from 'vitest'
import { isQueryError } from './query-error.js'
import { decodeShareLink, encodeShareLink } from './share-link.js'
import { parseQueryText } from './text/parse-query.js'

const query = parseQueryText("MATCH (c:k8s-cluster) WHERE c.rbacEnabled = false AND HAS_INSIGHT(c, 'exposed-to-internet', {port: 443}) RETURN c").query

function linkFailure(link: string): string {
  try {
    decodeShareLink(link)
  } catch (error) {
    if (isQueryError(error)) return `${error.queryCode}: ${error.message}`
    throw error
  }
  throw new Error('expected a failure')
}

describe('query/share-link', () => {
  it('encodes the canonical JSON as unpadded base64url and decodes it back', () => {
    const link = encodeShareLink(query)
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(JSON.parse(Buffer.from(link, 'base64url').toString('utf8'))).toEqual(JSON.parse(JSON.stringify(query)))
    expect(decodeShareLink(link)).toEqual(query)
  })

  it('reads the code out of a URL query string or fragment', () => {
    const link = encodeShareLink(query)
    expect(decodeShareLink(`https://skyhound.example/explorer?tab=results&q=${link}`)).toEqual(query)
    expect(decodeShareLink(`https://skyhound.example/explorer#query=${link}`)).toEqual(query)
    expect(decodeShareLink(`  ${link}\n`)).toEqual(query)
  })

  it('rejects links that are not base64url, not JSON or not a valid query', () => {
    expect(linkFailure('not a link!')).toBe('SKY_QUERY_LINK: the link is not base64url text')
    expect(linkFailure(Buffer.from('{oops').toString('base64url'))).toBe('SKY_QUERY_LINK: the link does not hold a JSON query')
    expect(linkFailure(Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'))).toBe('SKY_QUERY_LINK: the link does not decode to text')
    expect(linkFailure(Buffer.from('{"type":"securitygraphquery"}').toString('base64url'))).toMatch(/^SKY_QUERY_INVALID: invalid query at \$\.version/)
    expect(linkFailure('a'.repeat(70_000))).toMatch(/longer than 65536/)
  })
})
