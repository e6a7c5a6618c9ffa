import { render } from 'preact';
import { sendMessage } from '../../messages/send-message.ts';
import { reportError } from '../../report-error.ts';
import { LanguageProvider } from '../../ui/language-provider.tsx';
import { App } from './components/app.tsx';

render(
  <LanguageProvider>
    <App />
  </LanguageProvider>,
  document.getElementById('app')!,
);
// Opening the panel is a sync trigger (docs/architecture.md §2): show fresh answers from other
// devices. The person is looking, so it goes now even while the engine waits out a failure.
sendMessage({ type: 'sync-now', force: true }).catch((error: unknown) =>
  reportError('sidepanel.open', error),
);
