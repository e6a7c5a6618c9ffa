import { render } from 'preact';
import { LanguageProvider } from '../../ui/language-provider.tsx';
import { OptionsPage } from './options-page.tsx';

render(
  <LanguageProvider>
    <OptionsPage />
  </LanguageProvider>,
  document.getElementById('app')!,
);
