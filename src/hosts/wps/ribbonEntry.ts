import { createRibbon, folderOf } from './ribbon';
import type { WpsAddinRoot } from './WpsApi';

/* The ribbon bundle's entry: installs `window.ribbon`, the object ribbon.xml's callbacks name. */
const globals = window as unknown as { Application: WpsAddinRoot; ribbon: ReturnType<typeof createRibbon> };
globals.ribbon = createRibbon(() => globals.Application, () => folderOf(document.location.href));
