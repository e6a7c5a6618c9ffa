import { render } from 'preact';
import { OptionsPage } from './options-page.tsx';

render(<OptionsPage />, document.getElementById('app')!);
