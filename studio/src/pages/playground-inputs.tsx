// The playground's input form, from the prompt's input schema: text as text areas, numbers, yes/no, and
// anything else (lists, objects) as JSON.
import { useState } from 'preact/hooks';

/** The part of a JSON Schema the form reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
}

const typeOf = (s: JsonSchema) => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);

export function InputFields({
  schema,
  vars,
  onChange,
}: {
  schema: JsonSchema | null;
  vars: Record<string, unknown>;
  onChange: (v: Record<string, unknown>) => void;
}) {
  const props = Object.entries(schema?.properties ?? {});
  if (!props.length) return <p class="muted">This prompt declares no inputs.</p>;
  const set = (name: string, value: unknown) => onChange({ ...vars, [name]: value });
  return (
    <>
      {props.map(([name, s]) => (
        <Field
          key={name}
          name={name}
          schema={s}
          required={schema?.required?.includes(name) ?? false}
          value={vars[name]}
          onChange={(v) => set(name, v)}
        />
      ))}
    </>
  );
}

function Field({
  name,
  schema,
  required,
  value,
  onChange,
}: {
  name: string;
  schema: JsonSchema;
  required: boolean;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  const type = typeOf(schema);
  const hint = schema.description ? <span class="muted"> — {schema.description}</span> : null;
  if (type === 'boolean')
    return (
      <label class="block">
        <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />{' '}
        {name}
        {hint}
      </label>
    );
  if (type === 'number' || type === 'integer')
    return (
      <label class="block">
        {name}
        {hint}
        <input
          type="number"
          required={required}
          value={value === undefined ? '' : String(value)}
          onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
        />
      </label>
    );
  if (type === 'string' || type === undefined)
    return (
      <label class="block">
        {name}
        {hint}
        <textarea
          rows={2}
          required={required}
          value={typeof value === 'string' ? value : ''}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      </label>
    );
  return <JsonField name={name} hint={hint} required={required} onChange={onChange} />;
}

// Lists and objects are typed as JSON; a value that does not parse is shown as such and not sent.
function JsonField({
  name,
  hint,
  required,
  onChange,
}: {
  name: string;
  hint: preact.ComponentChildren;
  required: boolean;
  onChange: (v: unknown) => void;
}) {
  const [text, setText] = useState('');
  const [bad, setBad] = useState(false);
  return (
    <label class="block">
      {name} (JSON){hint}
      <textarea
        rows={3}
        required={required}
        value={text}
        aria-invalid={bad}
        onInput={(e) => {
          const t = e.currentTarget.value;
          setText(t);
          try {
            onChange(t.trim() ? JSON.parse(t) : undefined);
            setBad(false);
          } catch {
            setBad(true);
          }
        }}
      />
      {bad ? <span class="problem">not valid JSON yet</span> : null}
    </label>
  );
}
