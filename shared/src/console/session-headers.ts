// Plain constants, in a module without zod: the web's first chunk imports them (issue 14's budget).

/** Header every state-changing browser request carries (CSRF defence, with the Origin check). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'modelarts-console';
export const SESSION_COOKIE = 'mac_sid';
