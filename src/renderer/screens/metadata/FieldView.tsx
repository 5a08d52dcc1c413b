/**
 * One field of the metadata form: label (with "Wajib" when required), help and example from the
 * profile, the control for its type, and the problems the live validation found at it. Objects
 * (a contact) and lists of objects (a schedule) render their properties with the same view.
 */
import { useTranslation } from 'react-i18next';
import type { MetadataProblem } from '../../../shared/model/metadata';
import { Icon } from '../../components/Icon';
import {
  DateInput,
  ListInput,
  LongText,
  NumberInput,
  SelectInput,
  TextInput,
  YesNo,
} from './controls/BasicInputs';
import { MultiSelect } from './controls/MultiSelect';
import { RegionCodesInput } from './controls/RegionCodesInput';
import { TagsInput } from './controls/TagsInput';
import { humanizeKey, isWide, itemSchema, schemaType, subFields } from './field-kinds';
import { subFieldSpec, type FieldSpec } from './field-spec';
import { domIdFor, useFormEnv } from './form-context';
import { isBlank, isPlainObject, pointerParts } from './metadata-doc';
import { isPlainRequired, problemsAt, problemText } from './problems';
import { conditionalState } from './profile-rules';
import { enumOptions, labelIn, vocabOptions, type ChoiceOption } from './vocab-options';

type Json = Record<string, unknown>;

/** Widgets whose parts are several inputs (named by a group label, not a <label for>). */
const GROUPED = new Set([
  'boolean',
  'multiselect',
  'tags',
  'list',
  'region-codes',
  'object',
  'table',
  'column-dictionary',
]);

function useChoices(spec: FieldSpec, value: unknown): ChoiceOption[] {
  const { vocabularies, lang } = useFormEnv();
  const ref = spec.vocabulary;
  if (ref) {
    const current = Array.isArray(value) ? value.map(String) : value ? [String(value)] : [];
    return vocabOptions(vocabularies.get(ref.id), ref, lang, {
      ...(spec.parentValue ? { parent: spec.parentValue } : {}),
      current,
    });
  }
  const own = enumOptions(spec.schema);
  return own.length > 0 ? own : enumOptions(itemSchema(spec.schema));
}

function useSuggestions(spec: FieldSpec): ChoiceOption[] | undefined {
  const { vocabularies, lang } = useFormEnv();
  if (!spec.suggestions) return undefined;
  const vocab = vocabularies.get(spec.suggestions);
  return vocab?.values.map((v) => ({ value: v.label.id, label: labelIn(v, lang) }));
}

