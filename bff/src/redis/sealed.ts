import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const hashedIds = new Map<string, string>();
const MAX_HASHED_IDS = 4096;

/**
 * A Redis key for a secret id: its SHA-256, never the id itself (a key listing reveals nothing).
 * Remembered for the ids in use (at most MAX_HASHED_IDS, then forgotten at once): every live-log
 * poll round asks for the session of each attached viewer, and a SHA-256 per viewer per round
 * (a native hash object each, garbage at once) was most of an idle replica's allocations.
 */
export function hashedId(id: string): string {
  let hashed = hashedIds.get(id);
  if (hashed === undefined) {
    hashed = createHash('sha256').update(id).digest('base64url');
    if (hashedIds.size >= MAX_HASHED_IDS) hashedIds.clear();
    hashedIds.set(id, hashed);
  }
  return hashed;
}

/**
 * Values encrypted at rest (AES-256-GCM) with a key derived from SESSION_SECRET (HKDF-SHA256, one
 * `purpose` per kind of value), a random IV per write and the Redis key as additional data, so a
 * value copied under another key does not open. Layout: version (1) | IV (12) | tag (16) | text.
 */
export class SealedBox {
  private readonly key: Buffer;

  constructor(secret: string, purpose: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'modelarts-console', purpose, 32));
  }

  seal(plain: string, aad: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(aad));
    const text = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), text]);
  }

  /** The plain text, or undefined for a value sealed under another secret or key, or tampered. */
  open(sealed: Buffer | null | undefined, aad: string): string | undefined {
    if (!sealed || sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION) {
      return undefined;
    }
    try {
      const iv = sealed.subarray(1, 1 + IV_BYTES);
      const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAAD(Buffer.from(aad));
      decipher.setAuthTag(tag);
      const text = sealed.subarray(1 + IV_BYTES + TAG_BYTES);
      return Buffer.concat([decipher.update(text), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
