import { render } from 'preact';
import '../../components/theme.css';
import { Welcome } from './Welcome';

render(<Welcome />, document.getElementById('app') as HTMLElement);
