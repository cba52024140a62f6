import { toggleFavouriteId } from '../../lib/pinned';
import { useMessages } from '../page/useMessages';

interface Props {
  entryId: string;
  /** Id of the element holding the link's title, so the button says which link it stars. */
  titleId: string;
  pressed: boolean;
  /** Called after a toggle, e.g. to move focus when the button leaves the page with its row. */
  onToggled?: () => void;
}

/** A star beside a link (never inside the <a>): pins the link under "Favoritter". */
export function FavouriteButton({ entryId, titleId, pressed, onToggled }: Props) {
  const t = useMessages();
  const label = pressed ? t.removeFavourite : t.addFavourite;
  const toggle = () => void toggleFavouriteId(entryId).then(onToggled);
  return (
    <button
      type="button"
      class="star"
      aria-pressed={pressed}
      aria-label={label}
      aria-describedby={titleId}
      title={label}
      onClick={toggle}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z" />
      </svg>
    </button>
  );
}
