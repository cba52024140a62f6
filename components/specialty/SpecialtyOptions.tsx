import type { Catalogue } from '../../lib/catalogue';
import { specialtyChoices } from '../../lib/specialty';
import { useMessages } from '../page/useMessages';

/** A specialty select's options: none (the empty value), then every specialty (lib/specialty). */
export function SpecialtyOptions({ catalogue }: { catalogue: Catalogue }) {
  const m = useMessages();
  return (
    <>
      <option value="">{m.specialtyNone}</option>
      {specialtyChoices(catalogue, m.language).map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </>
  );
}
