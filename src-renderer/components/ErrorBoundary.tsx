import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

import { createLogger } from '@core/log/logger';

const log = createLogger('ui');

interface Props {
  /** What to show instead of the broken part; gets the error and a way to try again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one broken screen from blanking the whole app, and logs what broke. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    log.error('a screen failed to render', { error, stack: info.componentStack });
  }

  render(): ReactNode {
    if (this.state.error) {
      return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    }
    return this.props.children;
  }
}
