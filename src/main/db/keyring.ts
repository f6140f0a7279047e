import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_SCRYPT, deriveKey, hexEqual, KEY_BYTES, open, seal, type ScryptParams } from './crypto';
import { BadCredentialsError, KeyringError } from './errors';
import { normaliseRecoveryKey } from './recovery-key';

/*
 * The keyring sits beside the database. Each slot wraps the one data key under a key derived
 * from a person's password (or the recovery key). Usernames are stored only as salted hashes, so
 * a stolen keyring does not list the staff. Every slot's GCM tag also covers the database id, the
 * slot id, its kind and its username hash: a slot copied into another keyring, or edited, fails.
 */

const hex = z.string().regex(/^[0-9a-f]*$/);

const SlotSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['user', 'recovery']),
  userHash: hex.nullable(),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: hex }),
  iv: hex,
  ciphertext: hex,
  tag: hex,
});
/** One wrapped copy of the data key. */
export type Slot = z.infer<typeof SlotSchema>;

/** The keyring file's contents. */
export const KeyringSchema = z.object({
  format: z.literal('waymark-keyring'),
  version: z.literal(1),
  dbId: z.string().min(1),
  userSalt: hex,
  slots: z.array(SlotSchema),
});
/** The keyring file's contents. */
export type Keyring = z.infer<typeof KeyringSchema>;

/** Parses keyring JSON, refusing anything that is not a well-formed keyring. */
export function parseKeyring(text: string): Keyring {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KeyringError('KEYRING_INVALID', 'The keyring file is damaged or is not a Waymark keyring.');
  }
  const parsed = KeyringSchema.safeParse(json);
  if (!parsed.success) throw new KeyringError('KEYRING_INVALID', 'The keyring file is damaged or is not a Waymark keyring.');
  return parsed.data;
}

/** Serialises a keyring for writing. */
export function serialiseKeyring(keyring: Keyring): string {
  return JSON.stringify(keyring, null, 2) + '\n';
}

/** Usernames are case-insensitive and compared after Unicode normalisation. */
export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

/** The salted hash under which a username is stored in this keyring. */
export function hashUsername(keyring: Pick<Keyring, 'userSalt'>, username: string): string {
  return createHash('sha256').update(Buffer.from(keyring.userSalt, 'hex')).update(normaliseUsername(username), 'utf8').digest('hex');
}

function aad(dbId: string, slot: Pick<Slot, 'id' | 'kind' | 'userHash'>): Buffer {
  return Buffer.from(['waymark-slot-v1', dbId, slot.id, slot.kind, slot.userHash ?? ''].join('\n'), 'utf8');
}

async function makeSlot(
  dbId: string,
  dataKey: Buffer,
  secret: Buffer,
  head: Pick<Slot, 'id' | 'kind' | 'userHash'>,
  params: ScryptParams,
): Promise<Slot> {
  const salt = randomBytes(16);
  const kek = await deriveKey(secret, salt, params);
  try {
    const sealed = seal(kek, dataKey, aad(dbId, head));
    return {
      ...head,
      kdf: { name: 'scrypt', ...params, salt: salt.toString('hex') },
      iv: sealed.iv.toString('hex'),
      ciphertext: sealed.ciphertext.toString('hex'),
      tag: sealed.tag.toString('hex'),
    };
  } finally {
    kek.fill(0);
  }
}

async function openSlot(dbId: string, slot: Slot, secret: Buffer): Promise<Buffer | null> {
  const kek = await deriveKey(secret, Buffer.from(slot.kdf.salt, 'hex'), slot.kdf);
  try {
    const key = open(
      kek,
      { iv: Buffer.from(slot.iv, 'hex'), ciphertext: Buffer.from(slot.ciphertext, 'hex'), tag: Buffer.from(slot.tag, 'hex') },
      aad(dbId, slot),
    );
    return key && key.length === KEY_BYTES ? key : null;
  } finally {
    kek.fill(0);
  }
}

/** Options shared by keyring operations; tests lower the scrypt cost. */
export interface KeyringOptions {
  scrypt?: ScryptParams;
}

