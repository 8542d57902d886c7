import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelHost, officeRequirements } from '../hosts/excel';
import { officeRun } from '../hosts/excel/officeRun';
import { App } from './components/App';

/* global Office */

// The pane starts only once Office.js has initialised; before that Excel.run is not usable.
void Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const host = createExcelHost(officeRun, { fullFills: officeRequirements(Office.context.requirements).fullFills });
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
});
