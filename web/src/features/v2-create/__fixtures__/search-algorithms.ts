import { searchAlgorithmsSample } from '@console/shared/fixtures';

/** `GET /v2/{project_id}/search-algorithms` as the API page prints it (catalog §4.15). */
export const SEARCH_ALGORITHMS = searchAlgorithmsSample;
