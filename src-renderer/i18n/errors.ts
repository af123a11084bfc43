// The one place where error codes become sentences for the user.
import type { TFunction } from 'i18next';

import { toErrorPayload } from '@core/errors/app-error';
import type { ErrorPayload } from '@core/errors/app-error';

export interface UserMessage {
  sentence: string;
  detail: string;
}

/** Strips Electron's wrapper text so the detail shows the real cause. */
function cleanDetail(detail: string): string {
  return detail.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
}

export function describeError(error: unknown, t: TFunction): UserMessage {
  const payload: ErrorPayload = toErrorPayload(error);
  const sentence = t(`errors.${payload.code}`, payload.params);

  return { sentence, detail: cleanDetail(payload.detail) };
}
