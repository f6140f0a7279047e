import { z } from 'zod';
import { IsoTimestampSchema } from '../schemas/common';

/** One file of a set, with the hash that proves it was not changed after verification. */
export const ManifestFileSchema = z.object({
  name: z.string().min(1),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * The manifest written beside every backup set. It holds nothing personal: versions, the
 * database id (a random UUID), when, how many rows each table had, and file hashes.
 */
export const BackupManifestSchema = z.object({
  format: z.literal('waymark-backup'),
  version: z.literal(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  dbId: z.string().min(1),
  createdAt: IsoTimestampSchema,
  database: ManifestFileSchema,
  keyring: ManifestFileSchema,
  rowCounts: z.record(z.string(), z.number().int().min(0)),
});
/** The manifest of a backup set. */
export type BackupManifest = z.infer<typeof BackupManifestSchema>;
