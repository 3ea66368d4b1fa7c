import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { crumbsOf } from '../../lib/obs/obs-paths.js';
import { useTranslation } from '../../lib/i18n/use-translation.js';

/** Where the listing is: "All buckets / bucket / dir"; every part but the last opens that folder. */
export function ObsBreadcrumbs({
  path,
  onNavigate,
}: {
  path: string;
  onNavigate: (path: string) => void;
}) {
  const { t } = useTranslation();
  // the first crumb is every bucket (`/`), the others are names as they are
  const crumbs = crumbsOf(path).map((c) =>
    c.path === '/' ? { ...c, label: t('All buckets') } : c,
  );
  return (
    <nav aria-label={t('Folder path')}>
      <Breadcrumbs separatorMargin={4} style={{ flexWrap: 'wrap' }}>
        {crumbs.map((c, i) =>
          i === crumbs.length - 1 ? (
            <Text key={c.path} size="sm" fw={600} aria-current="location">
              {c.label}
            </Text>
          ) : (
            <Anchor
              key={c.path}
              component="button"
              type="button"
              size="sm"
              onClick={() => onNavigate(c.path)}
            >
              {c.label}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}
