/**
 * @module AWS access key ids (`AKIA…` long-term, `ASIA…` temporary) found in text: Lambda environments,
 * startup scripts, scanner secret findings. The id is not the secret (the secret access key is, and it is
 * never kept): it names the key, so an analysis can join a leaked key to the IAM user that owns it
 * (`aws.iam.access-key` nodes carry `accessKeyId`) and its account (the id encodes it).
 */

/** One access key id; real ids are base32 (A–Z, 2–7), digits 0, 1, 8, 9 are accepted as older exports show them. */
export const AWS_ACCESS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/

const ALL_IDS = new RegExp(AWS_ACCESS_KEY_ID.source, 'g')

/** Every access key id in `text`, once each, in order of appearance. */
export function awsAccessKeyIdsIn(text: string): string[] {
  return [...new Set(text.match(ALL_IDS) ?? [])]
}
