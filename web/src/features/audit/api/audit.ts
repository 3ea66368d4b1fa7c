import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { AuditEntrySchema } from '@console/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.js';
import { auditQuery, type AuditFilters } from '../audit-filters.js';

const AuditResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });

export const auditKeys = {
  all: ['audit'] as const,
  list: (f: AuditFilters) => [...auditKeys.all, f] as const,
};

/** `GET /api/audit` (admins of the current project): entries newest first, filtered. */
export const auditQueryOptions = (filters: AuditFilters) =>
  queryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ signal }) =>
      apiRequest('/api/audit', { query: auditQuery(filters), schema: AuditResponseSchema, signal }),
    placeholderData: keepPreviousData,
  });
