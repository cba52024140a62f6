import { LinkCheckControls } from '../../components/LinkCheckControls';
import { LinkHealthTable } from '../../components/LinkHealthTable';
import { useLinkHealthRecord } from '../../components/useLinkHealth';
import { catalogue } from '../../lib/catalogue';

/** Settings and the link health report: every link's state, and a way to check now. */
export function App() {
  const record = useLinkHealthRecord();
  return (
    <main>
      <h1>Spes: lenkesjekk</h1>
      <p class="hint">
        Spes sjekker lenkene i bakgrunnen. En lenke merkes som død først når to sjekker med timers mellomrom
        har funnet den død, og én vellykket sjekk fjerner merket igjen.
      </p>
      <LinkCheckControls lastRun={record.lastRun} />
      <LinkHealthTable entries={catalogue.entries} health={record.links} />
    </main>
  );
}