/** Creates a keyring for a new database with its first user and the recovery slot. */
export async function createKeyring(
  args: { dbId?: string; dataKey: Buffer; username: string; password: string; recoveryKey: string },
  opts: KeyringOptions = {},
): Promise<{ keyring: Keyring; userSlotId: string }> {
  const params = opts.scrypt ?? DEFAULT_SCRYPT;
  const dbId = args.dbId ?? randomUUID();
  const base: Keyring = { format: 'waymark-keyring', version: 1, dbId, userSalt: randomBytes(16).toString('hex'), slots: [] };
  const recovery = normaliseRecoveryKey(args.recoveryKey);
  if (!recovery) throw new KeyringError('KEYRING_INVALID', 'The recovery key is not in the expected form.');
  const recoverySlot = await makeSlot(dbId, args.dataKey, Buffer.from(recovery, 'utf8'), { id: 'recovery', kind: 'recovery', userHash: null }, params);
  const withRecovery = { ...base, slots: [recoverySlot] };
  return addSlot(withRecovery, args.dataKey, args.username, args.password, opts).then((r) => ({
    keyring: r.keyring,
    userSlotId: r.slotId,
  }));
}

/** Adds a slot for a user. The caller must hold the unwrapped data key (an unlocked admin). */
export async function addSlot(
  keyring: Keyring,
  dataKey: Buffer,
  username: string,
  password: string,
  opts: KeyringOptions = {},
): Promise<{ keyring: Keyring; slotId: string }> {
  const userHash = hashUsername(keyring, username);
  if (keyring.slots.some((s) => s.userHash !== null && hexEqual(s.userHash, userHash))) {
    throw new KeyringError('KEYRING_INVALID', 'That username already has a key slot.');
  }
  const slotId = randomUUID();
  const slot = await makeSlot(keyring.dbId, dataKey, Buffer.from(password, 'utf8'), { id: slotId, kind: 'user', userHash }, opts.scrypt ?? DEFAULT_SCRYPT);
  return { keyring: { ...keyring, slots: [...keyring.slots, slot] }, slotId };
}

/** Removes a slot: that person's password no longer opens anything. */
export function removeSlot(keyring: Keyring, slotId: string): Keyring {
  if (slotId === 'recovery') throw new KeyringError('KEYRING_INVALID', 'The recovery slot cannot be removed.');
  return { ...keyring, slots: keyring.slots.filter((s) => s.id !== slotId) };
}

/** Rewraps a slot under a new password (password change or administrator reset). */
export async function rewrapSlot(
  keyring: Keyring,
  slotId: string,
  dataKey: Buffer,
  newPassword: string,
  opts: KeyringOptions = {},
): Promise<Keyring> {
  const slot = keyring.slots.find((s) => s.id === slotId && s.kind === 'user');
  if (!slot) throw new KeyringError('KEYRING_INVALID', 'That key slot does not exist.');
  const fresh = await makeSlot(keyring.dbId, dataKey, Buffer.from(newPassword, 'utf8'), slot, opts.scrypt ?? DEFAULT_SCRYPT);
  return { ...keyring, slots: keyring.slots.map((s) => (s.id === slotId ? fresh : s)) };
}

/** Finds a user's slot id by username, or null. */
export function findUserSlot(keyring: Keyring, username: string): Slot | null {
  const userHash = hashUsername(keyring, username);
  return keyring.slots.find((s) => s.kind === 'user' && s.userHash !== null && hexEqual(s.userHash, userHash)) ?? null;
}

/**
 * Unwraps the data key with a username and password. An unknown username still costs one scrypt
 * derivation, so timing does not reveal which usernames exist.
 */
export async function unwrapWithPassword(keyring: Keyring, username: string, password: string): Promise<{ slotId: string; dataKey: Buffer }> {
  const slot = findUserSlot(keyring, username);
  if (!slot) {
    const decoy = keyring.slots.find((s) => s.kind === 'user') ?? keyring.slots[0];
    if (decoy) await deriveKey(Buffer.from(password, 'utf8'), Buffer.from(decoy.kdf.salt, 'hex'), decoy.kdf);
    throw new BadCredentialsError();
  }
  const dataKey = await openSlot(keyring.dbId, slot, Buffer.from(password, 'utf8'));
  if (!dataKey) throw new BadCredentialsError();
  return { slotId: slot.id, dataKey };
}

/** Unwraps the data key with the recovery key. */
export async function unwrapWithRecovery(keyring: Keyring, recoveryKey: string): Promise<Buffer> {
  const normalised = normaliseRecoveryKey(recoveryKey);
  const slot = keyring.slots.find((s) => s.kind === 'recovery');
  if (!normalised || !slot) throw new AppErrorRecovery();
  const key = await openSlot(keyring.dbId, slot, Buffer.from(normalised, 'utf8'));
  if (!key) throw new AppErrorRecovery();
  return key;
}

class AppErrorRecovery extends BadCredentialsError {
  constructor() {
    super();
    this.message = 'That recovery key does not open this database. Check it against the printed sheet.';
  }
}
