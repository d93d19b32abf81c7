import { describe, expect, it } from 'vitest'
import { credentialTargetsIn } from './connection-strings.js'

describe('credentialTargetsIn', () => {
  it('keeps the host of connection strings that carry a password, never the password', () => {
    const found = credentialTargetsIn('postgres://app:s3cr3t@Orders-DB.abc.eu-west-1.rds.amazonaws.com:5432/orders')
    expect(found).toEqual({ kinds: ['connection-string'], hosts: ['orders-db.abc.eu-west-1.rds.amazonaws.com'], storageAccounts: [] })
    expect(JSON.stringify(found)).not.toContain('s3cr3t')
    expect(credentialTargetsIn('mongodb+srv://u:p@cluster0.example.mongodb.net/db')?.hosts).toEqual(['cluster0.example.mongodb.net'])
    expect(credentialTargetsIn('jdbc:postgresql://pg.internal:5432/app?user=a&password=b')?.hosts).toEqual(['pg.internal'])
    expect(credentialTargetsIn('Server=tcp:sql-x.database.windows.net,1433;Initial Catalog=db;User ID=a;Password=b;')?.hosts).toEqual(['sql-x.database.windows.net'])
  })

  it('gives nothing for strings without a password (token sign-in, plain hosts, URLs)', () => {
    expect(credentialTargetsIn('postgres://app@orders-db.abc.rds.amazonaws.com:5432/orders?sslmode=verify-full')).toBeUndefined()
    expect(credentialTargetsIn('Server=tcp:sql-x.database.windows.net;Authentication=Active Directory Default')).toBeUndefined()
    expect(credentialTargetsIn('orders-db.abc.rds.amazonaws.com')).toBeUndefined()
    expect(credentialTargetsIn('https://example.com/path?q=1')).toBeUndefined()
  })

  it('names the Azure storage account of an account key or a SAS URL', () => {
    const key = `DefaultEndpointsProtocol=https;AccountName=stexports;AccountKey=${'A'.repeat(86)}==;EndpointSuffix=core.windows.net`
    expect(credentialTargetsIn(key)).toEqual({ kinds: ['azure-storage-key'], hosts: [], storageAccounts: ['stexports'] })
    expect(credentialTargetsIn('https://stexports.blob.core.windows.net/feeds?sv=2022-11-02&ss=b&sp=r&sig=abc%2Bdef')).toMatchObject({ kinds: ['azure-sas-token'], storageAccounts: ['stexports'] })
    expect(credentialTargetsIn('https://stexports.blob.core.windows.net/feeds/file.csv')).toBeUndefined()
  })
})
