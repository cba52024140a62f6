import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import type { UserView } from '../../lib/policy';
import { saveRole } from '../../lib/prefs';
import { later } from '../page/later';
import { SearchPanel } from './SearchPanel';

interface Props extends Omit<ComponentProps<typeof SearchPanel>, 'role' | 'onChangeRole'> {
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
 * user changes it, else the search panel.
 */
export function RoleScreen({ view, role = view.role, onPickRole, ...panel }: Props) {
  const [picking, setPicking] = useState(false);
  if (role === null || (picking && !view.locked)) {
    const pick = (picked: string) => {
      onPickRole?.(picked);
      // The picker stays until the pick is stored, so the old role's list never flashes up.
      void saveRole(picked).then(() => setPicking(false));
    };
    const cancel = role === null ? undefined : () => setPicking(false);
    return <RolePicker catalogue={view.catalogue} current={role} onPick={pick} onCancel={cancel} />;
  }
  return <SearchPanel {...panel} view={view} role={role} onChangeRole={() => setPicking(true)} />;
}
