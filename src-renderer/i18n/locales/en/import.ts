import type { importFr } from '../fr/import';

export const importEn: typeof importFr = {
  title: 'Import',
};
