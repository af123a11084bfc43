// The 'load-demo' task: generates the fictitious fleet and stores it as a demo engagement.
import { DEFAULT_DEMO_SEED, generateDemo } from '@core/demo/generate';
import { AppError } from '@core/errors/app-error';
import type { EngagementId } from '@core/model/ids';

import type { FleetDb } from '../store/db';
import { throwIfCancelled } from '../store/guard';
import type { LoadDemoInput, TaskProgress } from './contract';
import { storeDemo } from './store-demo';
import type { DemoData } from './store-demo';

export async function loadDemo(
  db: FleetDb,
  input: LoadDemoInput,
  onProgress?: (progress: TaskProgress) => void,
  signal?: AbortSignal,
): Promise<EngagementId> {
  throwIfCancelled(signal);

  const seed = input.seed ?? DEFAULT_DEMO_SEED;
  let demo: DemoData;
  try {
    demo = generateDemo({ seed });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('demo-failed', error instanceof Error ? error.message : String(error));
  }

  return storeDemo(db, demo, { locale: input.locale, seed, onProgress, signal });
}
