interface Props<T extends string> {
  tabs: readonly T[];
  current: T;
  onSelect: (tab: T) => void;
  /** Visible name of each tab. */
  label: (tab: T) => string;
  /** Prefix of each tab's data-testid: `${testIdPrefix}-${tab}`. */
  testIdPrefix: string;
}

/** The row of tabs at the top of an area screen. */
export function TabBar<T extends string>({
  tabs,
  current,
  onSelect,
  label,
  testIdPrefix,
}: Props<T>) {
  return (
    <div className="tabs" role="tablist">
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={tab === current}
          className={tab === current ? 'tab active' : 'tab'}
          onClick={() => onSelect(tab)}
          data-testid={`${testIdPrefix}-${tab}`}
        >
          {label(tab)}
        </button>
      ))}
    </div>
  );
}
