/**
 * @module Renders docs/cli-commands.md from the commander tree itself, so every command, argument and
 * option in the reference is one the CLI really accepts (docs/cli.md keeps the prose and JSON shapes).
 */
import type { Command, Option } from 'commander'

const code = (text: string): string => `\`${text.replace(/`/g, "'")}\``
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

function optionRow(option: Option): string {
  const fallback: unknown = option.defaultValue
  const shown = fallback === undefined || fallback === false || (Array.isArray(fallback) && fallback.length === 0) ? '' : code(JSON.stringify(fallback))
  return `| ${cell(code(option.flags))} | ${cell(option.description)} | ${shown} |`
}

function commandPath(command: Command): string {
  const names: string[] = []
  for (let c: Command | null = command; c !== null; c = c.parent) names.unshift(c.name())
  return names.join(' ')
}

function section(command: Command, lines: string[]): void {
  const path = commandPath(command)
  const visible = command.options.filter((o) => !o.hidden)
  const args = command.registeredArguments
  lines.push(`## ${path}`, '', command.description() || command.summary() || '(no description)', '', '```', `${path} ${command.usage()}`.trim(), '```', '')
  if (args.length > 0) {
    lines.push('| argument | meaning |', '| --- | --- |')
    for (const arg of args) lines.push(`| ${code(`${arg.name()}${arg.variadic ? '…' : ''}`)}${arg.required ? '' : ' (optional)'} | ${cell(arg.description || '')} |`)
    lines.push('')
  }
  if (visible.length > 0) {
    lines.push('| option | meaning | default |', '| --- | --- | --- |', ...visible.map(optionRow), '')
  }
  for (const sub of command.commands) section(sub, lines)
}

export function renderCommandReference(program: Command, banner: string): string {
  const lines = [
    banner,
    '# Command reference',
    '',
    'Every `skyhound` command with its arguments and options, as the CLI defines them. Global options',
    '(`--db`, `--json`, `--quiet`, `--verbose`) go before the command. Prose, exit codes and the JSON',
    'shapes are in [cli.md](cli.md).',
    '',
  ]
  section(program, lines)
  return `${lines.join('\n').trimEnd()}\n`
}
