/**
 * @module Renders a digest as a mail: subject, plain-text part and HTML part. Resource names, finding titles and
 * ETA justifications come from scanned inventories and users, so they are attacker-controlled: every value is
 * HTML-escaped in the HTML part and stripped of control characters in both parts (no forged lines or headers).
 */
import type { DigestSection, DigestTask, ManagerDigest, OwnerDigest, Digest } from './notify-digest.js'

export interface MailContent {
  readonly subject: string
  readonly text: string
  readonly html: string
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Control characters (newlines included) become spaces: a value always stays on its own line. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const plain = (value: string): string => value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')

export const escapeHtml = (value: string): string => plain(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

function taskLines(t: DigestTask): string[] {
  const { task } = t
  const flag = t.overdue ? `[OVERDUE ${t.daysOverdue}d] ` : ''
  const eta = task.eta === null ? '' : `   ETA: ${task.eta.date} (${plain(task.eta.justification)})`
  return [
    `  - ${flag}${plain(task.finding.title)}`,
    `    Resource: ${plain(task.resource.name)} (${plain(task.resource.kind)}) ${plain(task.resource.id)}`,
    `    Rule: ${plain(task.finding.ruleId)}   Scope: ${plain(task.resource.scope)}`,
    `    Due: ${task.dueDate ?? 'none'}${eta}`,
  ]
}

function sectionText(sections: readonly DigestSection[]): string[] {
  return sections.flatMap((s) => ['', `${s.severity.toUpperCase()} (${s.tasks.length})`, ...s.tasks.flatMap(taskLines)])
}

function taskRow(t: DigestTask): string {
  const { task } = t
  const status = t.overdue ? `<strong style="color:#b00020">overdue ${t.daysOverdue}d</strong>` : 'on time'
  const eta = task.eta === null ? '' : `${escapeHtml(task.eta.date)}<br><small>${escapeHtml(task.eta.justification)}</small>`
  return (
    `<tr><td>${status}</td>` +
    `<td>${escapeHtml(task.finding.title)}<br><small><code>${escapeHtml(task.finding.ruleId)}</code></small></td>` +
    `<td>${escapeHtml(task.resource.name)}<br><small>${escapeHtml(task.resource.kind)} · <code>${escapeHtml(task.resource.id)}</code></small></td>` +
    `<td>${escapeHtml(task.dueDate ?? 'none')}</td><td>${eta}</td></tr>`
  )
}

function sectionHtml(sections: readonly DigestSection[]): string {
  return sections
    .map(
      (s) =>
        `<h3>${escapeHtml(s.severity)} (${s.tasks.length})</h3>\n` +
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' +
        '<tr><th>Status</th><th>Recommendation</th><th>Resource</th><th>Due</th><th>ETA</th></tr>\n' +
        s.tasks.map(taskRow).join('\n') +
        '</table>',
    )
    .join('\n')
}

const FOOTER = 'Sent by Skyhound governance (skyhound governance notify). One digest per week; tasks are updated at each scan.'

function page(title: string, body: string): string {
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body style="font-family:sans-serif">\n${body}\n<p><small>${escapeHtml(FOOTER)}</small></p>\n</body></html>\n`
}

function renderOwner(d: OwnerDigest): MailContent {
  const subject = `[Skyhound] ${plural(d.open, 'open remediation task')}, ${d.overdue} overdue (${d.period})`
  const intro = `You own ${plural(d.open, 'open remediation task')} (${d.overdue} overdue) as of ${d.today}, for ${d.owners.map(plain).join(', ')}.`
  const text = [intro, ...sectionText(d.sections), '', FOOTER, ''].join('\n')
  const html = page(subject, `<p>${escapeHtml(intro)}</p>\n${sectionHtml(d.sections)}`)
  return { subject, text, html }
}

function renderManager(d: ManagerDigest): MailContent {
  const subject = `[Skyhound] ${plural(d.overdue, 'overdue remediation task')} in your team (${d.period})`
  const intro = `People who report to you have ${plural(d.overdue, 'overdue remediation task')} as of ${d.today}.`
  const text = [
    intro,
    ...d.reports.flatMap((r) => ['', `== ${plain(r.name)} <${plain(r.owner)}>: ${r.overdue} overdue`, ...sectionText(r.sections)]),
    '',
    FOOTER,
    '',
  ].join('\n')
  const body = d.reports.map((r) => `<h2>${escapeHtml(r.name)} &lt;${escapeHtml(r.owner)}&gt;: ${r.overdue} overdue</h2>\n${sectionHtml(r.sections)}`).join('\n')
  const html = page(subject, `<p>${escapeHtml(intro)}</p>\n${body}`)
  return { subject, text, html }
}

export function renderDigest(digest: Digest): MailContent {
  return digest.kind === 'owner-digest' ? renderOwner(digest) : renderManager(digest)
}
