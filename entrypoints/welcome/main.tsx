import { mount } from '../../components/page/mount';
import { Welcome } from './Welcome';

mount(Welcome);
