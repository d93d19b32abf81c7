/**
 * Test helper: reads back an RFC 5322 message as sent over SMTP or written to .eml — unfolded headers, and the
 * decoded text and HTML parts of a multipart/alternative body (quoted-printable, base64 or 7bit). Small on purpose:
 * mailparser is not a dependency, and the assertions only need these.
 */

export interface ParsedMail {
  readonly headers: ReadonlyMap<string, string>
  readonly text: string
  readonly html: string
  readonly contentType: string
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const normalized = raw.replace(/\r\n/g, '\n')
  const end = normalized.indexOf('\n\n')
  const head = end < 0 ? normalized : normalized.slice(0, end)
  const body = end < 0 ? '' : normalized.slice(end + 2)
  const headers = new Map<string, string>()
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'quoted-printable':
      return Buffer.from(
        body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        'latin1',
      ).toString('utf8')
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    default:
      return body
  }
}

/** RFC 2047 encoded-words in a header (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`). */
export function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) =>
    kind.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : decodeBody(text.replace(/_/g, ' '), 'quoted-printable'),
  )
}

export function parseMail(raw: string): ParsedMail {
  const { headers, body } = splitHead(raw)
  const contentType = headers.get('content-type') ?? 'text/plain'
  let text = ''
  let html = ''
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  const parts = boundary === undefined ? [raw.replace(/\r\n/g, '\n')] : body.split(`--${boundary}`).slice(1, -1)
  for (const part of parts) {
    const { headers: ph, body: pb } = splitHead(part.replace(/^\n/, ''))
    const type = ph.get('content-type') ?? ''
    const decoded = decodeBody(pb.replace(/\n$/, ''), ph.get('content-transfer-encoding'))
    if (type.startsWith('text/plain')) text = decoded
    else if (type.startsWith('text/html')) html = decoded
  }
  return { headers, text, html, contentType }
}
