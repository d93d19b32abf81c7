/**
 * Analysis benchmarks: each function generates a large graph shaped like the providers' output (seeded,
 * deterministic), runs one analysis and reports time, memory and output size. Helpers append their own
 * function here.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GraphBuilder, deriveGraph } from '../../src/graph/graph-builder.js'
import type { JsonObject, NodeInput } from '../../src/model/graph-types.js'
import { INTERNET_NODE_ID } from '../../src/model/graph-types.js'
import { awsAccountNodeId } from '../../src/providers/ids.js'
import { awsPermissionsAnalysis } from '../../src/analyses/aws-permissions/aws-permissions.js'
import { orderAnalyses } from '../../src/analyses/analysis.js'
import { BUILTIN_ANALYSES } from '../../src/analyses/index.js'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import { detectFormat, sampleOf } from '../../src/formats/detect.js'
import { InputFile } from '../../src/formats/input-file.js'
import { readInput } from '../../src/formats/read-input.js'
import { BUILTIN_FORMATS } from '../../src/formats/registry.js'
import { collectInputs } from '../../src/scan/collect-inputs.js'

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MB`

export interface AwsPermissionsBenchOptions {
  readonly roles: number
  readonly users: number
  readonly buckets: number
  readonly keys: number
  readonly secrets: number
  readonly functions: number
  readonly instances: number
  readonly accounts: number
  /** Roles allowed `s3:Get*` and `s3:List*` on every bucket (absolute, not a share: their edges scale with the buckets). */
  readonly broadReaders: number
  /** Bucket name prefixes (`team-<n>-`) that team roles and groups are granted (default 100). */
  readonly teams?: number
}

/**
 * A generated IAM estate: roles with a realistic mix (2% admin, `broadReaders` read every bucket, 20% a team
 * prefix of buckets, 60% a few named resources, 10% assume other roles, 5% PassRole to EC2), shared
 * customer managed policies, users in groups, bucket/key policies naming roles and accounts, functions
 * and instances running as roles.
 */
