// Writes an engagement as a `.fleetaudit` file: its content cut into parts, zipped with a
// manifest, then sealed when the consultant gives a passphrase.
import { chunkRows } from '../model/batch';
import type { EngagementContent } from './content';
import { encryptBytes } from './envelope';
import { packEngagementFile } from './pack';
import type { PackInfo } from './pack';
import { attachmentPart, jsonPart } from './parts';
import type { FilePart } from './parts';

/** Batches per JSON part: a few MB each, so no one string holds a whole fleet. */
const BATCHES_PER_PART = 10;

/** Cuts an engagement's content into the parts of a file. */
export function contentParts(content: EngagementContent): FilePart[] {
  const metas = content.attachments.map(({ bytes: _bytes, ...meta }) => meta);
  const batchParts = chunkRows(content.batches, BATCHES_PER_PART).map((group, index) =>
    jsonPart('batches', group, index + 1),
  );

  return [
    jsonPart('engagement', [content.engagement]),
    jsonPart('imports', content.imports),
    ...batchParts,
    jsonPart('notes', content.notes),
    jsonPart('records', content.records),
    jsonPart('attachments', metas),
    ...content.attachments.map((attachment, index) => attachmentPart(index, attachment.bytes)),
  ];
}

/** Builds the file's bytes; with a passphrase they are sealed in the encryption envelope. */
export async function writeEngagementFile(
  content: EngagementContent,
  info: Omit<PackInfo, 'engagementName'>,
  passphrase?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const archive = await packEngagementFile(contentParts(content), {
    ...info,
    engagementName: content.engagement.name,
  });
  return passphrase ? encryptBytes(archive, passphrase) : archive;
}
