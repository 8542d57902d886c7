import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createWorkbookAdapter } from '../hosts/excel';
import { officeRun } from '../hosts/excel/officeRun';
import { App } from './components/App';

/* global Office */

// The pane starts only once Office.js has initialised; before that Excel.run is not usable.
void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const host = createWorkbookAdapter(officeRun);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
});
