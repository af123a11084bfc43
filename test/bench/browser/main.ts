// The bench page: starts the import worker, draws its progress as the app would, and watches
// the page's own thread for long tasks while the worker imports.
import type { BenchOutcome, WorkerMessage } from './messages';

declare global {
  interface Window {
    benchOutcome?: BenchOutcome;
  }
}

const rows = Number(new URLSearchParams(location.search).get('rows') ?? '200000');
const log = document.getElementById('log') as HTMLElement;
let longestTaskMs = 0;
let longTasks = 0;

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    longTasks++;
    longestTaskMs = Math.max(longestTaskMs, entry.duration);
  }
}).observe({ type: 'longtask', buffered: true });

const worker = new Worker(new URL('./csv-import.worker.ts', import.meta.url), { type: 'module' });
worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if (message.kind === 'progress') {
    log.textContent = `${message.label}: ${message.done} / ${message.total}`;
    return;
  }

  const outcome: BenchOutcome =
    message.kind === 'done'
      ? { figures: message.figures, longestTaskMs, longTasks }
      : { error: message.message, longestTaskMs, longTasks };
  log.textContent = JSON.stringify(outcome, null, 2);
  window.benchOutcome = outcome;
};
worker.postMessage({ rows });
