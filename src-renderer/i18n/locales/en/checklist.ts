import type { checklistFr } from '../fr/checklist';

export const checklistEn: typeof checklistFr = {
  title: 'Checklist',
};
