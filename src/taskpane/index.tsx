import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelHost, officeRequirements } from '../hosts/excel';
import { officeRun } from '../hosts/excel/officeRun';
import { App } from './components/App';
import { themeFor } from './theme';

/* global Office */

/** Set by hostcheck.js (plain ES5, loaded first): it has already said in Chinese why the pane cannot run here. */
interface HostCheck {
  __fundcheckUnsupported?: string;
  fundcheckUnsupported?: (reason: 'oldExcel' | 'notExcel') => void;
}
const hostCheck = window as unknown as HostCheck;

// Office.js blocked or an old browser: hostcheck.js has shown what to use instead, and there is no Office to wait for.
if (typeof Office !== 'undefined' && !hostCheck.__fundcheckUnsupported) {
  // The pane starts only once Office.js has initialised; before that Excel.run is not usable.
  void Office.onReady((info) => {
    const container = document.getElementById('container');
    if (!container) return;
    if (info.host !== Office.HostType.Excel) return hostCheck.fundcheckUnsupported?.('notExcel');
    const requirements = officeRequirements(Office.context.requirements);
    if (!requirements.supported) return hostCheck.fundcheckUnsupported?.('oldExcel');
    const host = createExcelHost(officeRun, { fullFills: requirements.fullFills, excelApi: requirements.excelApi });
    // Office's theme where Excel tells it (Windows); the page behind the pane takes the theme's background too.
    const theme = themeFor((Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme);
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    createRoot(container).render(
      <FluentProvider theme={theme}>
        <App host={host} />
      </FluentProvider>,
    );
  });
}
