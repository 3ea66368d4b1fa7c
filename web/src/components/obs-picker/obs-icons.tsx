/** Small line icons for the file lists (decorative: the row's text says what it is). */
const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export function FolderIcon() {
  return (
    <svg {...common} stroke="var(--mantine-color-yellow-7)">
      <path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
    </svg>
  );
}

export function FileIcon() {
  return (
    <svg {...common} stroke="var(--mantine-color-gray-6)">
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
      <path d="M14 3v5h5" />
    </svg>
  );
}

export function BucketIcon() {
  return (
    <svg {...common} stroke="var(--mantine-color-blue-7)">
      <path d="M4 6h16l-2 13a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2z" />
      <path d="M4 6c0-1.5 3.6-3 8-3s8 1.5 8 3" />
    </svg>
  );
}
