// The 'engagement-file-register' task: the personal data register of one engagement, read
// from its imports' batches in the worker (a whole fleet is too much for the UI thread).
import type { EngagementId } from '@core/model/ids';
import { personalDataRegister } from '@core/privacy/register';
import type { RegisterEntry } from '@core/privacy/register';

import type { FleetDb } from '../store/db';
import { readEngagementContent } from '../store/engagement-file';

export async function engagementRegister(
  db: FleetDb,
  engagementId: EngagementId,
): Promise<RegisterEntry[]> {
  const { imports, batches } = await readEngagementContent(db, engagementId);
  return personalDataRegister(imports, batches);
}
