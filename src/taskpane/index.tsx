import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createWorkbookAdapter } from '../excel';
import { officeRun } from '../excel/officeRun';
import { App } from './components/App';

/* global Office */

// The pane starts only once Office.js has initialised; before that Excel.run is not usable.
void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const adapter = createWorkbookAdapter(officeRun);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App adapter={adapter} />
    </FluentProvider>,
  );
});
