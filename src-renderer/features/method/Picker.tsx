// A multiple choice among the values the inventory holds.
export function Picker(props: {
  label: string;
  options: { value: string; label: string }[];
  chosen: string[];
  onChange: (values: string[]) => void;
  testId: string;
}) {
  return (
    <label className="method-field">
      {props.label}
      <select
        multiple
        size={Math.min(6, Math.max(2, props.options.length))}
        value={props.chosen}
        onChange={(event) =>
          props.onChange([...event.target.selectedOptions].map((option) => option.value))
        }
        data-testid={props.testId}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
