// English sentences for error codes, the same the app shows, so the command line never prints
// a bare code or a stack trace.
import type { ErrorParams } from '@core/errors/app-error';

import { en } from '../src-renderer/i18n/locales/en';

const SENTENCES: Record<string, string> = en.errors;

/** The sentence for a code, its `{{name}}` slots filled from params; the code itself if unknown. */
export function errorSentence(code: string, params: ErrorParams = {}): string {
  const sentence = SENTENCES[code];
  if (sentence === undefined) return code;

  return sentence.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
