// The one typed contract between the UI thread and the task worker: which tasks exist, what
// each takes and gives, and the messages that carry them.
import type { ErrorPayload } from '@core/errors/app-error';
import type { Locale } from '@core/model/engagement';
import type { EngagementId } from '@core/model/ids';
import type { RegisterEntry } from '@core/privacy/register';

import type { DeriveResult } from '../store/views';
import type { ExportDeliverableInput, ExportDeliverableOutput } from './export-deliverable';
import type { ExportFileInput, ExportFileOutput } from './engagement-file-export';
import type { ExportTableInput } from './export-table';
import type { ExportFocusInput } from './export-focus';
import type { BackupInput, BackupOutput } from './engagement-file-backup';
import type { ImportFileInput, ImportFileOutput } from './engagement-file-import';
import type { KpiReportWire } from '../kpi/report-wire';
import type { WaveReadingInput, WaveReadingOutput } from './method-wave-reading';
import type { ReconcileInput, ReconcileOutput } from './reconcile-types';
import type * as ImportTasks from './import-types';
import type { OverviewRowsInput } from './overview-rows';
import type { RowsBehind } from '@core/overview';

export interface LoadDemoInput {
  /** Language of the demo engagement's deliverables. @default the generated engagement's */
  locale?: Locale;
  /** @default the generator's DEFAULT_DEMO_SEED (20261), the demo everyone sees */
  seed?: number;
}

export interface TaskMap {
  'engagement-file-export': { input: ExportFileInput; output: ExportFileOutput };
  'engagement-file-import': { input: ImportFileInput; output: ImportFileOutput };
  'engagement-file-register': { input: { engagementId: EngagementId }; output: RegisterEntry[] };
  'engagement-file-backup': { input: BackupInput; output: BackupOutput };
  'load-demo': { input: LoadDemoInput; output: EngagementId };
  'export-deliverable': { input: ExportDeliverableInput; output: ExportDeliverableOutput };
  'derive-views': { input: { engagementId: EngagementId }; output: DeriveResult };
  'compute-kpis': { input: { engagementId: EngagementId }; output: KpiReportWire };
  'overview-rows': { input: OverviewRowsInput; output: RowsBehind };
  'reconcile-views': { input: ReconcileInput; output: ReconcileOutput };
  'import-preview': {
    input: ImportTasks.ImportPreviewInput;
    output: ImportTasks.ImportPreviewOutput;
  };
  'import-commit': { input: ImportTasks.ImportCommitInput; output: ImportTasks.ImportCommitOutput };
  'method-wave-reading': { input: WaveReadingInput; output: WaveReadingOutput };
  'export-table': { input: ExportTableInput; output: Uint8Array };
  'export-focus': { input: ExportFocusInput; output: Uint8Array };
}

export type TaskName = keyof TaskMap;
export type TaskInput<K extends TaskName> = TaskMap[K]['input'];
export type TaskOutput<K extends TaskName> = TaskMap[K]['output'];

/** What a step is doing, `step:detail`: `import:devices` while storing, `derive:lines`... */
export type ProgressLabel = `${string}:${string}`;

export interface TaskProgress {
  done: number;
  total: number;
  label: ProgressLabel;
}

export interface StartMessage<K extends TaskName = TaskName> {
  id: string;
  task: K;
  input: TaskInput<K>;
}

export interface CancelMessage {
  id: string;
  type: 'cancel';
}

export type TaskRequest = StartMessage | CancelMessage;

export type TaskResponse =
  | ({ id: string; type: 'progress' } & TaskProgress)
  | { id: string; type: 'result'; value: unknown }
  | { id: string; type: 'error'; error: ErrorPayload };
