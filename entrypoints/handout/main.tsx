import { mount } from '../../components/page/mount';
import { App } from './App';
import './handout.css';

mount(App);
