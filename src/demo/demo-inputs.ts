/**
 * @module The demo folder's INPUT_OPTIONS_FILE: the per-file scan options of the manifest (the cloud cluster of
 * each Kubernetes export, which the export itself does not name), so a plain `skyhound scan <dir>` links every
 * `k8s://<cluster>` to its EKS, AKS or GKE cluster as `--cluster-id` would.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { INPUT_OPTIONS_FILE } from '../scan/collect-inputs.js'
import type { DemoFileEntry } from './demo-types.js'

export interface DemoInputOptions {
  readonly inputs: readonly { readonly match: string; readonly clusterId: string }[]
}

export function demoInputOptions(files: readonly DemoFileEntry[]): DemoInputOptions {
  return { inputs: files.flatMap((f) => (f.scanOptions === undefined ? [] : [{ match: f.path, clusterId: f.scanOptions.clusterId }])) }
}

export async function writeDemoInputOptions(outDir: string, files: readonly DemoFileEntry[]): Promise<void> {
  await writeFile(join(outDir, INPUT_OPTIONS_FILE), `${JSON.stringify(demoInputOptions(files), null, 2)}\n`)
}
