// The pilot: a panel from several departments, a run of four to eight weeks, the feedback it
// raised and the exit criteria that must hold before the general rollout. One record per
// engagement (kind `method-pilot`, id `pilot`).
import { z } from 'zod';

import type { Bilingual } from './catalogue';
import { daysBetween, lenientArray, optionalDay, text } from './fields';

export const SEVERITIES = ['low', 'medium', 'high', 'blocking'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FEEDBACK_STATUSES = ['open', 'in-progress', 'resolved'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** The usual length of a pilot, in weeks: shorter hides problems, longer stalls the rollout. */
export const PILOT_WEEKS = { min: 4, max: 8 } as const;

const participantSchema = z.object({
  id: z.string().min(1),
  name: text,
  department: text,
});

const feedbackSchema = z.object({
  id: z.string().min(1),
  text: text,
  severity: z.enum(SEVERITIES).catch('medium'),
  status: z.enum(FEEDBACK_STATUSES).catch('open'),
});

const exitSchema = z.object({
  id: z.string().min(1),
  catalogueId: z.string().nullable().catch(null),
  title: text,
  met: z.boolean().catch(false),
});

const pilotSchema = z.object({
  startDate: optionalDay,
  endDate: optionalDay,
  participants: lenientArray(participantSchema),
  feedback: lenientArray(feedbackSchema),
  exitCriteria: lenientArray(exitSchema),
});

export type PilotParticipant = z.infer<typeof participantSchema>;
export type FeedbackItem = z.infer<typeof feedbackSchema>;
export type ExitCriterion = z.infer<typeof exitSchema>;
export type Pilot = z.infer<typeof pilotSchema>;

/** Exit criteria proposed for every pilot; the consultant ticks, edits or adds. */
export const PILOT_EXIT_CATALOGUE: Record<string, Bilingual> = {
  'pilot.exit.enrolled': {
    fr: 'Tout le panel est enrôlé et conforme',
    en: 'The whole panel is enrolled and compliant',
  },
  'pilot.exit.apps': {
    fr: 'Les applications métier fonctionnent sur chaque plateforme',
    en: 'Business apps work on every platform',
  },
  'pilot.exit.support': {
    fr: 'Les procédures de support ont servi et sont à jour',
    en: 'Support procedures were used and are up to date',
  },
  'pilot.exit.sponsor': {
    fr: 'Le sponsor a validé le bilan du pilote',
    en: 'The sponsor approved the pilot review',
  },
};

/** Normalises the stored pilot. */
export function restorePilot(raw: unknown): Pilot {
  return pilotSchema.parse(typeof raw === 'object' && raw !== null ? raw : {});
}

/** A pilot with the proposed exit criteria and nothing else. */
export function defaultPilot(): Pilot {
  return restorePilot({
    exitCriteria: Object.keys(PILOT_EXIT_CATALOGUE).map((id) => {
      return { id, catalogueId: id, title: '', met: false };
    }),
  });
}

/** Length of the pilot in weeks (one decimal's worth of precision); null without both dates. */
export function pilotWeeks(pilot: Pilot): number | null {
  if (!pilot.startDate || !pilot.endDate) return null;
  return daysBetween(pilot.startDate, pilot.endDate) / 7;
}

export type PilotWarning =
  | 'no-dates'
  | 'ends-before-start'
  | 'too-short'
  | 'too-long'
  | 'single-department'
  | 'blocking-open';

/** What a reviewer should hear about before approving the pilot's plan or its exit. */
export function pilotWarnings(pilot: Pilot): PilotWarning[] {
  const warnings: PilotWarning[] = [];
  const weeks = pilotWeeks(pilot);
  if (weeks === null) warnings.push('no-dates');
  else if (weeks < 0) warnings.push('ends-before-start');
  else if (weeks < PILOT_WEEKS.min) warnings.push('too-short');
  else if (weeks > PILOT_WEEKS.max) warnings.push('too-long');

  if (pilotDepartments(pilot).length < 2) warnings.push('single-department');
  if (openBlocking(pilot) > 0) warnings.push('blocking-open');
  return warnings;
}

/** Distinct departments the panel comes from. */
export function pilotDepartments(pilot: Pilot): string[] {
  const departments = pilot.participants.map((p) => p.department.trim()).filter(Boolean);
  return [...new Set(departments)].sort((a, b) => a.localeCompare(b));
}

/** Blocking feedback not yet resolved. */
export function openBlocking(pilot: Pilot): number {
  return pilot.feedback.filter((f) => f.severity === 'blocking' && f.status !== 'resolved').length;
}

/** The rollout may start: at least one exit criterion, all met, and nothing blocking open. */
export function pilotReadyToExit(pilot: Pilot): boolean {
  return (
    pilot.exitCriteria.length > 0 &&
    pilot.exitCriteria.every((c) => c.met) &&
    openBlocking(pilot) === 0
  );
}
