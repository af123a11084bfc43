// How a suggestion's figure reads, in the engagement's locale and currency.
import type { Suggestion } from '@core/checklist/suggest';
import type { Engagement } from '@core/model/engagement';

import { formatMoney, formatNumber } from '../../i18n/format';

export function formatFigure(suggestion: Suggestion, engagement: Engagement): string {
  const { figure, unit } = suggestion;
  const locale = engagement.locale;
  if (unit === 'percent') return `${formatNumber(figure, locale, 1)} %`;
  if (unit === 'years') return formatNumber(figure, locale, 1);
  if (unit === 'currency-per-month') return formatMoney(figure, engagement.currency, locale);
  return formatNumber(figure, locale);
}
