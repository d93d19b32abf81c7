/** The CLI entry as bin/skyhound.js runs it, but from source (for spawned tests). */
import { main } from '../../src/cli/main.js'

process.exitCode = await main(process.argv)
