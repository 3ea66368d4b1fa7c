/**
 * The IAM token response (calling_apis/response.rst, "Response Body"). The page prints only the
 * start of the body and ends with "......", so it is not valid JSON; repaired minimally: the
 * `catalog` endpoint is closed after `region_id`, and `project` (standard IAM v3, named by the
 * catalog §1.1) is added, because a project-scoped token carries it. `expires_at` keeps the
 * page's format but is 24 hours from now (the documented lifetime): the printed 2019 date would
 * make every session expire at once.
 */
export const PROJECT_ID = '0b3c5f6e2a8d4e7f9a1b2c3d4e5f6a7b';
export const PROJECT_NAME = 'eu-de';
/** The token this fake issues (the value of `X-Subject-Token`). */
export const SUBJECT_TOKEN = 'MIIDocumentedUpstreamToken';

export function tokenBody(now = Date.now()): string {
  const expiresAt = new Date(now + 24 * 3_600_000).toISOString().replace('Z', '000Z');
  return `{
    "token": {
        "expires_at": "${expiresAt}",
        "methods": [
            "password"
        ],
        "catalog": [
            {
                "endpoints": [
                    {
                        "region_id": "aaa"
                    }
                ]
            }
        ],
        "project": { "id": "${PROJECT_ID}", "name": "${PROJECT_NAME}" }
    }
}`;
}
