import { describe, expect, it } from 'vitest';

import { SHEET_ISSUE_CODES } from '@core/grid/merge-evaluator-sheet';

import { vendorsEn } from '../../../../src-renderer/i18n/locales/en/vendors';
import { vendorsFr } from '../../../../src-renderer/i18n/locales/fr/vendors';

describe('import report sentences', () => {
  it.each(SHEET_ISSUE_CODES)('explains %s in French and English', (code) => {
    expect(vendorsFr.issues[code]).toMatch(/\S/);
    expect(vendorsEn.issues[code]).toMatch(/\S/);
  });
});
