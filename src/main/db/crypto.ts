import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters, stored in each slot so they can be raised later. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's recommended scrypt parameters (N=2^17, r=8, p=1): about 0.6 s and 128 MiB here. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/** Length of the data key and of every derived key-encryption key. */
export const KEY_BYTES = 32;

/**
 * Derives a key-encryption key from a secret. Runs on libuv's thread pool, so the Electron main
 * process (and its window) stays responsive while it works.
 */
export function deriveKey(secret: Buffer, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(secret, salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** An AES-256-GCM sealed value. */
export interface Sealed {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** Seals plaintext under key, binding it to aad (which is authenticated but not encrypted). */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

/** Opens a sealed value; returns null when the tag does not verify (wrong key or tampering). */
export function open(key: Buffer, sealed: Sealed, aad: Buffer): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    return null;
  }
}

/** Constant-time comparison of two equal-length hex strings. */
export function hexEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
