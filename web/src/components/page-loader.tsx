import { Center, Loader } from '@mantine/core';

/** Full-page spinner while the session or a page's code loads. */
export function PageLoader({ label }: { label: string }) {
  return (
    <Center mih="100vh">
      <Loader aria-label={label} />
    </Center>
  );
}
