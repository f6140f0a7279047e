import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT } from '../../src/main/db/crypto';
import {
  addSlot,
  createKeyring,
  findUserSlot,
  parseKeyring,
  removeSlot,
  rewrapSlot,
  serialiseKeyring,
  unwrapWithPassword,
  unwrapWithRecovery,
} from '../../src/main/db/keyring';
import { generateRecoveryKey, normaliseRecoveryKey } from '../../src/main/db/recovery-key';
import { TEST_SCRYPT } from '../helpers/temp-workspace';

const opts = { scrypt: TEST_SCRYPT };

async function fresh() {
  const dataKey = randomBytes(32);
  const recoveryKey = generateRecoveryKey();
  const { keyring, userSlotId } = await createKeyring({ dataKey, username: 'Ada', password: 'first-password-1', recoveryKey }, opts);
  return { dataKey, recoveryKey, keyring, userSlotId };
}

describe('keyring', () => {
  it('unwraps the data key with the right username (any case) and password, at the real scrypt cost', async () => {
    const dataKey = randomBytes(32);
    const { keyring } = await createKeyring({ dataKey, username: 'ada', password: 'first-password-1', recoveryKey: generateRecoveryKey() });
    expect(keyring.slots.find((s) => s.kind === 'user')!.kdf).toMatchObject({ name: 'scrypt', ...DEFAULT_SCRYPT });
    const { dataKey: got } = await unwrapWithPassword(keyring, 'ADA', 'first-password-1');
    expect(got.equals(dataKey)).toBe(true);
  });

  it('stores no username or key in clear', async () => {
    // A username with letters outside hex, so random hex cannot contain it by chance.
    const dataKey = randomBytes(32);
    const { keyring } = await createKeyring({ dataKey, username: 'Quentin', password: 'first-password-1', recoveryKey: generateRecoveryKey() }, opts);
    const text = serialiseKeyring(keyring);
    expect(text.toLowerCase()).not.toContain('quentin');
    expect(text).not.toContain(dataKey.toString('hex'));
    expect(text).not.toContain(dataKey.toString('base64'));
  });

  it('refuses a wrong password and an unknown username with the same error', async () => {
    const { keyring } = await fresh();
    const a = await unwrapWithPassword(keyring, 'ada', 'not-the-password').catch((e: Error) => e);
    const b = await unwrapWithPassword(keyring, 'bob', 'first-password-1').catch((e: Error) => e);
    expect(a).toBeInstanceOf(Error);
    expect((a as Error).message).toBe((b as Error).message);
    expect((a as unknown as { code: string }).code).toBe('BAD_CREDENTIALS');
  });

  it('rewraps a slot: the new password opens it and the old one no longer does', async () => {
    const { keyring, dataKey, userSlotId } = await fresh();
    const next = await rewrapSlot(keyring, userSlotId, dataKey, 'second-password-2', opts);
    expect((await unwrapWithPassword(next, 'ada', 'second-password-2')).dataKey.equals(dataKey)).toBe(true);
    await expect(unwrapWithPassword(next, 'ada', 'first-password-1')).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
  });

  it('adds and removes slots; a removed slot opens nothing', async () => {
    const { keyring, dataKey } = await fresh();
    const { keyring: withBo, slotId } = await addSlot(keyring, dataKey, 'bo', 'bo-password-long', opts);
    expect((await unwrapWithPassword(withBo, 'bo', 'bo-password-long')).dataKey.equals(dataKey)).toBe(true);
    await expect(addSlot(withBo, dataKey, 'BO', 'x-password-long', opts)).rejects.toMatchObject({ code: 'KEYRING_INVALID' });
    const without = removeSlot(withBo, slotId);
    expect(findUserSlot(without, 'bo')).toBeNull();
    await expect(unwrapWithPassword(without, 'bo', 'bo-password-long')).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    expect(() => removeSlot(without, 'recovery')).toThrow();
  });

  it('unwraps with the recovery key as typed from paper (lower case, spaces, O for 0)', async () => {
    const { keyring, dataKey, recoveryKey } = await fresh();
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(normaliseRecoveryKey(typed)).toBe(recoveryKey.replace(/-/g, ''));
    expect((await unwrapWithRecovery(keyring, typed)).equals(dataKey)).toBe(true);
    await expect(unwrapWithRecovery(keyring, generateRecoveryKey())).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    await expect(unwrapWithRecovery(keyring, 'short')).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
  });

  it('refuses a tampered slot (the GCM tag fails)', async () => {
    const { keyring } = await fresh();
    const flip = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);
    for (const field of ['ciphertext', 'tag', 'iv'] as const) {
      const tampered = { ...keyring, slots: keyring.slots.map((s) => (s.kind === 'user' ? { ...s, [field]: flip(s[field]) } : s)) };
      await expect(unwrapWithPassword(tampered, 'ada', 'first-password-1')).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    }
  });

  it('refuses a slot copied into another database’s keyring (the slot is bound to its database id)', async () => {
    const a = await fresh();
    const b = await fresh();
    const stolen = a.keyring.slots.find((s) => s.kind === 'user')!;
    const mixed = { ...b.keyring, userSalt: a.keyring.userSalt, slots: [...b.keyring.slots.filter((s) => s.kind !== 'user'), stolen] };
    await expect(unwrapWithPassword(mixed, 'ada', 'first-password-1')).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
    const relabelled = { ...a.keyring, dbId: b.keyring.dbId };
    await expect(unwrapWithPassword(relabelled, 'ada', 'first-password-1')).rejects.toMatchObject({ code: 'BAD_CREDENTIALS' });
  });

  it('refuses a file that is not a keyring', () => {
    expect(() => parseKeyring('not json')).toThrow(/not a Waymark keyring/);
    expect(() => parseKeyring('{"format":"other"}')).toThrow(/not a Waymark keyring/);
  });
});
