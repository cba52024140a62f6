import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import type { UserView } from '../../lib/policy';
import { saveRole, saveSpecialty } from '../../lib/prefs';
import { later } from '../page/later';
import { SpecialtyPicker } from '../specialty/SpecialtyPicker';
import { SearchPanel } from './SearchPanel';

type PanelProps = ComponentProps<typeof SearchPanel>;
type RoleProps = 'catalogue' | 'role' | 'specialty' | 'onChangeRole' | 'roleLocked' | 'specialtyPicker';

interface Props extends Omit<PanelProps, RoleProps> {
  view: UserView;
  /** The role the list shows: the user view's, unless the page's address names one (shownRole). */
  role?: string | null;
  /** Told of a pick as it is made, before it is stored. */
  onPickRole?: (role: string) => void;
}

// Only a first open, and "Bytt rolle", show it: every other open paints the list without its chunk.
const RolePicker = later(() => import('../role/RolePicker').then((m) => m.RolePicker));

/**
 * The popup's and the search page's one screen: the role picker while no role is chosen or the
 * user changes it, else the search panel with the role, the specialty and who may change them,
 * all from the user view.
 */
export function RoleScreen({ view, role = view.role, onPickRole, ...panel }: Props) {
  const [picking, setPicking] = useState(false);
  const { catalogue, locked, provisional, specialty } = view;
  if (role === null || (picking && !locked)) {
    const pick = (picked: string) => {
      onPickRole?.(picked);
      // The picker stays until the pick is stored, so the old role's list never flashes up.
      void saveRole(picked).then(() => setPicking(false));
    };
    const cancel = role === null ? undefined : () => setPicking(false);
    return <RolePicker catalogue={catalogue} current={role} onPick={pick} onCancel={cancel} />;
  }
  return (
    <SearchPanel
      {...panel}
      catalogue={catalogue}
      role={role}
      specialty={specialty}
      // Nobody may change a role the organisation has set, or may have set (lib/policy/user-view.ts).
      onChangeRole={locked || provisional ? undefined : () => setPicking(true)}
      roleLocked={locked && !provisional}
      specialtyPicker={
        <SpecialtyPicker catalogue={catalogue} current={specialty} onPick={(s) => void saveSpecialty(s)} />
      }
    />
  );
}
