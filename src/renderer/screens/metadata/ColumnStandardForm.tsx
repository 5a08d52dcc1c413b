/**
 * The Standar Data of one column (profile standar-data-kolom): konsep, definisi, klasifikasi,
 * ukuran, satuan, tipe data, penanda nilai hilang and kode referensi, grouped as the profile
 * groups them. Used in the column panel of the grid and of the Metadata screen.
 */
import type { ProfileDetail } from '../../../shared/model/metadata';
import { pickLang } from './field-spec';
import { useFormEnv } from './form-context';
import { setIn } from './metadata-doc';
import { ProfileFieldList, visibleFields } from './MetadataForm';
import { conditionalState } from './profile-rules';

type Json = Record<string, unknown>;

/** The column's name ties the entry to the data; it is not edited here. */
const FIXED = new Set(['nama']);

export function ColumnStandardForm({
  profile,
  entry,
  onChange,
}: {
  profile: ProfileDetail;
  entry: Json;
  onChange: (entry: Json) => void;
}) {
  const env = useFormEnv();
  const conditional = conditionalState(profile.schema, entry);
  return (
    <div className="column-form">
      {profile.groups.map((g) => {
        const fields = visibleFields(
          profile.fields.filter((f) => f.group === g.id),
          profile.schema,
          entry,
          conditional,
        );
        if (fields.length === 0) return null;
        return (
          <section
            key={g.id}
            className="column-form-group"
            aria-label={pickLang(g.label, env.lang)}
          >
            <h3 className="column-form-title">{pickLang(g.label, env.lang)}</h3>
            <ProfileFieldList
              fields={fields}
              allFields={profile.fields}
              rootSchema={profile.schema}
              doc={entry}
              conditional={conditional}
              onChange={(path, value) => onChange(setIn(entry, path, value))}
              readOnlyKeys={FIXED}
            />
          </section>
        );
      })}
    </div>
  );
}
