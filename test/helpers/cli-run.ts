/** Test helper: runs the CLI in-process with captured output, or as a real child process. */
import { spawnSync } from 'node:child_process'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/main.js'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

class Capture extends Writable {
  text = ''
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString()
    callback()
  }
}

export async function runCli(args: readonly string[]): Promise<CliRun> {
  const stdout = new Capture()
  const stderr = new Capture()
  const code = await main(['node', 'skyhound', ...args], { stdout, stderr })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url))

/** Runs `skyhound` as a separate process (real exit code and streams). */
export function spawnCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
