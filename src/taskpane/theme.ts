import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** What a host says of its theme: Office's `Office.context.officeTheme` (Excel on Windows), when it says anything. */
export interface HostTheme {
  bodyBackgroundColor?: string;
}

/** A colour's relative luminance (WCAG), 0 for black to 1 for white; null when it is no #RRGGBB. */
function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The pane's theme following the host's: Fluent's dark theme where Office's body is dark (the Black and Dark Gray
 * Office themes), the light one otherwise and where the host says nothing (Excel on the web, WPS).
 */
export function themeFor(host: HostTheme | undefined | null): Theme {
  const shade = host?.bodyBackgroundColor ? luminance(host.bodyBackgroundColor) : null;
  return shade !== null && shade < 0.2 ? webDarkTheme : webLightTheme;
}
