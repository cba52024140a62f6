import { mount } from '../../components/page/mount';
import { App } from './App';

mount(App);
