// The 'method-wave-reading' task: reads a newer MDM export in the worker and tells which
// devices of a wave it shows enrolled. Nothing is stored; the screen records the reading.
import { AppError } from '@core/errors/app-error';
import { fileError } from '@core/import/failure';
import { importFile } from '@core/import/import-file';
import type { Device } from '@core/model/device';
import type { EngagementId } from '@core/model/ids';
import { readWaveProgress } from '@core/method/wave-reading';
import type { MissingReason } from '@core/method/wave-reading';
import { waveDevices } from '@core/method/waves';
import type { WavePopulation } from '@core/method/waves';

import type { FleetDb } from '../store/db';
import { throwIfCancelled } from '../store/guard';
import { readView } from '../store/views';
import type { TaskProgress } from './contract';

export interface WaveReadingInput {
  engagementId: EngagementId;
  population: WavePopulation;
  file: { name: string; bytes: Uint8Array };
}

/** A device of the wave the export does not show enrolled, as the list on screen needs it. */
export interface MissingRow {
  key: string;
  name: string | null;
  userName: string | null;
  department: string | null;
  reason: MissingReason;
}

export interface WaveReadingOutput {
  file: string;
  exportDate: string | null;
  covered: number;
  found: number;
  missing: MissingRow[];
  /** Devices the export holds, whatever the wave, so a wrong file is easy to spot. */
  exported: number;
}

export async function readWaveFromExport(
  db: FleetDb,
  input: WaveReadingInput,
  onProgress: (progress: TaskProgress) => void,
  signal: AbortSignal,
): Promise<WaveReadingOutput> {
  const { name } = input.file;
  const result = await importFile(input.file, {
    signal,
    onProgress: (p) => onProgress({ done: p.done, total: p.total, label: `${p.phase}:${name}` }),
  });
  if (!result.ok) throw new AppError(result.error.code, result.error.detail, result.error.params);

  const exported: Device[] = result.parts.flatMap((part) =>
    part.result?.dataset === 'devices' ? part.result.rows : [],
  );
  if (exported.length === 0) throw fileError('method-reading-no-devices', name);

  const inventory = await readView(db, input.engagementId, 'devices');
  throwIfCancelled(signal);
  const covered = waveDevices(inventory, input.population);
  const reading = readWaveProgress(covered, exported);

  return {
    file: name,
    exportDate: reading.exportDate,
    covered: covered.length,
    found: reading.found.length,
    missing: reading.missing.map(({ device, reason }) => ({
      key: device.key,
      name: device.name,
      userName: device.userName,
      department: device.department,
      reason,
    })),
    exported: exported.length,
  };
}
