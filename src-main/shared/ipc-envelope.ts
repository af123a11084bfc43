// What actually travels over `invoke`: a value or a coded error. Electron would otherwise turn
// a thrown error into "Error invoking remote method ..." text and drop its code.
import type { ErrorPayload } from '../../src-core/errors/app-error';

export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