export function benchAwsPermissions(o: AwsPermissionsBenchOptions): Record<string, number> {
  const random = mulberry32(7)
  const pick = (n: number): number => Math.floor(random() * n)
  const accounts = Array.from({ length: o.accounts }, (_, i) => String(111100000000 + i * 1111))
  const acct = (i: number): string => accounts[i % accounts.length]!
  const doc = (...Statement: JsonObject[]): JsonObject => ({ Version: '2012-10-17', Statement })
  const allow = (Action: string | string[], Resource: string | string[] = '*'): JsonObject => ({ Effect: 'Allow', Action, Resource })
  const node = (id: string, kind: string, family: NodeInput['family'], account: string, props: JsonObject): NodeInput => ({ id, kind, family, provider: 'aws', scope: awsAccountNodeId(account), name: id.split(/[/:]/).pop()!, props })
  const roleArn = (i: number): string => `arn:aws:iam::${acct(i)}:role/app-${i}`
  const teams = o.teams ?? 100
  const bucketName = (i: number): string => `team-${i % teams}-bucket-${i}`

  const nodes: NodeInput[] = accounts.map((a) => node(awsAccountNodeId(a), 'aws.account', 'account', a, { accountId: a }))
  const policies = 200
  for (let p = 0; p < policies; p++) {
    const a = acct(p)
    nodes.push(
      node(`arn:aws:iam::${a}:policy/shared-${p}`, 'aws.iam.policy', 'policy', a, {
        policyName: `shared-${p}`,
        document: doc(allow(['logs:CreateLogStream', 'logs:PutLogEvents']), allow('dynamodb:Query', `arn:aws:dynamodb:*:${a}:table/t-${p}`)),
        versions: [],
      }),
    )
  }
  nodes.push(node('arn:aws:iam::aws:policy/AdministratorAccess', 'aws.iam.policy', 'policy', '', { policyName: 'AdministratorAccess', document: doc(allow('*')) }))
  for (let i = 0; i < o.roles; i++) {
    const a = acct(i)
    const kindRoll = random()
    const statements: JsonObject[] = []
    const managed = [`arn:aws:iam::${a}:policy/shared-${pick(policies / o.accounts) * o.accounts + (i % o.accounts)}`]
    if (i < o.broadReaders) statements.push(allow(['s3:Get*', 's3:List*']))
    else if (kindRoll < 0.02) managed.push('arn:aws:iam::aws:policy/AdministratorAccess')
    else if (kindRoll < 0.225) statements.push(allow(['s3:GetObject', 's3:PutObject'], `arn:aws:s3:::team-${pick(teams)}-*`))
    else if (kindRoll < 0.825) {
      statements.push(allow('s3:GetObject', [0, 1, 2].map(() => `arn:aws:s3:::${bucketName(pick(o.buckets))}/*`)))
      statements.push(allow('kms:Decrypt', `arn:aws:kms:eu-west-1:${a}:key/k-${pick(o.keys)}`))
      statements.push(allow('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:eu-west-1:${a}:secret:s-${pick(o.secrets)}-*`))
    } else if (kindRoll < 0.925) statements.push(allow('sts:AssumeRole', [roleArn(pick(o.roles)), roleArn(pick(o.roles))]))
    else statements.push(allow('iam:PassRole', `arn:aws:iam::${a}:role/app-1*`), allow('ec2:RunInstances'))
    const trustRoll = random()
    const principal: JsonObject =
      trustRoll < 0.6 ? { Service: 'ec2.amazonaws.com' } : trustRoll < 0.8 ? { Service: 'lambda.amazonaws.com' } : trustRoll < 0.95 ? { AWS: roleArn(pick(o.roles)) } : { AWS: `arn:aws:iam::${a}:root` }
    nodes.push(
      node(roleArn(i), 'aws.iam.role', 'identity', a, {
        roleName: `app-${i}`,
        trustPolicy: doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }),
        attachedPolicyArns: managed,
        inlinePolicies: statements.length > 0 ? [{ name: 'inline', document: doc(...statements) }] : [],
        instanceProfileArns: [`arn:aws:iam::${a}:instance-profile/app-${i}`],
      }),
    )
  }
  for (let g = 0; g < 50; g++) {
    const a = acct(g)
    nodes.push(node(`arn:aws:iam::${a}:group/g-${g}`, 'aws.iam.group', 'group', a, { groupName: `g-${g}`, attachedPolicyArns: [], inlinePolicies: [{ name: 'read', document: doc(allow('s3:GetObject', `arn:aws:s3:::team-${g}-*`)) }] }))
  }
  for (let u = 0; u < o.users; u++) {
    const a = acct(u)
    nodes.push(node(`arn:aws:iam::${a}:user/u-${u}`, 'aws.iam.user', 'identity', a, { userName: `u-${u}`, groupNames: [`g-${(u * o.accounts + (u % o.accounts)) % 50}`], attachedPolicyArns: [], inlinePolicies: [] }))
  }
  for (let b = 0; b < o.buckets; b++) {
    const a = acct(b)
    const withPolicy = b % 10 === 0
    nodes.push(
      node(`arn:aws:s3:::${bucketName(b)}`, 'aws.s3.bucket', 'object-storage', a, {
        bucketName: bucketName(b),
        ...(withPolicy
          ? { resourcePolicy: doc({ Effect: 'Allow', Principal: { AWS: b % 20 === 0 ? roleArn(pick(o.roles)) : acct(b + 1) }, Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucketName(b)}/*` }) }
          : {}),
      }),
    )
  }
  for (let k = 0; k < o.keys; k++) {
    const a = acct(k)
    nodes.push(node(`arn:aws:kms:eu-west-1:${a}:key/k-${k}`, 'aws.kms.key', 'kms-key', a, { keyManager: 'CUSTOMER', resourcePolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${a}:root` }, Action: 'kms:*', Resource: '*' }) }))
  }
  for (let s = 0; s < o.secrets; s++) {
    const a = acct(s)
    nodes.push(node(`arn:aws:secretsmanager:eu-west-1:${a}:secret:s-${s}-AbCdEf`, 'aws.secretsmanager.secret', 'secret-store', a, { secretName: `s-${s}` }))
  }
  for (let f = 0; f < o.functions; f++) {
    const a = acct(f)
    nodes.push(node(`arn:aws:lambda:eu-west-1:${a}:function:f-${f}`, 'aws.lambda.function', 'function', a, { roleArn: roleArn(pick(o.roles)) }))
  }
  for (let i = 0; i < o.instances; i++) {
    const a = acct(i)
    nodes.push(node(`arn:aws:ec2:eu-west-1:${a}:instance/i-${i}`, 'aws.ec2.instance', 'vm', a, { instanceProfileArn: `arn:aws:iam::${a}:instance-profile/app-${pick(o.roles)}` }))
  }

  const tBuild = performance.now()
  const builder = new GraphBuilder()
  builder.addFragment({ nodes, edges: [] })
  const { graph } = builder.build()
  nodes.length = 0
  global.gc?.()
  console.log(`aws-permissions bench graph: ${graph.nodeCount} nodes built in ${Math.round(performance.now() - tBuild)} ms, heap ${mb(process.memoryUsage().heapUsed)}`)
  const heapBefore = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const derivation = awsPermissionsAnalysis.run(graph, { options: {} })
  const ms = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  const heapAfter = process.memoryUsage().heapUsed
  const edges = derivation.edges ?? []
  const count = (kind: string): number => edges.filter((e) => e.kind === kind).length
  const result = {
    nodes: graph.nodeCount,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    heapDeltaMb: Math.round((heapAfter - heapBefore) / 1048576),
    edges: edges.length,
    hasPermissionTo: count('has-permission-to'),
    canAssume: count('can-assume'),
    insights: derivation.insights?.length ?? 0,
  }
  console.log(
    `aws-permissions: ${result.nodes} nodes (${o.roles} roles, ${o.users} users, ${o.buckets} buckets…) → ${result.edges} edges ` +
      `(${result.hasPermissionTo} has-permission-to, ${result.canAssume} can-assume), ${result.insights} insights in ${result.ms} ms (cpu ${result.cpuMs} ms), ` +
      `heap +${mb(heapAfter - heapBefore)} (rss ${mb(process.memoryUsage().rss)})`,
  )
  return result
}

export interface DemoAnalysesBenchOptions {
  readonly resources: number
  readonly seed?: number
  /** Analyse an estate already generated there instead of generating one into a temp dir. */
  readonly dir?: string
  /** Run only these analyses (ids), still in dependency order; the others' output is then missing. */
  readonly only?: readonly string[]
}

export interface AnalysisFigures {
  readonly id: string
  /** Wall time of `run` (the derivation) and of applying it to the graph. */
  readonly runMs: number
  readonly applyMs: number
  /** CPU time of `run` alone (on a shared machine a steadier figure than wall time). */
  readonly cpuMs: number
  /** Live heap after a full GC, before and after the analysis (the derivation applied, the old graph dropped). */
  readonly heapBeforeMb: number
  readonly heapAfterMb: number
  /** Heap growth during `run` before any GC: what the analysis allocates at its peak, roughly. */
  readonly runAllocMb: number
  readonly edges: number
  readonly insights: number
}

/**
 * The demo estate at N resources (src/demo/generate-demo.ts) read and built as `scan` does, then each built-in
 * analysis timed on its own, in dependency order: run time, apply time, CPU, live heap after GC before and
 * after, and what it derived. Rules, attack paths and the score are left out (benches of their own).
 */
export async function benchDemoAnalyses(o: DemoAnalysesBenchOptions): Promise<AnalysisFigures[]> {
  const dir = o.dir ?? (await mkdtemp(join(tmpdir(), 'skyhound-bench-analyses-')))
  try {
    if (o.dir === undefined) {
      const g0 = performance.now()
      const manifest = await generateDemoEstate({ outDir: dir, seed: o.seed ?? 1, resources: o.resources })
      console.log(`demo estate: ${manifest.counts.resources} resources in ${manifest.files.length} files, generated in ${Math.round(performance.now() - g0)} ms`)
    }
    const b0 = performance.now()
    const builder = new GraphBuilder()
    builder.addNode({ id: INTERNET_NODE_ID, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' })
    for (const input of await collectInputs([dir])) {
      const file = await InputFile.open(input.path)
      const format = detectFormat(await sampleOf(file), BUILTIN_FORMATS)
      if (format === undefined) continue
      const result = await readInput(file, format, input.options ?? {})
      builder.addFragment(result.fragment, { file: input.path, format: format.id })
    }
    let graph = builder.build().graph
    global.gc?.()
    console.log(`graph: ${graph.nodeCount} nodes, ${graph.edgeCount} edges, read and built in ${Math.round(performance.now() - b0)} ms, heap ${mb(process.memoryUsage().heapUsed)}`)
    const figures: AnalysisFigures[] = []
    const row = (f: AnalysisFigures): string =>
      `  ${f.id.padEnd(20)} ${String(f.runMs).padStart(8)} ${String(f.applyMs).padStart(9)} ${String(f.cpuMs).padStart(8)} ${`${f.heapBeforeMb}→${f.heapAfterMb}`.padStart(13)} ${String(f.runAllocMb).padStart(9)} ${String(f.edges).padStart(9)} ${String(f.insights).padStart(9)}`
    console.log(`  ${'analysis'.padEnd(20)} ${'run ms'.padStart(8)} ${'apply ms'.padStart(9)} ${'run cpu'.padStart(8)} ${'heap MB'.padStart(13)} ${'alloc MB'.padStart(9)} ${'edges'.padStart(9)} ${'insights'.padStart(9)}`)
    for (const analysis of orderAnalyses(BUILTIN_ANALYSES)) {
      if (o.only !== undefined && !o.only.includes(analysis.id)) continue
      global.gc?.()
      const heapBefore = process.memoryUsage().heapUsed
      const cpu0 = process.cpuUsage()
      const t0 = performance.now()
      const derivation = analysis.run(graph, { options: {} })
      const t1 = performance.now()
      const cpu = process.cpuUsage(cpu0)
      const runAlloc = process.memoryUsage().heapUsed - heapBefore
      graph = deriveGraph(graph, derivation)
      const t2 = performance.now()
      global.gc?.()
      figures.push({
        id: analysis.id,
        runMs: Math.round(t1 - t0),
        applyMs: Math.round(t2 - t1),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        heapBeforeMb: Math.round(heapBefore / 1048576),
        heapAfterMb: Math.round(process.memoryUsage().heapUsed / 1048576),
        runAllocMb: Math.round(Math.max(0, runAlloc) / 1048576),
        edges: derivation.edges?.length ?? 0,
        insights: derivation.insights?.length ?? 0,
      })
      // One line as each analysis ends: at 1M resources the whole run takes many minutes.
      console.log(row(figures[figures.length - 1]!))
    }
    console.log(`${graph.nodeCount} nodes after the analyses (rss ${mb(process.memoryUsage().rss)}, process high-water ${mb(process.resourceUsage().maxRSS * 1024)})`)
    return figures
  } finally {
    if (o.dir === undefined) await rm(dir, { recursive: true, force: true })
  }
}
