
/*
 * An AES-256 encrypted ZIP (WinZip AES, which Windows' own zip folders cannot open but 7-Zip, the
 * commissioners' usual tool, and most archive programs can), for sending an export by the secure
 * method the commissioner agrees. The password is never stored or logged.
 */

/** Puts one file in a password-protected AES-256 ZIP. */
export async function encryptedZip(fileName: string, content: Uint8Array, password: string): Promise<Buffer> {
  // Loaded on first use (a few MB at start-up otherwise). In Node there are no web workers;
  // compress in this thread (exports are small).
  const { configure, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } = await import('@zip.js/zip.js');
  configure({ useWebWorkers: false });
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password, encryptionStrength: 3 });
  await writer.add(fileName, new Uint8ArrayReader(content));
  return Buffer.from(await writer.close());
}
