import { describe, expect, it } from 'vitest'
import { imageIdsOf, parseImageRef } from './k8s-image-ref.js'

describe('k8s-image-ref', () => {
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
})
