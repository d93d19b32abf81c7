import { describe, expect, it } from 'vitest'
import { imageIdentity, imageIdsOf, imageRefNodeId, parseImageRef } from './image-ref.js'

describe('image-ref', () => {
  it('folds Docker Hub spellings and defaults the tag to latest', () => {
    expect(parseImageRef('nginx')).toEqual({ repository: 'nginx', tag: 'latest' })
    expect(parseImageRef('docker.io/library/nginx:1.25')).toEqual({ repository: 'nginx', tag: '1.25' })
    expect(parseImageRef('docker.io/bitnami/redis:7')).toEqual({ repository: 'bitnami/redis', tag: '7' })
  })

  it('keeps registry ports apart from tags and reads digests', () => {
    expect(parseImageRef('localhost:5000/app')).toEqual({ repository: 'localhost:5000/app', tag: 'latest' })
    expect(parseImageRef('docker-pullable://registry.example/billing@sha256:ABC123')).toEqual({ repository: 'registry.example/billing', digest: 'sha256:abc123' })
    expect(imageIdsOf(parseImageRef('r.example/a:1@sha256:abcdef')!)).toEqual(['image://r.example/a@sha256:abcdef', 'image://r.example/a:1'])
  })

  it('rejects paths and bare image ids', () => {
    expect(parseImageRef('/tmp/image.tar')).toBeUndefined()
    expect(parseImageRef('sha256:abcdef')).toBeUndefined()
    expect(parseImageRef('alpine 3.19 (alpine)')).toBeUndefined()
  })

  it('keys an image by its tag id with its digest ids as aliases, or by digest when no tag is known', () => {
    const ref = parseImageRef('r.example/a:1@sha256:abcdef')!
    expect(imageIdentity(ref)).toEqual({ id: 'image://r.example/a:1', aliases: ['image://r.example/a@sha256:abcdef'] })
    const pulled = parseImageRef('docker-pullable://mirror.example/a@sha256:abcdef')!
    expect(imageIdentity(parseImageRef('r.example/a:1')!, [pulled])).toEqual({ id: 'image://r.example/a:1', aliases: ['image://mirror.example/a@sha256:abcdef'] })
    expect(imageIdentity(parseImageRef('r.example/a@sha256:abcdef')!)).toEqual({ id: 'image://r.example/a@sha256:abcdef', aliases: [] })
  })

  it('names the node of an image reference given as text, as pods and scanners do', () => {
    expect(imageRefNodeId('docker.io/library/nginx')).toBe('image://nginx:latest')
    expect(imageRefNodeId('MyAcr.azurecr.io/returns-api:1.2.0')).toBe('image://myacr.azurecr.io/returns-api:1.2.0')
    expect(imageRefNodeId('europe-docker.pkg.dev/p/r/app@sha256:0123abcd')).toBe('image://europe-docker.pkg.dev/p/r/app@sha256:0123abcd')
  })
})