function ProblemList({
  id,
  problems,
  alwaysRequired,
  requiredReason,
}: {
  id: string;
  problems: readonly MetadataProblem[];
  alwaysRequired: boolean;
  /** why the current answers make the field required (said with "Wajib diisi.") */
  requiredReason?: string | undefined;
}) {
  const { t } = useTranslation();
  const { lang } = useFormEnv();
  if (problems.length === 0) return null;
  return (
    <ul className="field-problems" id={id} data-testid="field-problems">
      {problems.map((p, i) => {
        const brief = isPlainRequired(p, alwaysRequired);
        const because = !brief && p.code === 'wajib-diisi' && requiredReason;
        return (
          <li
            key={`${p.code}-${i}`}
            className={brief ? 'field-problem is-missing' : 'field-problem'}
            data-code={p.code}
          >
            <Icon name="alert" size={14} />
            <span>
              {brief
                ? t('metadata.requiredMissing')
                : because
                  ? `${t('metadata.requiredMissing')} ${requiredReason}`
                  : problemText(p, lang)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function FieldView({
  spec,
  value,
  onChange,
  autoFilled = false,
}: {
  spec: FieldSpec;
  value: unknown;
  onChange: (pointerPath: (string | number)[], value: unknown) => void;
  autoFilled?: boolean;
}) {
  const { t } = useTranslation();
  const env = useFormEnv();
  const id = domIdFor('mf', spec.pointer);
  const labelId = `${id}-label`;
  const helpId = `${id}-help`;
  const problemId = `${id}-problems`;
  const problems = problemsAt(env.problems, spec.pointer);
  const grouped = GROUPED.has(spec.widget);
  const describedBy =
    [
      spec.help || spec.example || spec.requiredReason ? helpId : '',
      problems.length ? problemId : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const invalid = problems.some((p) => !isPlainRequired(p, spec.alwaysRequired));
  const path = pointerParts(spec.pointer);
  const set = (v: unknown) => onChange(path, v);
  const classes = ['field', 'meta-field'];
  if (isWide(spec.widget)) classes.push('field-wide');
  if (problems.length > 0) classes.push(invalid ? 'has-problem' : 'has-missing');
  if (autoFilled) classes.push('is-autofilled');

  return (
    <div className={classes.join(' ')} id={`${id}-field`} data-field={spec.pointer}>
      <div className="meta-label-row">
        {grouped ? (
          <span className="meta-label" id={labelId}>
            {spec.label}
          </span>
        ) : (
          <label className="meta-label" id={labelId} htmlFor={id}>
            {spec.label}
          </label>
        )}
        {spec.required && <span className="meta-required">{t('metadata.required')}</span>}
        {autoFilled && (
          <span className="badge badge-auto">
            <Icon name="sparkle" size={12} />
            {t('metadata.autoFilledBadge')}
          </span>
        )}
        {spec.private && <span className="badge badge-private">{t('metadata.privateBadge')}</span>}
      </div>
      {(spec.help || spec.example) && (
        <p className="hint meta-help" id={helpId}>
          {spec.help}
          {spec.example && (
            <span className="meta-example">
              {' '}
              {t('metadata.example', { example: spec.example })}
            </span>
          )}
        </p>
      )}
      <Control
        spec={spec}
        id={id}
        labelId={labelId}
        value={value}
        set={set}
        onChange={onChange}
        {...(describedBy ? { describedBy } : {})}
        invalid={invalid}
      />
      <ProblemList
        id={problemId}
        problems={problems}
        alwaysRequired={spec.alwaysRequired}
        requiredReason={spec.requiredReason}
      />
    </div>
  );
}

function Control({
  spec,
  id,
  labelId,
  describedBy,
  invalid,
  value,
  set,
  onChange,
}: {
  spec: FieldSpec;
  id: string;
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  value: unknown;
  set: (v: unknown) => void;
  onChange: (path: (string | number)[], value: unknown) => void;
}) {
  const { t } = useTranslation();
  const env = useFormEnv();
  const choices = useChoices(spec, value);
  const suggestions = useSuggestions(spec);
  const common = { id, ...(describedBy ? { describedBy } : {}), invalid, readOnly: spec.readOnly };

  switch (spec.widget) {
    case 'hidden':
      return null;
    case 'textarea':
      return <LongText {...common} value={value} onChange={set} />;
    case 'period':
      return (
        <TextInput
          {...common}
          value={value}
          onChange={set}
          inputMode="numeric"
          placeholder={t('metadata.periodPlaceholder')}
        />
      );
    case 'date':
      return <DateInput {...common} value={value} onChange={set} />;
    case 'integer':
    case 'number':
      return (
        <NumberInput {...common} value={value} onChange={set} integer={spec.widget === 'integer'} />
      );
    case 'boolean':
      return <YesNo {...common} labelledBy={labelId} value={value} onChange={set} />;
    case 'select':
      return choices.length > 0 ? (
        <SelectInput {...common} value={value} onChange={set} options={choices} />
      ) : (
        <TextInput {...common} value={value} onChange={set} />
      );
    case 'multiselect':
      return (
        <MultiSelect
          {...common}
          labelledBy={labelId}
          options={choices}
          value={value}
          onChange={set}
        />
      );
    case 'tags': {
      const itemType = schemaType(itemSchema(spec.schema));
      const numeric = itemType === 'integer' || itemType === 'number';
      return (
        <TagsInput
          {...common}
          labelledBy={labelId}
          value={value}
          onChange={set}
          numeric={numeric}
          quickAdd={spec.quickAdd ?? []}
        />
      );
    }
    case 'list':
      return <ListInput {...common} labelledBy={labelId} value={value} onChange={set} />;
    case 'region-codes':
      return (
        <RegionCodesInput
          {...common}
          labelledBy={labelId}
          value={value}
          onChange={set}
          lang={env.lang}
        />
      );
    case 'object':
      return <ObjectFields spec={spec} labelId={labelId} value={value} onChange={onChange} />;
    case 'table':
      return <TableField spec={spec} labelId={labelId} value={value} onChange={onChange} />;
    case 'column-dictionary':
      return env.renderColumnDictionary ? (
        <div role="group" aria-labelledby={labelId}>
          {env.renderColumnDictionary(spec.pointer, value)}
        </div>
      ) : null;
    case 'reference-list': {
      const lists: ChoiceOption[] = [
        ...[...env.vocabularies.values()].map((v) => ({
          value: v.id,
          label: env.lang === 'en' ? v.title.en : v.title.id,
        })),
        ...env.referenceLists.map((l) => ({ value: l.id, label: l.name })),
      ];
      return <TextInput {...common} value={value} onChange={set} suggestions={lists} />;
    }
    default:
      return <TextInput {...common} value={value} onChange={set} suggestions={suggestions} />;
  }
}

function useSubLabel(): (key: string) => string {
  const { t } = useTranslation();
  return (key) => t(`metaSub.${key}`, { defaultValue: humanizeKey(key) });
}

/** The properties of an object (a contact, a reference code) as a small form of their own. */
function ObjectFields({
  spec,
  labelId,
  value,
  onChange,
}: {
  spec: FieldSpec;
  labelId: string;
  value: unknown;
  onChange: (path: (string | number)[], value: unknown) => void;
}) {
  const env = useFormEnv();
  const subLabel = useSubLabel();
  const obj: Json = isPlainObject(value) ? value : {};
  const conditional = conditionalState(spec.schema, obj);
  const base = pointerParts(spec.pointer);
  return (
    <div className="meta-subform form-grid" role="group" aria-labelledby={labelId}>
      {subFields(spec.schema)
        .filter((sub) => !(conditional.hidden.has(sub.key) && isBlank(obj[sub.key])))
        .map((sub) => (
          <FieldView
            key={sub.key}
            spec={subFieldSpec(sub, {
              base,
              label: subLabel(sub.key),
              conditional,
              lang: env.lang,
            })}
            value={obj[sub.key]}
            onChange={onChange}
          />
        ))}
    </div>
  );
}

/** A list of objects (schedule, variables): one card per row, add and remove rows. */
function TableField({
  spec,
  labelId,
  value,
  onChange,
}: {
  spec: FieldSpec;
  labelId: string;
  value: unknown;
  onChange: (path: (string | number)[], value: unknown) => void;
}) {
  const { t } = useTranslation();
  const env = useFormEnv();
  const subLabel = useSubLabel();
  const rows: unknown[] = Array.isArray(value) ? value : [];
  const items = itemSchema(spec.schema);
  const base = pointerParts(spec.pointer);
  return (
    <div className="meta-table" role="group" aria-labelledby={labelId}>
      {rows.length === 0 && <p className="hint">{t('metadata.noRows')}</p>}
      {rows.map((row, i) => {
        const obj: Json = isPlainObject(row) ? row : {};
        const conditional = conditionalState(items, obj);
        const rowPointer = `${spec.pointer}/${i}`;
        const rowProblems = problemsAt(env.problems, rowPointer);
        return (
          <div key={i} className="meta-row">
            <div className="meta-row-header">
              <span className="meta-row-title">{t('metadata.rowNumber', { n: i + 1 })}</span>
              <button
                type="button"
                className="button button-ghost button-small button-danger-text"
                onClick={() =>
                  onChange(
                    base,
                    rows.filter((_, j) => j !== i),
                  )
                }
              >
                <Icon name="trash" size={14} />
                {t('metadata.removeRow', { n: i + 1 })}
              </button>
            </div>
            <ProblemList
              id={domIdFor('mf', `${rowPointer}-problems`)}
              problems={rowProblems}
              alwaysRequired={false}
            />
            <div className="form-grid">
              {subFields(items)
                .filter((sub) => !(conditional.hidden.has(sub.key) && isBlank(obj[sub.key])))
                .map((sub) => (
                  <FieldView
                    key={sub.key}
                    spec={subFieldSpec(sub, {
                      base: [...base, i],
                      label: subLabel(sub.key),
                      conditional,
                      lang: env.lang,
                    })}
                    value={obj[sub.key]}
                    onChange={onChange}
                  />
                ))}
            </div>
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onChange(base, [...rows, {}])}
        >
          <Icon name="plus" size={14} />
          {t('metadata.addRow')}
        </button>
      </div>
    </div>
  );
}
