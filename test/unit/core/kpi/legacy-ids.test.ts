import { describe, expect, it } from 'vitest';

import { restoreAction } from '@core/checklist/action';
import { restoreAnswer } from '@core/checklist/answer';
import { currentKpiId, LEGACY_KPI_IDS } from '@core/kpi/legacy-ids';
import { getKpiDefinition } from '@core/kpi/registry';
import { restoreKpiSettings } from '@core/kpi/settings';
import { restoreObjective } from '@core/method/objectives';

describe('legacy KPI ids', () => {
  it('map every old id to a KPI the registry knows', () => {
    const unknown = Object.values(LEGACY_KPI_IDS).filter((id) => !getKpiDefinition(id));

    expect(Object.keys(LEGACY_KPI_IDS)).toHaveLength(27);
    expect(unknown).toEqual([]);
  });

  it('leave current and unknown ids as they are', () => {
    expect(currentKpiId('ops.compliance-rate')).toBe('devices.complianceRate');
    expect(currentKpiId('devices.complianceRate')).toBe('devices.complianceRate');
    expect(currentKpiId('toString')).toBe('toString');
  });

  it('are read back as current ids from objectives, actions, answers and targets', () => {
    const objective = restoreObjective({ id: 'o1', kpiId: 'fin.out-of-plan', target: 5 });
    const action = restoreAction({
      id: 'action-x',
      engagementId: 'eng-1',
      title: { fr: 'X', en: 'X' },
      kpiIds: ['sec.stale-patch', 'lines.total'],
    });
    const answer = restoreAnswer({
      questionId: 'q1',
      value: 'yes',
      evidence: [{ kind: 'kpi', kpiId: 'ops.ghost-devices' }],
    });
    const settings = restoreKpiSettings({ targets: { 'ops.compliance-rate': { value: 99 } } });

    expect(objective.kpiId).toBe('cost.outOfPlanShare');
    expect(action.kpiIds).toEqual(['devices.osOutdatedRate', 'lines.total']);
    expect(answer.evidence).toEqual([{ kind: 'kpi', kpiId: 'devices.ghostRate' }]);
    expect(settings.targets).toEqual({ 'devices.complianceRate': { value: 99 } });
  });
});
