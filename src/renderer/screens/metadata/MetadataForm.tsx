/**
 * The form generated from a profile: one card per section (the profile's groups, in order), the
 * fields of each in the profile's order, fields that do not apply to the current answers left
 * out (with the profile's reason when a whole section is left out), and the section's
 * completeness beside its title.
 */
import { useTranslation } from 'react-i18next';
import type {
  GroupCompleteness,
  MetadataDoc,
  ProfileDetail,
  ProfileField,
} from '../../../shared/model/metadata';
import { FieldView } from './FieldView';
import { pickLang, schemaOf, topFieldSpec } from './field-spec';
import { widgetFor } from './field-kinds';
import { useFormEnv } from './form-context';
import { isBlank } from './metadata-doc';
import type { ConditionalState } from './profile-rules';
import { parentFieldOf } from './vocab-options';

/** Fields the form shows for the current answers. */
export function visibleFields(
  fields: readonly ProfileField[],
  rootSchema: unknown,
  doc: MetadataDoc,
  conditional: ConditionalState,
): ProfileField[] {
  return fields.filter((f) => {
    if (widgetFor(f.widget, schemaOf(rootSchema, f.key)) === 'hidden') return false;
    return !(conditional.hidden.has(f.key) && isBlank(doc[f.key]));
  });
}

export function ProfileFieldList({
  fields,
  allFields,
  rootSchema,
  doc,
  base = [],
  conditional,
  onChange,
  readOnlyKeys,
}: {
  fields: readonly ProfileField[];
  /** every field of the profile (a sub-topic follows its topic) */
  allFields: readonly ProfileField[];
  rootSchema: unknown;
  doc: MetadataDoc;
  base?: readonly (string | number)[];
  conditional: ConditionalState;
  onChange: (path: (string | number)[], value: unknown) => void;
  readOnlyKeys?: ReadonlySet<string>;
}) {
  const env = useFormEnv();
  return (
    <div className="form-grid meta-grid">
      {fields.map((f) => {
        const parentKey = parentFieldOf(f, allFields);
        const parentValue = parentKey ? doc[parentKey] : undefined;
        return (
          <FieldView
            key={f.key}
            spec={topFieldSpec(f, {
              rootSchema,
              base,
              lang: env.lang,
              conditional,
              ...(typeof parentValue === 'string' && parentValue !== '' ? { parentValue } : {}),
              readOnly: readOnlyKeys?.has(f.key) ?? false,
            })}
            value={doc[f.key]}
            onChange={onChange}
            autoFilled={base.length === 0 && env.autoFilled.has(f.key)}
          />
        );
      })}
    </div>
  );
}

function percent(score: number): number {
  return Math.round(score * 100);
}

export function SectionScore({ group }: { group: GroupCompleteness }) {
  const { t } = useTranslation();
  const p = percent(group.score);
  return (
    <div className="section-score" data-testid="section-score">
      <span className="section-score-text">
        {t('metadata.sectionFilled', { filled: group.filled, total: group.total })}
      </span>
      <span
        className="mini-track"
        role="progressbar"
        aria-label={t('metadata.sectionScoreLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={p}
      >
        <span
          className={p === 100 ? 'mini-fill is-complete' : 'mini-fill'}
          style={{ width: `${p}%` }}
        />
      </span>
      <span className="section-score-percent">{p}%</span>
    </div>
  );
}

export function MetadataSections({
  profile,
  doc,
  conditional,
  completeness,
  onChange,
}: {
  profile: ProfileDetail;
  doc: MetadataDoc;
  conditional: ConditionalState;
  completeness: readonly GroupCompleteness[] | null;
  onChange: (path: (string | number)[], value: unknown) => void;
}) {
  const { t } = useTranslation();
  const env = useFormEnv();
  const groupIds = new Set(profile.groups.map((g) => g.id));
  const groups = [
    ...profile.groups,
    ...(profile.fields.some((f) => !groupIds.has(f.group))
      ? [
          {
            id: '',
            label: { id: t('metadata.otherSection'), en: t('metadata.otherSection') },
            order: 1e9,
          },
        ]
      : []),
  ];
  return (
    <div className="meta-sections">
      {groups.map((g) => {
        const inGroup = profile.fields.filter((f) =>
          g.id === '' ? !groupIds.has(f.group) : f.group === g.id,
        );
        const shown = visibleFields(inGroup, profile.schema, doc, conditional);
        const designed = inGroup.filter(
          (f) => widgetFor(f.widget, schemaOf(profile.schema, f.key)) !== 'hidden',
        );
        if (designed.length === 0) return null;
        const score = completeness?.find((c) => c.group === g.id);
        const reasons = [
          ...new Set(
            designed
              .map((f) => pickLang(conditional.hidden.get(f.key), env.lang))
              .filter((r) => r !== ''),
          ),
        ];
        const headingId = `section-${g.id || 'other'}-title`;
        return (
          <section
            key={g.id || 'other'}
            className="card meta-section"
            id={`section-${g.id || 'other'}`}
            aria-labelledby={headingId}
            data-testid="meta-section"
          >
            <header className="meta-section-header">
              <h2 className="meta-section-title" id={headingId}>
                {pickLang(g.label, env.lang)}
              </h2>
              {score && <SectionScore group={score} />}
            </header>
            {shown.length === 0 ? (
              <p className="hint meta-not-applicable">
                {t('metadata.sectionNotApplicable')} {reasons.join(' ')}
              </p>
            ) : (
              <ProfileFieldList
                fields={shown}
                allFields={profile.fields}
                rootSchema={profile.schema}
                doc={doc}
                conditional={conditional}
                onChange={onChange}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
