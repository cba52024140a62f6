import { mount } from '../../components/mount';
import { Welcome } from './Welcome';

mount(<Welcome />);
