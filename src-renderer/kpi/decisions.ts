// The consultant's accept / reject decision on each saving, one record per recommendation.
import type { EngagementId } from '@core/model/ids';
import type { SavingDecision, SavingDecisionValue } from '@core/savings';

import { deleteRecord, putRecord } from '../store/owned';

export const SAVING_DECISION_KIND = 'saving-decision';

/** Records a decision; null withdraws it, so the saving is open again. */
export async function decideSaving(
  engagementId: EngagementId,
  savingId: string,
  decision: SavingDecisionValue | null,
): Promise<void> {
  if (decision === null) {
    await deleteRecord(engagementId, SAVING_DECISION_KIND, savingId);
    return;
  }

  const record: SavingDecision = { id: savingId, decision, decidedAt: new Date().toISOString() };
  await putRecord(engagementId, SAVING_DECISION_KIND, savingId, record);
}
