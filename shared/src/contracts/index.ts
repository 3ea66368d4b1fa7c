export * from './endpoint.js';
export * from './modelarts/v1.js';
export * from './modelarts/v2.js';
export * from './modelarts/v1-bodies.js';
export * from './modelarts/v2-bodies.js';
export * from './roles.js';
export * from './express-path.js';
