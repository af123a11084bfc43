// The consultant's decision (accept, reject, defer) and note on each saving, one record per
// recommendation.
import type { EngagementId } from '@core/model/ids';
import type { SavingDecision, SavingDecisionValue } from '@core/savings';

import { deleteRecord, putRecord } from '../store/owned';

export const SAVING_DECISION_KIND = 'saving-decision';

/** Records a decision and its note; null withdraws it, so the saving is open again. */
export async function decideSaving(
  engagementId: EngagementId,
  savingId: string,
  decision: SavingDecisionValue | null,
  note = '',
): Promise<void> {
  if (decision === null) {
    await deleteRecord(engagementId, SAVING_DECISION_KIND, savingId);
    return;
  }

  const decidedAt = new Date().toISOString();
  const record: SavingDecision = { id: savingId, decision, decidedAt, note: note.trim() };
  await putRecord(engagementId, SAVING_DECISION_KIND, savingId, record);
}
