import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/cli-run.js'

const IAM = 'src/providers/aws/__fixtures__/iam-authz.json'
const PODS = 'src/providers/kubernetes/__fixtures__/list-mixed.json'
const TRIVY = 'src/providers/scanner/__fixtures__/trivy-image.json'
const POD = 'k8s://prod/shop/pod/billing-7d9f-abcde'
const KEY = 'aws://access-keys/AKIAEXAMPLEALICE0001'

describe('explain', () => {
  let dir: string
  let db: string
  let snapshot: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-explain-'))
    db = join(dir, 'store.db')
    const scan = await runCli(['--db', db, '--json', 'scan', '--cluster-id', 'prod', IAM, PODS, TRIVY])
    expect(scan.code, scan.stderr).toBe(0)
    snapshot = (JSON.parse(scan.stdout) as { snapshot: { id: string } }).snapshot.id
  }, 60_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it("prints a node's insights with params and evidence", async () => {
    const run = await runCli(['--db', db, 'explain', POD])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`(${POD})`)
    expect(run.stdout).toMatch(/• vulnerable-to-rce +{.*"via":\["image:\/\/registry\.example\/billing:1\.4"\]/)
    expect(run.stdout).toMatch(/evidence: .*trivy-image\.json — runs image:\/\/registry\.example\/billing:1\.4/)
  })

  it('prints derived edges out of a node with props and evidence, and none of the ingested ones', async () => {
    const run = await runCli(['--db', db, 'explain', KEY])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/Derived edges out \(1\)\n {2}→ can-authenticate-to dev-alice \(arn:aws:iam::111122223333:user\/dev-alice\) {2}{"credential":"aws-access-key"/)
    expect(run.stdout).not.toContain('attached-to')
  })

  it('prints derived edges into a node', async () => {
    const run = await runCli(['--db', db, 'explain', 'arn:aws:iam::111122223333:user/dev-alice'])
    expect(run.stdout).toMatch(/Derived edges in \(\d+\)[\s\S]*← can-authenticate-to AKIAEXAMPLEALICE0001 \(aws:\/\/access-keys\/AKIAEXAMPLEALICE0001\)/)
  })

  it('prints one JSON document with --json, for the snapshot asked for', async () => {
    const run = await runCli(['--db', db, 'explain', KEY, '--snapshot', snapshot, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const doc = JSON.parse(run.stdout)
    expect(doc.snapshot).toBe(snapshot)
    expect(doc.node).toMatchObject({ id: KEY, kind: 'aws.iam.access-key', family: 'secret' })
    expect(doc.edges.out).toEqual([expect.objectContaining({ kind: 'can-authenticate-to', to: 'arn:aws:iam::111122223333:user/dev-alice', props: expect.objectContaining({ accessKeyId: 'AKIAEXAMPLEALICE0001' }) })])
    expect(doc.edges.out[0].evidence[0].detail).toContain('dev-alice')
    expect(doc.totals).toEqual({ out: 1, in: 0 })
  })

  it('stops each list at --limit and says how many more there are', async () => {
    const run = await runCli(['--db', db, 'explain', 'arn:aws:iam::111122223333:user/dev-alice', '--limit', '0'])
    expect(run.stdout).toMatch(/… \d+ more \(raise --limit\)/)
  })

  it('exits 2 on an unknown id and suggests the ids that contain it', async () => {
    const run = await runCli(['--db', db, 'explain', 'billing-7d9f'])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^skyhound: no node billing-7d9f in snapshot snap-.*\(hint: did you mean .*k8s:\/\/prod\/shop\/replicaset\/billing-7d9f/)
    expect(run.stderr).toContain(POD)
  })

  it('exits 2 on an unknown snapshot', async () => {
    const run = await runCli(['--db', db, 'explain', POD, '--snapshot', 'snap-missing'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('snap-missing')
  })
})
