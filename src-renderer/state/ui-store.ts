// UI state only: notices, the running background task. Stored data lives in Dexie and is
// read through live queries, never copied here.
import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  detail?: string;
}

export interface RunningTask {
  label: string;
  done: number;
  total: number;
  cancel: () => void;
}

interface UiState {
  notices: Notice[];
  task: RunningTask | null;
  pushNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  setTask: (task: RunningTask | null) => void;
}

let nextNoticeId = 1;
const INFO_NOTICE_MS = 8000;

const useUiStore = create<UiState>((set) => ({
  notices: [],
  task: null,
  pushNotice: (notice) => {
    const id = nextNoticeId++;
    set((state) => ({ notices: [...state.notices, { ...notice, id }] }));

    // Confirmations fade on their own; errors stay until read.
    if (notice.kind === 'info') {
      setTimeout(() => useUiStore.getState().dismissNotice(id), INFO_NOTICE_MS);
    }
  },
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  setTask: (task) => set({ task }),
}));

export const useNotices = (): Notice[] => useUiStore((state) => state.notices);
export const useRunningTask = (): RunningTask | null => useUiStore((state) => state.task);

/** Actions are stable functions; components call them without subscribing to state. */
export const uiActions = {
  pushNotice: (notice: Omit<Notice, 'id'>): void => useUiStore.getState().pushNotice(notice),
  dismissNotice: (id: number): void => useUiStore.getState().dismissNotice(id),
  setTask: (task: RunningTask | null): void => useUiStore.getState().setTask(task),
};
