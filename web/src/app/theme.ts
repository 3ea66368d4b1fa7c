import {
  createTheme,
  defaultVariantColorsResolver,
  mergeThemeOverrides,
  parseThemeColor,
  type MantineThemeOverride,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/*
 * Contrast (WCAG AA: 4.5:1 for text; axe checks it in e2e). Mantine's defaults fail in three
 * places: white on indigo 6 is 4.3:1, the grey of dimmed text (gray 6, #868e96) 3.3:1, and the
 * text of light and outline badges/buttons (shade 6 on its own tint: green 2.9:1, yellow 1.9:1).
 */

/** Light scheme: text colours (`c="red"`, light/outline/subtle variants), ≥ 4.6:1 on their tint. */
const READABLE_TEXT: Record<string, string> = {
  gray: '#495057',
  dark: '#343a40',
  blue: '#1864ab',
  indigo: '#364fc7',
  violet: '#5f3dc4',
  grape: '#862e9c',
  cyan: '#0b7285',
  teal: '#087f5b',
  green: '#237032',
  lime: '#4f7a0b',
  yellow: '#8f5200',
  orange: '#b3400b',
  red: '#b02525',
  pink: '#a61e4d',
};

const TINTED = new Set(['light', 'outline', 'subtle']);

const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (!input.variant || !TINTED.has(input.variant)) return colors;
  const { color } = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (!READABLE_TEXT[color]) return colors;
  // the colour's text variable: readable in either scheme (cssVariablesResolver below)
  const text = `var(--mantine-color-${color}-text)`;
  return {
    ...colors,
    color: text,
    ...(input.variant === 'outline' ? { border: `1px solid ${text}` } : {}),
  };
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // white on indigo 8 is 5.7:1 (filled buttons, the active page, checked boxes)
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  variantColorResolver,
  components: {
    // a notification's text in the readable dimmed grey (Mantine's is gray 6: 3.3:1 on white)
    Notification: { styles: { description: { color: 'var(--mantine-color-dimmed)' } } },
  },
});

/**
 * The theme in the console's language: the close button of every notification is named (Mantine's
 * has no name: axe's critical "button-name").
 */
export function themeIn(closeLabel: string): MantineThemeOverride {
  return mergeThemeOverrides(theme, {
    components: {
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });
}

/** `--mantine-color-<c>-text` (what `c="red"` and tinted variants draw with) for each scheme. */
function textVariables(pick: (color: string, readable: string) => string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(READABLE_TEXT).map(([color, readable]) => [
      `--mantine-color-${color}-text`,
      pick(color, readable),
    ]),
  );
}

/**
 * Scheme-aware colours. Light: dimmed text 6.1:1 on white and 5.4:1 on a selected row's tint (was
 * 3.3:1); coloured text from READABLE_TEXT. Dark: dimmed text dark 1 (7.9:1 on the body, Mantine's
 * dark 2 is 4.0:1); coloured text shade 3 (≥ 6:1 on the body; Mantine's shade 4 is 4.4:1 for
 * indigo on a striped row). `--console-page-bg` is the page behind the cards.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--console-page-bg': 'var(--mantine-color-gray-0)',
    // the active page's link under the mouse: indigo text on indigo 1 is 5.6:1 (Mantine's 4.1:1)
    '--mantine-primary-color-light-hover': 'var(--mantine-color-indigo-1)',
    ...textVariables((_, readable) => readable),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--console-page-bg': 'var(--mantine-color-dark-8)',
    ...textVariables((color) =>
      color === 'dark' ? 'var(--mantine-color-dark-0)' : `var(--mantine-color-${color}-3)`,
    ),
  },
});
