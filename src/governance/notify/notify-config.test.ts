import { describe, expect, it } from 'vitest'
import { resolveNotifyConfig } from './notify-config.js'
import type { NotifyFile } from './notify-config.js'

const file: NotifyFile = {
  directory: 'owners.yaml',
  from: 'File <file@x.example>',
  smtp: { host: 'file.x.example', port: 2525, user: 'file-user', passwordEnv: 'MY_SMTP_PASS', rateLimit: { perMinute: 30 } },
  webhooks: [{ url: 'https://hooks.x.example/a?token=abc', secretEnv: 'HOOK_A' }],
}

describe('resolveNotifyConfig', () => {
  it('takes flags over the environment over the file, and resolves the directory against the file', () => {
    const env = { SKYHOUND_SMTP_HOST: 'env.x.example', SKYHOUND_SMTP_PORT: '1025', MY_SMTP_PASS: 'from-env', HOOK_A: 'secret-a', SKYHOUND_NOTIFY_FROM: 'Env <env@x.example>' }
    const fromEnv = resolveNotifyConfig(file, '/etc/skyhound', env, {})
    expect(fromEnv).toMatchObject({ directoryFile: '/etc/skyhound/owners.yaml', from: 'Env <env@x.example>', owners: true, managers: true })
    expect(fromEnv.smtp).toMatchObject({ host: 'env.x.example', port: 1025, secure: false, startTls: 'required', user: 'file-user', password: 'from-env', rateLimit: { perMinute: 30 }, retries: { attempts: 4, baseDelayMs: 2000 } })
    // The webhook is named by its URL without the query (which may hold a token).
    expect(fromEnv.webhooks).toStrictEqual([{ name: 'https://hooks.x.example/a', url: 'https://hooks.x.example/a?token=abc', secret: 'secret-a', timeoutMs: 10_000, retries: { attempts: 3, baseDelayMs: 1000 } }])
    const fromFlags = resolveNotifyConfig(file, '/etc/skyhound', env, { smtpHost: 'flag.x.example', smtpPort: '465', smtpSecure: true, directory: './here.yaml', managers: false })
    expect(fromFlags.smtp).toMatchObject({ host: 'flag.x.example', port: 465, secure: true })
    expect(fromFlags).toMatchObject({ directoryFile: './here.yaml', managers: false })
  })

  it('defaults the port by TLS mode and has no SMTP without a host', () => {
    expect(resolveNotifyConfig({ webhooks: [], smtp: { host: 'h', secure: true } }, '/', {}, {}).smtp?.port).toBe(465)
    expect(resolveNotifyConfig({ webhooks: [], smtp: { host: 'h' } }, '/', {}, {}).smtp?.port).toBe(587)
    expect(resolveNotifyConfig({ webhooks: [] }, '/', {}, {}).smtp).toBeUndefined()
  })

  it('refuses missing secrets, naming the variable', () => {
    expect(() => resolveNotifyConfig(file, '/', { HOOK_A: 's' }, {})).toThrow('SMTP user file-user is set but the password variable MY_SMTP_PASS is empty')
    expect(() => resolveNotifyConfig({ webhooks: file.webhooks }, '/', {}, {})).toThrow('webhook https://hooks.x.example/a needs its signing secret in HOOK_A, which is empty')
    expect(() => resolveNotifyConfig({ webhooks: [] }, '/', {}, { webhook: ['https://h.x.example/w'] })).toThrow('SKYHOUND_WEBHOOK_SECRET')
    expect(() => resolveNotifyConfig({ webhooks: [] }, '/', {}, { smtpHost: 'h', smtpPort: 'abc' })).toThrow('--smtp-port abc is not a TCP port')
  })
})
