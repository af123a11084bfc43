import { describe, expect, it } from 'vitest';

import { buildChecklistExport, restoreChecklistExport } from '@core/checklist/export';
import { AppError } from '@core/errors/app-error';

import { answer } from './fixtures';

describe('checklist export', () => {
  const file = buildChecklistExport({
    engagementId: 'e1',
    engagementName: 'Audit 2025',
    exportedAt: '2025-11-30T10:00:00.000Z',
    catalogueVersion: '2026.1',
    answers: [answer('inv-register-complete', 'no'), answer('sec-gdpr', 'yes')],
    customQuestions: [],
  });

  it('reads back what it wrote, through JSON', () => {
    const back = restoreChecklistExport(JSON.parse(JSON.stringify(file)));

    expect(back.engagementName).toBe('Audit 2025');
    expect(back.answers.map((a) => [a.questionId, a.value])).toEqual([
      ['inv-register-complete', 'no'],
      ['sec-gdpr', 'yes'],
    ]);
  });

  it('drops a broken answer and a broken custom question but keeps the rest', () => {
    const raw = {
      ...file,
      answers: [...file.answers, { questionId: 'x', value: 'maybe' }],
      customQuestions: [{ id: 'not-custom' }],
    };

    const back = restoreChecklistExport(raw);

    expect(back.answers).toHaveLength(2);
    expect(back.customQuestions).toEqual([]);
  });

  it('refuses a file that is not a checklist export', () => {
    expect(() => restoreChecklistExport({ format: 'something-else' })).toThrow(AppError);
    expect(() => restoreChecklistExport([])).toThrow(/./);
  });
});
