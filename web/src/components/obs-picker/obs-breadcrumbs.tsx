import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { crumbsOf } from '../../lib/obs/obs-paths.js';

/** Where the listing is: "All buckets / bucket / dir"; every part but the last opens that folder. */
export function ObsBreadcrumbs({
  path,
  onNavigate,
}: {
  path: string;
  onNavigate: (path: string) => void;
}) {
  const crumbs = crumbsOf(path);
  return (
    <nav aria-label="Folder path">
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
