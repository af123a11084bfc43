// How the timeline writes dates and row names: ECharts' own time labels are English and drop
// the month on most ticks ("17", "3"), which reads as noise in a French programme plan.

const DAY_MS = 86_400_000;

/** A tick of the time axis: "17 nov." inside a month, "déc. 2026" on its first day. */
export function ganttTickFormatter(locale: string): (value: number) => string {
  const dayMonth = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const monthYear = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (value) => {
    const date = new Date(value);
    return date.getUTCDate() === 1 ? monthYear.format(date) : dayMonth.format(date);
  };
}

/** A bar's span as people say it: bars end at midnight after their last day, shown as that day. */
export function ganttSpanText(locale: string, start: number, end: number): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return `${format.format(new Date(start))} → ${format.format(new Date(end - DAY_MS))}`;
}

/** One day, for a gate. */
export function ganttDayText(locale: string, at: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

export type GanttRowKind = 'phase' | 'task' | 'wave';

/** Rich-text styles of the row names: phases stand out, tasks sit under them, waves apart. */
export const ROW_STYLES: Record<GanttRowKind, Record<string, unknown>> = {
  phase: { fontWeight: 'bold', color: '#1f2933', fontSize: 12 },
  task: { color: '#52606d', fontSize: 11 },
  wave: { fontStyle: 'italic', fontWeight: 'bold', color: '#7a4b00', fontSize: 12 },
};

/** The row name marked with its style; `{` and `}` would open a style, so they are dropped. */
export function ganttRowLabel(name: string, kind: GanttRowKind): string {
  return `{${kind}|${name.trim().replace(/[{}|]/g, '')}}`;
}
