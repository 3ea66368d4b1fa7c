import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/*
 * Contrast (WCAG AA: 4.5:1 for text; axe checks it in e2e). Mantine's defaults fail in three
 * places: white on indigo 6 is 4.3:1, the grey of dimmed text (gray 6, #868e96) 3.3:1, and the
 * text of light and outline badges/buttons (shade 6 on its own tint: green 2.9:1, yellow 1.9:1).
 */

/** Text colours of light/outline/subtle variants, ≥ 4.6:1 on their tint over a striped row. */
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
  const text = READABLE_TEXT[color];
  if (!text) return colors;
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
});

/** Dimmed text: 6.1:1 on white, 5.4:1 on the tint of a selected row (was 3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});
